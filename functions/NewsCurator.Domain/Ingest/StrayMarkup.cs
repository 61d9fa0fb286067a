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
    // An image, or a link around one, in Markdown's syntax, and a '[' before an image only with the link it opens (review
    // 28b, R10). A code span is matched first and kept as it is: a Markdown tutorial's "write `![alt](image.png)`" and
    // "`see ![logo](logo.png) here`" show the syntax (review of session 29, R9).
    [GeneratedRegex(@"(?<code>`[^`\n]{1,500}`)|\[!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}\)\]\([^)\s]{1,1000}\)|!\[[^\]\n]{0,300}\]\([^)\s]{1,1000}\)")]
    private static partial Regex MarkdownImage();

    // An opening tag with quoted attributes, or a closing tag, that no '>' ends before the next tag or line: a tag written
    // whole as text, with bare or unquoted attributes after the quoted ones ('<input type="checkbox" checked>', JSX's
    // 'width={500} />'), keeps its '>' ahead and stays (review of session 28, R1). The attributes are taken whole (an
    // atomic group), so backing off one cannot open a way round that test.
    [GeneratedRegex(@"<[a-zA-Z][a-zA-Z0-9]*(?>(?:\s+[\w:-]+=(?:""[^""<>\n]*""|'[^'<>\n]*'))+)(?![^<>\n]*>)|</[a-zA-Z][a-zA-Z0-9]*(?=\s|$)(?![^<>\n]*>)")]
    private static partial Regex UnendedTag();

    public static string Without(string text)
    {
        if (text.Contains("](", StringComparison.Ordinal)) text = MarkdownImage().Replace(text, m => m.Groups["code"].Success ? m.Value : " ");
        if (text.Contains('<', StringComparison.Ordinal)) text = UnendedTag().Replace(text, " ");
        return text;
    }
}
