using System.Globalization;
using System.Text;

namespace NewsCurator.Ingest;

/// <summary>
/// Text that ends up in a header, a subject line, a database column shown on one line or a
/// &lt;title&gt;: titles, authors, feed names, categories. A feed controls it, so a CR/LF in it
/// could start a new e-mail header; every line or paragraph break and control character
/// becomes a single space.
/// </summary>
public static partial class HeaderText
{
    /// <summary>
    /// One line of visible text: breaks and controls become one space; direction overrides and
    /// isolates (U+202A-U+202E, U+2066-U+2069, which can show "exe.txt" for "txt.exe"), zero-width
    /// spaces and stray BOMs go; a pile of combining marks is cut to a few. Text with nothing visible
    /// left (only zero-width characters, say) is empty, so callers treat it as missing.
    /// </summary>
    public static string SingleLine(string text)
    {
        if (!NeedsCleaning(text)) return WithoutEncodedWords(text.Trim());
        if (text.AsSpan().IndexOfAny('\u001B', '\u009B') >= 0) text = WithoutTerminalEscapes(text);
        var runes = text.EnumerateRunes().ToArray();
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var marks = new MarkCap();
        for (var i = 0; i < runes.Length; i++)
        {
            var rune = runes[i];
            if (rune.IsBmp && IsBreakOrSpace((char)rune.Value)) { pendingSpace = sb.Length > 0; marks.Space(); continue; }
            if (IsInvisibleFormatting(rune) || IsNoncharacter(rune)) continue;
            if (IsJoiner(rune) && !JoinsHere(runes, i)) continue;
            if (!marks.Keeps(rune)) continue;
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(rune.ToString());
        }
        // Parted after the invisible characters go: "=\u200B?UTF-8?Q?...?=" is an encoded-word once they have.
        var line = WithoutEncodedWords(sb.ToString());
        return HasVisibleCharacter(line) ? line : "";
    }

    /// <summary>
    /// A MIME encoded-word ("=?UTF-8?Q?=E2=80=AE?=") in a title is written into a subject line as it is, and a mail client
    /// decodes it: to a direction override this class removes everywhere else, or to text that reads as another header
    /// ("Bcc: ...") (hostile-input audit 21, H8). Its opening "=?" is parted ("= ?"): the text stays readable, and no
    /// client decodes it.
    /// </summary>
    private static string WithoutEncodedWords(string text) => text.Contains("=?", StringComparison.Ordinal) ? EncodedWord().Replace(text, "= ?") : text;

    // Its charset and encoding are enough: lenient decoders take a word that never closes.
    [System.Text.RegularExpressions.GeneratedRegex(@"=\?(?=[^?\s]{1,75}\?[BbQq]\?)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EncodedWord();

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
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF') return true;
            if (IsBlankLetter(new Rune(c))) return true;
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return true;
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && text[i + 1] == ' '))) return true;
        }
        return false;
    }

    private static bool IsBreakOrSpace(char c)
        => char.IsControl(c) || char.IsWhiteSpace(c)
           || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>ZWNJ and ZWJ: emoji sequences and scripts need them between letters.</summary>
    internal static bool IsJoiner(Rune r) => r.Value is 0x200C or 0x200D;

    /// <summary>
    /// Whether the joiner at <paramref name="at"/> joins something: an emoji sequence (👩‍💻) or letters of a script that
    /// writes with joiners (Persian, the Indic scripts), i.e. neither neighbour a Latin letter, digit or ASCII sign. In a
    /// Latin word a joiner shows nothing and only splits the word for search, dedupe and blocklists (a hostile-input
    /// review's "Zero&#x200C;&#x200D;width").
    /// </summary>
    private static bool JoinsHere(Rune[] runes, int at)
    {
        var before = at - 1;
        while (before >= 0 && at - before <= JoinerReach && Skipped(runes[before])) before--;
        var after = at + 1;
        while (after < runes.Length && after - at <= JoinerReach && Skipped(runes[after])) after++;
        return before >= 0 && after < runes.Length && at - before <= JoinerReach && after - at <= JoinerReach
               && !IsLatinOrAscii(runes[before]) && !IsLatinOrAscii(runes[after]);
    }

    /// <summary>Whether the joiner at char index <paramref name="at"/> of a text joins something (<see cref="JoinsHere(Rune[], int)"/>).</summary>
    internal static bool JoinsHere(string text, int at)
    {
        Rune? before = null;
        for (var i = at - 1; i >= 0 && at - i <= 2 * JoinerReach; i--)
        {
            var start = char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? i - 1 : i;
            var r = Rune.TryGetRuneAt(text, start, out var rune) ? rune : Rune.ReplacementChar;
            i = start;
            if (!Skipped(r)) { before = r; break; }
        }
        Rune? after = null;
        for (var i = at + 1; i < text.Length && i - at <= 2 * JoinerReach; i++)
        {
            var r = Rune.TryGetRuneAt(text, i, out var rune) ? rune : Rune.ReplacementChar;
            if (r.Utf16SequenceLength == 2) i++;
            if (!Skipped(r)) { after = r; break; }
        }
        return before is { } b && after is { } a && !IsLatinOrAscii(b) && !IsLatinOrAscii(a);
    }

    /// <summary>
    /// How far a joiner looks past other joiners, marks and invisible characters for the letters it joins: a real sequence
    /// has a few between its letters (an emoji's variation selector, a Devanagari virama), and an unbounded look made a run of
    /// 130,000 joiners take 24 s to read, each one walking the whole run both ways (code review 46, R1). Past it, the joiner
    /// joins nothing.
    /// </summary>
    private const int JoinerReach = 16;

    /// <summary>What a joiner looks past for its neighbours: other joiners, marks and what goes anyway (a zero-width space beside it).</summary>
    private static bool Skipped(Rune r) => IsJoiner(r) || IsInvisibleFormatting(r) || IsNoncharacter(r) || IsMark(r);

    private static bool IsLatinOrAscii(Rune r) => r.Value <= 0x024F || r.Value is >= 0x1E00 and <= 0x1EFF;

    /// <summary>Code points Unicode reserves as never characters (U+FFFE, U+FFFF, U+FDD0-U+FDEF, and the last two of each plane).</summary>
    private static bool IsNoncharacter(Rune r) => r.Value is >= 0xFDD0 and <= 0xFDEF || (r.Value & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// The text without terminal escape sequences: "ESC[31m" (CSI: colours, "ESC[2J" clearing the screen) and "ESC]...BEL"
    /// (OSC: a terminal's title or hyperlink). Their ESC alone went as a control character and left "[31m" in a title.
    /// </summary>
    public static string WithoutTerminalEscapes(string text) => TerminalEscape().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\u001B\[|\u009B)[\x30-\x3F]{0,32}[\x20-\x2F]{0,8}[\x40-\x7E]|\u001B\][^\u0007\u001B]{0,2000}(?:\u0007|\u001B\\)|\u001B[\x40-\x5F]")]
    private static partial System.Text.RegularExpressions.Regex TerminalEscape();

    /// <summary>
    /// Invisible formatting a title needs none of: direction overrides and isolates, zero-width space,
    /// word joiner, BOM, tag characters: every Unicode format character but ZWJ and ZWNJ. (A lone
    /// surrogate comes out as U+FFFD.)
    /// </summary>
    internal static bool IsInvisibleFormatting(Rune r)
        => (Rune.GetUnicodeCategory(r) == UnicodeCategory.Format && !IsJoiner(r)) || IsBlankLetter(r);

    /// <summary>
    /// Letters that print as nothing: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0, category Lo but default-ignorable)
    /// and the blank braille pattern. A title of thirty U+3164 printed as a blank headline, a feed name of them as "Read
    /// at ㅤㅤㅤ →" (audit hostile22, H4).
    /// </summary>
    private static bool IsBlankLetter(Rune r) => r.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;

    internal static bool IsMark(Rune r)
        => Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static bool HasVisibleCharacter(string text)
    {
        foreach (var r in text.EnumerateRunes())
            if (!Rune.IsWhiteSpace(r) && !IsMark(r) && Rune.GetUnicodeCategory(r) != UnicodeCategory.Format && !IsBlankLetter(r)) return true;
        return false;
    }
}
