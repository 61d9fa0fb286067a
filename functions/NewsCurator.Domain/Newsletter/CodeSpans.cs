using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator.Newsletter;

/// <summary>
/// A summary's Markdown code spans as HTML code: a feed's plain-text description keeps "`wp-config.php`" (its marks say
/// where a name starts and ends), and the HTML issue printed the backticks, while the same name from an HTML feed's
/// &lt;code&gt; read without them (thirty-second held-out review, F9). The plain-text issue keeps the marks.
/// </summary>
public static partial class CodeSpans
{
    /// <summary>Inline CSS an email client keeps: a monospace face on a light ground, as GitHub's mails set code.</summary>
    public const string Style = "font-family:Menlo,Consolas,'Courier New',monospace;font-size:13px;background:#f3f4f6;border-radius:3px;padding:0 3px;";

    /// <summary>
    /// The text HTML-encoded, each span of one to 200 characters between single backticks on one line, with no letter or
    /// digit against its outer sides, set as &lt;code&gt;; a span of spaces alone, or a lone backtick, stays text.
    /// </summary>
    public static string Html(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var html = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (Match span in Span().Matches(text))
        {
            if (string.IsNullOrWhiteSpace(span.Groups[1].Value)) continue;
            html.Append(WebUtility.HtmlEncode(text[at..span.Index]))
                .Append("<code style=\"").Append(Style).Append("\">")
                .Append(WebUtility.HtmlEncode(span.Groups[1].Value))
                .Append("</code>");
            at = span.Index + span.Length;
        }
        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    // Not between letters: "Apple`s chip and Google`s answer" types backticks for apostrophes (review of session 30, R10).
    [GeneratedRegex(@"(?<![\p{L}\p{N}`])`([^`\r\n]{1,200})`(?![\p{L}\p{N}`])", RegexOptions.CultureInvariant)]
    private static partial Regex Span();
}
