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
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsBmp && IsBreakOrSpace((char)rune.Value)) { pendingSpace = sb.Length > 0; marks = 0; continue; }
            if (IsInvisibleFormatting(rune)) continue;
            // Marks count per visible letter: a joiner between them does not start a new letter.
            if (IsMark(rune)) { if (++marks > MaxMarksPerLetter) continue; }
            else if (!IsJoiner(rune)) marks = 0;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(rune.ToString());
        }
        var line = sb.ToString();
        return HasVisibleCharacter(line) ? line : "";
    }

    public static string? SingleLineOrNull(string? text) => text is null ? null : SingleLine(text) is { Length: > 0 } s ? s : null;

    /// <summary>One line, at most <paramref name="maxLength"/> characters (cut at a word), or null when nothing visible is left.</summary>
    public static string? SingleLineOrNull(string? text, int maxLength) => SingleLineOrNull(text) is { } line ? Words.Truncate(line, maxLength) : null;

    /// <summary>Feed names and bylines: far above any real one, far below the megabyte a hostile feed can send.</summary>
    public const int MaxNameLength = 200;

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029') return true;
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return true;
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && text[i + 1] == ' '))) return true;
        }
        return false;
    }

    private static bool IsBreakOrSpace(char c)
        => char.IsControl(c) || char.IsWhiteSpace(c)
           || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>ZWNJ and ZWJ: emoji sequences and scripts need them between letters.</summary>
    private static bool IsJoiner(Rune r) => r.Value is 0x200C or 0x200D;

    /// <summary>
    /// Invisible formatting a title needs none of: direction overrides and isolates, zero-width space,
    /// word joiner, BOM, tag characters: every Unicode format character but ZWJ and ZWNJ. (A lone
    /// surrogate comes out as U+FFFD.)
    /// </summary>
    internal static bool IsInvisibleFormatting(Rune r)
        => Rune.GetUnicodeCategory(r) == UnicodeCategory.Format && !IsJoiner(r);

    private static bool IsMark(Rune r)
        => Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static bool HasVisibleCharacter(string text)
    {
        foreach (var r in text.EnumerateRunes())
            if (!Rune.IsWhiteSpace(r) && !IsMark(r) && Rune.GetUnicodeCategory(r) != UnicodeCategory.Format) return true;
        return false;
    }
}
