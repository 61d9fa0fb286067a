using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// A site generator's sample post, left in a new blog's feed ("Welcome to WordPress. This is your first post.",
/// Docusaurus's "Docusaurus blogging features are powered by the blog plugin", Jekyll's "You'll find this post in your
/// _posts directory"), or a post of placeholder text (Lorem ipsum, "Far far away, behind the word mountains"). Not a
/// story: the tenth held-out review found Docusaurus's "Welcome" post printed above real stories it scored close to.
/// The phrases are the generators' own words, which no real post repeats.
/// </summary>
public static partial class PlaceholderPosts
{
    [GeneratedRegex(@"\bWelcome to WordPress\. This is your first post\b|\bThis is an example (?:page|post)\. It'?’?s different from a blog post\b|" +
                    @"\bDocusaurus blogging features are powered by the blog plugin\b|\bBlog posts support Docusaurus Markdown features\b|\bThis is the summary of a very long blog post\b|" +
                    @"\bYou'?’?ll find this post in your [`']?_posts[`']? directory\b|\bWelcome to Hexo! This is your very first post\b|" +
                    @"\bThis is my first post on my new fake blog\b|\bWelcome to Ghost\b[^.]{0,40}\b(?:first post|publishing platform)\b|" +
                    @"\bHello from the (?:Astro|Gatsby|Hugo|Eleventy|11ty) (?:starter|blog template)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SamplePost();

    /// <summary>
    /// The opening words of themes' demo pages: Hugo's example site (Markdown Syntax Guide, Rich Content, Math
    /// Typesetting, Emoji Support) and Tailwind Typography's prose sample (eleventh held-out review, F2). They are the
    /// documentation's own sentences, which a tutorial may quote: only a text that has one, unquoted, in its first 300
    /// characters (after the demo's heading and tagline) is the demo.
    /// </summary>
    [GeneratedRegex(@"^.{0,300}?(?<![""“‘'])\b(?<phrase>This article offers a sample of basic Markdown syntax that can be used in Hugo content files|" +
                    @"Hugo ships with several Built-in Shortcodes for rich content|Mathematical notation in a Hugo project can be enabled|" +
                    @"Emoji can be enabled in a Hugo project in a number of ways|" +
                    @"(?:The official )?Tailwind CSS Typography plugin provides a set of prose classes you can use to add beautiful typographic defaults)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ThemeDemo();

    /// <summary>Placeholder ("blind") text: Lorem ipsum and its common substitutes.</summary>
    [GeneratedRegex(@"\blorem ipsum dolor sit amet\b|\bFar far away, behind the word mountains\b|\bThe quick, brown fox jumps over a lazy dog\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderText();

    /// <summary>
    /// Why the article is a placeholder, or null. Placeholder text counts only where the words it opens make up much of
    /// the text (<see cref="MinPlaceholderShare"/>): a post about typesetting may quote "Lorem ipsum dolor sit amet".
    /// </summary>
    public static string? Of(Article article)
    {
        var text = article.Text.Length > MaxScanned ? article.Text[..MaxScanned] : article.Text;
        if (SamplePost().Match(text) is { Success: true } sample)
            return $"a site generator's sample post (\"{sample.Value}\"), not a story: the blog still carries its starter content";
        if (ThemeDemo().Match(text) is { Success: true } demo)
            return $"a theme's demo page (\"{demo.Groups["phrase"].Value}\"), not a story: the site still carries its theme's sample content";
        var placeholder = PlaceholderText().Match(text);
        if (!placeholder.Success) return null;
        var lorem = LoremWords().Count(text);
        var words = Words.Count(text);
        return words > 0 && lorem >= MinPlaceholderShare * words
            ? $"placeholder text (\"{placeholder.Value}\" ...), not a story"
            : null;
    }

    /// <summary>Words of Lorem ipsum's vocabulary; a post that is placeholder text is mostly these.</summary>
    [GeneratedRegex(@"\b(?:lorem|ipsum|dolor|sit|amet|consectetur|adipiscing|elit|sed|do|eiusmod|tempor|incididunt|ut|labore|et|dolore|magna|aliqua|enim|ad|minim|veniam|quis|nostrud|exercitation|ullamco|laboris|nisi|aliquip|ex|ea|commodo|consequat|duis|aute|irure|in|reprehenderit|voluptate|velit|esse|cillum|eu|fugiat|nulla|pariatur|excepteur|sint|occaecat|cupidatat|non|proident|sunt|culpa|qui|officia|deserunt|mollit|anim|id|est|laborum|pellentesque|habitant|morbi|tristique|senectus|netus|malesuada|fames|ac|turpis|egestas|vestibulum|tortor|quam|feugiat|vitae|ultricies|eget|mauris|placerat|eleifend|leo|far|away|behind|word|mountains|countries|vokalia|consonantia|blind|texts|live)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoremWords();

    /// <summary>The share of a text's words that must be placeholder words for it to be placeholder text.</summary>
    private const double MinPlaceholderShare = 0.4;

    /// <summary>A sample post says so in its first lines; the rest of a long text is not read.</summary>
    private const int MaxScanned = 20_000;
}
