using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// The footer WordPress (and Yoast, and most syndication plugins) appends to each post in a feed: "The post &lt;title&gt;
/// appeared first on &lt;site&gt;." or "The post &lt;title&gt; first appeared on &lt;site&gt;.". <see cref="FeedBoilerplate"/> finds
/// it where a feed repeats it; an aggregator of many sites carries each site's footer once, and the "first appeared"
/// wording reached a printed summary as its second sentence (fourteenth held-out review, F3). It names the post's own
/// title, so it is recognised on a single item without any risk to prose ("The app first appeared on the App Store").
/// </summary>
public static partial class SyndicationFooter
{
    [GeneratedRegex(@"^[ \t]*The post (?<title>.+?) (?:appeared first|first appeared|was first published|was originally published) (?:on|at) .{1,120}$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Footer();

    /// <summary>The article with a closing footer that names its own title removed from text and description.</summary>
    public static Article Strip(Article article) => ItemBodies.Edited(article, body => Without(body, article.Title));

    /// <summary>The text without a footer line that names the title; the footer is taken only where prose remains above it.</summary>
    private static string Without(string text, string title)
    {
        foreach (Match m in Footer().Matches(text))
        {
            if (!SameTitle(m.Groups["title"].Value, title)) continue;
            var before = text[..m.Index].TrimEnd();
            if (before.Length == 0) return text;
            // A footer closes the post: what follows it is more chrome ("Source: Engadget | Score: 30"), short lines at most.
            var after = text[(m.Index + m.Length)..].Trim();
            return after.Length <= MaxTrailer ? (after.Length == 0 ? before : before + "\n" + after) : text;
        }
        return text;
    }

    private const int MaxTrailer = 200;

    /// <summary>The footer's title against the item's: equal once case, quotes and spacing are set aside.</summary>
    private static bool SameTitle(string inFooter, string title)
        => Normalised(inFooter) is { Length: > 0 } a && a == Normalised(title);

    private static string Normalised(string s)
        => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
