namespace NewsCurator.Ingest;

/// <summary>
/// A page's shape, measured in one linear pass before anything parses it: how deep its container
/// elements nest and how many elements it has. Real articles nest containers a few dozen deep; a
/// page 20,000 &lt;div&gt; deep is an attack on the parser, not an article.
/// </summary>
public static class HtmlNesting
{
    public const int MaxDepth = 512;
    public const int MaxElements = 300_000;

    /// <summary>Elements that must be closed explicitly (elements whose end tag HTML lets a page leave out, p, li, td, do not count).</summary>
    private static readonly HashSet<string> Containers = new(
        "div section article main aside nav header footer blockquote table tbody thead ul ol dl span form figure details".Split(' '),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Why a page is refused, or null when its nesting and size are a page's.</summary>
    public static string? Refusal(string html)
    {
        int depth = 0, deepest = 0, elements = 0;
        for (var at = html.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < html.Length; at = html.IndexOf('<', at + 1))
        {
            var closing = html[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) continue;
            if (!closing && ++elements > MaxElements) return $"the page has more than {MaxElements:N0} elements; the feed's own text stays";
            if (!Containers.Contains(html[nameStart..nameEnd])) continue;
            if (closing) depth = Math.Max(0, depth - 1);
            else if (++depth > deepest && (deepest = depth) > MaxDepth)
                return $"the page nests elements more than {MaxDepth} deep (a parser attack, not an article); the feed's own text stays";
        }
        return null;
    }
}
