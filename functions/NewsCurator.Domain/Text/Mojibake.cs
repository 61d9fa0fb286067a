using System.Text;

namespace NewsCurator;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("â€™" for "’",
/// "Ã©" for "é"): a common fault of real feeds. Only applied when the round trip is clean.
/// </summary>
public static class Mojibake
{
    private static readonly Encoding Windows1252;

    static Mojibake()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static readonly string[] Markers = ["â€", "Ð°", "Ð¾", "Ðµ", "Ñ€", "Ñ‚", "Ã©", "Ã¨", "Ã¼", "Ã¶", "Ã¤", "Ã ", "Â ", "Â·", "Ã¡", "Ã³", "Ã±", "Â»", "Â«"];

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
            // Mixed text (some of it genuinely Windows-1252): repair the common sequences only.
            return text.Replace("â€™", "’", StringComparison.Ordinal).Replace("â€œ", "“", StringComparison.Ordinal)
                .Replace("â€\u009d", "”", StringComparison.Ordinal).Replace("â€“", "–", StringComparison.Ordinal)
                .Replace("â€”", "—", StringComparison.Ordinal).Replace("â€¦", "…", StringComparison.Ordinal)
                .Replace("Â ", " ", StringComparison.Ordinal);
        }
    }
}
