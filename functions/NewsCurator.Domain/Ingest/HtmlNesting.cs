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

    /// <summary>
    /// Elements an end tag of another name never closes past (the HTML parser's scope boundaries): "&lt;div&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;/div&gt;"
    /// repeated nests thousands deep, its "&lt;/div&gt;" ignored inside the table (review of session 27, F1).
    /// </summary>
    private static readonly HashSet<string> ScopeBoundaries = new(["table", "object", "applet", "marquee", "template", "foreignObject"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose content is raw text: tags inside them are no elements.</summary>
    private static readonly string[] RawText = ["script", "style", "textarea", "title"];

    /// <summary>
    /// How much nesting a page may hold in all: the sum, over its elements, of the depth each opens at. The extractor's
    /// work grows with it: 290 chains of 500 nested &lt;div&gt; side by side, each within <see cref="MaxDepth"/>, ran for 59 s
    /// (audit hostile24, H1); an article of 5,000 elements twenty deep holds 100,000.
    /// </summary>
    public const long MaxNestingWork = 4_000_000;

    /// <summary>
    /// Why a page is refused, or null when its nesting and size are a page's. Nesting is counted as an HTML parser builds
    /// it: an end tag closes the open element of its name and every element opened inside it, and an end tag with no such
    /// element open is ignored ("&lt;div&gt;&lt;/b&gt;" repeated nests a &lt;div&gt; per pair); "/&gt;" closes an element only in SVG
    /// and MathML ("&lt;div/&gt;" opens a &lt;div&gt; that stays open). Counted as any end tag closing one level, both nested
    /// thousands deep under a depth of one, and the extractor ran for minutes (audit hostile24, H1).
    /// </summary>
    public static string? Refusal(string html)
    {
        var open = new List<string>();
        // Where each name is open (its positions in open, the highest last), and where the scope boundaries are.
        var positions = new Dictionary<string, Stack<int>>(StringComparer.OrdinalIgnoreCase);
        var boundaries = new Stack<int>();
        int elements = 0, foreign = 0;
        long work = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            // Where HtmlText ends a comment ("<!-->" and "--!>" too): a guard that read only "-->" let a page behind an empty
            // comment nest 600 deep into the extractor (review of session 39, R1).
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                at = HtmlText.AfterComment(html, at) - 1;
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
            if (NeverNest.Contains(name)) continue;
            if (closing)
            {
                // An end tag closes only an element of its name open inside the nearest scope boundary ("</div>" never
                // closes a <div> outside the <table> or <object> it is in), then whatever is open inside it. Each element
                // is closed once, so the pass stays linear.
                if (!positions.TryGetValue(name, out var at2) || at2.Count == 0 || (boundaries.Count > 0 && at2.Peek() < boundaries.Peek())) continue;
                var target = at2.Peek();
                while (open.Count > target)
                {
                    var index = open.Count - 1;
                    var last = open[index];
                    open.RemoveAt(index);
                    positions[last].Pop();
                    if (boundaries.Count > 0 && boundaries.Peek() == index) boundaries.Pop();
                    if (IsForeignRoot(last)) foreign--;
                }
                continue;
            }
            if ((foreign > 0 || IsForeignRoot(name)) && SelfClosing(html, nameEnd)) continue;
            work += open.Count;
            if (!positions.TryGetValue(name, out var opened)) positions[name] = opened = new Stack<int>();
            opened.Push(open.Count);
            if (ScopeBoundaries.Contains(name)) boundaries.Push(open.Count);
            open.Add(name);
            if (IsForeignRoot(name)) foreign++;
            if (open.Count > MaxDepth)
                return $"the page nests elements more than {MaxDepth} deep (a parser attack, not an article); the feed's own text stays";
            if (work > MaxNestingWork)
                return string.Create(CultureInfo.InvariantCulture, $"the page nests more than {MaxNestingWork:N0} element levels in all (a parser attack, not an article); the feed's own text stays");
        }
        return null;
    }

    /// <summary>SVG and MathML: inside them "/&gt;" closes an element, as in XML.</summary>
    private static bool IsForeignRoot(string name) => name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

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
