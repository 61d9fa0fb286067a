using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A journal feed's citation line before each article's standfirst ("Nature Catalysis, Published online: 12 May 2026;
/// doi:10.1038/s41929-026-01535-6"): the journal, the day and the DOI, which the credit line and the link give already. It
/// opened the text, so a summary and a preview would open on it (held-out review 70, F5). Only a whole first line of a
/// name, "Published online", a date and a DOI: a sentence that cites a paper ("..., published online in Nature on ...")
/// goes on past it and stays.
/// </summary>
public static partial class JournalCitation
{
    /// <summary>The text without its opening citation line, and the day the line names (null where none or unreadable).</summary>
    public static (string Text, DateTimeOffset? Day) Without(string text)
    {
        if (text.Length == 0 || Citation().Match(text) is not { Success: true } m) return (text, null);
        var day = DateTime.TryParse(m.Groups["day"].Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero) : (DateTimeOffset?)null;
        return (text[m.Length..], day);
    }

    // The journal's name is a title's capitalised words, with "of", "the", "and", "for", "in" or "&" between them ("Nature
    // Catalysis", "Proceedings of the National Academy of Sciences", "ACS Nano"): "The team reports a catalyst ... in Nature
    // Catalysis, published online ...; doi:..." is a sentence that cites the paper, and was cut as the citation line
    // (hostile-input audit 50, H9). Any lower-case word of up to three letters may join them, not a listed few: "Lab on a
    // Chip", "Genes to Cells", "Zeitschrift für ...", "Journal de ..." are journals too, and their line opened the text again;
    // a sentence still has a longer lower-case word before the comma ("report", "team") (review of session 42, R8).
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+(?:(?:\p{Ll}{1,3}|&)[ \t]+){0,2}\p{Lu}[\p{L}\d.&'’-]*){0,7},[ \t]*(?i:published[ \t]+online):?[ \t]*(?<day>[^;\n]{6,30});?[ \t]*\|?[ \t]*(?i:doi:[ \t]*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/[^\s]+[ \t]*(?:\n\s*|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Citation();
}
