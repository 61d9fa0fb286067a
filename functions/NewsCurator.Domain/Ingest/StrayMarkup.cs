using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// Markup left in a feed's text as words: Markdown images and badges ("![skills.sh installs](https://skills.sh/...)",
/// "[![CI](...)](...)") and tags a scraper cut the '>' from ("&lt;p align="center" &lt;img src="assets/banner.png" ...
/// &lt;/p Hermes Agent"). A trending-repositories feed's README openings read so, and a Top story's summary lost the
/// sentence glued to a badge while another repository printed with no summary (twenty-ninth held-out review, F3).
/// A whole tag written as text ("use &lt;b&gt; for bold") is the writer's and stays.
/// </summary>
public static partial class StrayMarkup
{
    // An image, or a link around one, in Markdown's syntax.
    [GeneratedRegex(@"\[?!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}\)(?:\]\([^)\s]{1,1000}\))?")]
    private static partial Regex MarkdownImage();

    // An opening tag with quoted attributes, or a closing tag, that no '>' ends. The attributes are taken whole (an atomic
    // group): backing off one would let '<add key="a" value="b" />' of a code sample pass for an unended tag.
    [GeneratedRegex(@"<[a-zA-Z][a-zA-Z0-9]*(?>(?:\s+[\w:-]+=(?:""[^""<>\n]*""|'[^'<>\n]*'))+)(?!\s*/?>)|</[a-zA-Z][a-zA-Z0-9]*(?=\s|$)(?!\s*>)")]
    private static partial Regex UnendedTag();

    public static string Without(string text)
    {
        if (text.Contains("](", StringComparison.Ordinal)) text = MarkdownImage().Replace(text, " ");
        if (text.Contains('<', StringComparison.Ordinal)) text = UnendedTag().Replace(text, " ");
        return text;
    }
}
