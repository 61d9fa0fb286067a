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
    /// <summary>More combining marks than this on one letter is "Zalgo" text, not a script: the rest are dropped.</summary>
    private const int MaxMarksPerLetter = 4;

    /// <summary>
    /// One line of visible text: breaks and controls become one space; direction overrides and
    /// isolates (U+202A-U+202E, U+2066-U+2069, which can show "exe.txt" for "txt.exe"), zero-width
    /// spaces and stray BOMs go; a pile of combining marks is cut to a few. Text with nothing visible
    /// left (only zero-width characters, say) is empty, so callers treat it as missing.
    /// </summary>
    public static string SingleLine(string text)
    {
        if (!NeedsCleaning(text)) return text.Trim();
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var marks = 0;
        foreach (var c in text)
        {
            if (IsBreakOrSpace(c)) { pendingSpace = sb.Length > 0; marks = 0; continue; }
            if (IsInvisibleFormatting(c)) continue;
            if (IsMark(c)) { if (++marks > MaxMarksPerLetter) continue; }
            else marks = 0;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return HasVisibleCharacter(sb) ? sb.ToString() : "";
    }

    public static string? SingleLineOrNull(string? text) => text is null ? null : SingleLine(text) is { Length: > 0 } s ? s : null;

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || IsInvisibleFormatting(c) || IsMark(c) || c == '\u200D' || c == '\u200C') return true;
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && text[i + 1] == ' '))) return true;
        }
        return false;
    }

    private static bool IsBreakOrSpace(char c)
        => char.IsControl(c) || char.IsWhiteSpace(c)
           || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Direction controls, zero-width space, word joiner and BOM: nothing a title needs (ZWJ and ZWNJ stay: emoji and scripts use them).</summary>
    private static bool IsInvisibleFormatting(char c)
        => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u200B' or '\u2060' or '\uFEFF';

    private static bool IsMark(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static bool HasVisibleCharacter(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
            if (!char.IsWhiteSpace(sb[i]) && !IsMark(sb[i]) && CharUnicodeInfo.GetUnicodeCategory(sb[i]) != UnicodeCategory.Format) return true;
        return false;
    }
}
