using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using NewsCurator.Configuration;
using NewsCurator.Model;

namespace NewsCurator.Newsletter;

/// <summary>
/// A Handlebars error told as a config error: the key, the file, the parser's line and column. Handlebars' own
/// message ("Reached unparseable token in expression: /html>  Occured at: 0:38") names neither the file nor the key.
/// </summary>
internal static partial class TemplateErrors
{
    [GeneratedRegex(@"Occured at: (\d+):(\d+)")]
    private static partial Regex Position();

    public static T Name<T>(string? directory, string file, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (HandlebarsException ex)
        {
            // Only custom templates can be wrong; a built-in one that fails is a bug of the build, reported as it is.
            if (directory is null) throw;
            // The parser appends "Occured at: {line}:{column}", its line counted from 0.
            var position = Position().Match(ex.Message);
            var at = position.Success ? $" line {int.Parse(position.Groups[1].Value, CultureInfo.InvariantCulture) + 1}, column {position.Groups[2].Value}" : "";
            var reason = ex.Message.Split('\n')[0].Trim();
            throw new ConfigurationException($"newsletter.templates: {Path.Combine(directory, file)}{at}: {reason}; correct the template, or remove newsletter.templates to use the built-in ones");
        }
    }

    public static void Name(string? directory, string file, Action action) => Name(directory, file, () => { action(); return 0; });

    /// <summary>One story with every field a template may print, so a check renders each part of the templates.</summary>
    public static EnhancedArticle SampleStory { get; } = new()
    {
        Article = new Article
        {
            Id = "template-check",
            FeedUrl = "https://example.org/feed.xml",
            FeedTitle = "Example feed",
            Title = "An example story",
            Link = "https://example.org/story",
            Published = DateTimeOffset.UnixEpoch,
            Text = "An example story's text.",
        },
        Score = new ArticleScore { Id = "template-check", ContentType = ContentTypes.News },
        Rank = 1,
        Summary = "An example summary.",
        Topics = ["example"],
        Preview = "An example preview.",
        ReadingTimeMinutes = 1,
    };
}
