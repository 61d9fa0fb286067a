using System.Globalization;

namespace NewsCurator.Ingest;

/// <summary>
/// A page's shape, measured in one linear pass before anything parses it: how deep its elements nest
/// and how many it has. Real articles nest a few dozen deep; a page 20,000 &lt;div&gt; (or &lt;i&gt;, or
/// SVG &lt;g&gt;) deep is an attack on the parser, not an article.
/// </summary>
public static class HtmlNesting
{
    public const int MaxDepth = 512;
    public const int MaxElements = 300_000;

    /// <summary>Elements without content, and elements whose end tag HTML lets a page leave out: they never nest.</summary>
    private static readonly HashSet<string> NeverNest = new(
        ("area base br col embed hr img input link meta source track wbr param keygen " +
         "p li dt dd tr td th tbody thead tfoot option optgroup colgroup caption rb rt rtc rp html head body").Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose content is raw text: tags inside them are no elements.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title"];

    /// <summary>Why a page is refused, or null when its nesting and size are a page's.</summary>
    public static string? Refusal(string html)
    {
        int depth = 0, elements = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                if (end < 0) break;
                at = end + 2;
                continue;
            }
            var closing = html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            var name = html[nameStart..nameEnd];
            if (!closing && RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                // Skip to the element's end tag: "<span>" in a script's string is no element.
                var end = html.IndexOf("</" + name, nameEnd, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                at = end;
                continue;
            }
            if (!closing && ++elements > MaxElements)
                return string.Create(CultureInfo.InvariantCulture, $"the page has more than {MaxElements:N0} elements; the feed's own text stays");
            if (NeverNest.Contains(name) || SelfClosing(html, nameEnd)) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (++depth > MaxDepth)
                return $"the page nests elements more than {MaxDepth} deep (a parser attack, not an article); the feed's own text stays";
        }
        return null;
    }

    /// <summary>
    /// "&lt;path ... /&gt;": an element that closes itself (SVG and MathML allow it). Its '&gt;' comes before the next
    /// tag's '&lt;': searched any further, every tag of a page without a '&gt;' ("&lt;/b &lt;/b ...") read the rest of
    /// it, and a 4 MB page held its feed's Ingest shard for 53 s, out of reach of the page's extraction timeout.
    /// </summary>
    private static bool SelfClosing(string html, int from)
    {
        var end = html.AsSpan(from).IndexOfAny('<', '>');
        return end > 0 && html[from + end] == '>' && html[from + end - 1] == '/';
    }
}
