using System.Globalization;
using System.Text;

namespace NewsCurator.Ingest;

/// <summary>
/// Text that ends up in a header, a subject line, a database column shown on one line or a
/// &lt;title&gt;: titles, authors, feed names, categories. A feed controls it, so a CR/LF in it
/// could start a new e-mail header; every line or paragraph break and control character
/// becomes a single space.
/// </summary>
public static class HeaderText
{
    public static string SingleLine(string text)
    {
        if (!NeedsFlattening(text)) return text.Trim();
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsBreakOrSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static string? SingleLineOrNull(string? text) => text is null ? null : SingleLine(text) is { Length: > 0 } s ? s : null;

    private static bool NeedsFlattening(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029') return true;
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && text[i + 1] == ' '))) return true;
        }
        return false;
    }

    private static bool IsBreakOrSpace(char c)
        => char.IsControl(c) || char.IsWhiteSpace(c)
           || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
