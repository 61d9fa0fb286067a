using System.Text;
using UtfUnknown;

namespace NewsCurator.Ingest;

/// <summary>
/// The encoding of a document that names none usable and is not UTF-8. Windows-1252 is the answer
/// for Latin text (what browsers assume, and what feeds that lie about UTF-8 send), but a Hebrew,
/// Russian, Greek, Arabic, Japanese or Chinese feed without a charset read that way is mojibake that
/// even passes the language filter as "undetermined". Such scripts show in the bytes: their letters
/// are all high bytes, so high bytes come in runs, where Latin text has one accented letter or one
/// curly quote between ASCII letters. Only then does a statistical detector (Mozilla's universal
/// charset detector, the UTF.Unknown port) pick the encoding; on Latin text with a handful of high
/// bytes it guesses wildly (x-mac-ce for "don’t"), so it is never asked there.
/// </summary>
public static class LegacyEncodingGuess
{
    static LegacyEncodingGuess() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>High bytes in runs of at least this many are a script's letters, not Latin accents or punctuation.</summary>
    private const int ScriptRun = 3;

    /// <summary>The detector's answer is taken at or above this confidence (its non-Latin answers score 0.7-1.0 on real text).</summary>
    private const float MinConfidence = 0.5f;

    /// <summary>At least this many high bytes before the bytes say anything about a script.</summary>
    private const int MinHighBytes = 16;

    /// <summary>Encodings of the Latin script: a detector answer among them says "Latin", and Windows-1252 reads it.</summary>
    private static readonly HashSet<string> Latin = new(StringComparer.OrdinalIgnoreCase)
    {
        "windows-1252", "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-9", "iso-8859-13", "iso-8859-15",
        "windows-1250", "windows-1254", "windows-1257", "windows-1258", "x-mac-ce", "macintosh", "ascii", "utf-8",
    };

    /// <summary>The encoding to read <paramref name="bytes"/> with, and its name for the feed's outcome.</summary>
    public static (Encoding Encoding, string Name) Of(ReadOnlySpan<byte> bytes)
    {
        if (ScriptShare(bytes) >= 0.5 && Detect(bytes) is { } detected) return detected;
        return (Windows1252, "windows-1252");
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The share of high bytes that stand in runs of <see cref="ScriptRun"/> or more; 0 with too few to tell.</summary>
    internal static double ScriptShare(ReadOnlySpan<byte> bytes)
    {
        int high = 0, inRuns = 0, run = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80) { high++; run++; continue; }
            if (run >= ScriptRun) inRuns += run;
            run = 0;
        }
        if (run >= ScriptRun) inRuns += run;
        return high < MinHighBytes ? 0 : (double)inRuns / high;
    }

    private static (Encoding, string)? Detect(ReadOnlySpan<byte> bytes)
    {
        var best = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        if (best?.EncodingName is not { } name || best.Confidence < MinConfidence || Latin.Contains(name)) return null;
        // The detector's names are WHATWG labels ("shift-jis", "gb18030", "iso-8859-7"): the table decides what each reads as.
        var resolution = EncodingLabels.Resolve(name);
        return resolution.Encoding is { } encoding && resolution.Name is not ("utf-8" or "utf-16le" or "utf-16be")
            ? (encoding, resolution.Name!)
            : null;
    }
}
