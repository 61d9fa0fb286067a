using System.Text;
using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A structured abstract's section labels, as preprint and journal feeds flatten them: glued to the section's first word
/// ("BackgroundThere has been ...", "ResultsHence, in this work, we propose ..."), or before a colon ("Motivation: ...
/// Results: We present here ..."). They are no
/// words of the abstract: "ResultsHence" opened a summary and "Motivation:" a preview (held-out review 81, F3). Each
/// becomes a paragraph break. A section that only says where the code, the data or the authors are ("Availability and
/// implementation", "Data availability", "Supplementary information", "Contact") says nothing the paper found, and its
/// broken address reached a summary (F5): it goes, up to the next label, its label on a line of its own too (a journal's
/// box title), where the text is an abstract (two sections' labels besides it). Only at a sentence's or line's start, and
/// only where the text has two labels or more: a single "ResultsDB is ..." or "SummaryWriter logs ..." names a thing.
/// </summary>
public static partial class AbstractSections
{
    public static string Without(string text)
    {
        // Labels stand in an abstract's first few thousand characters; a hostile megabyte is not scanned for them.
        if (text.Length == 0 || text.Length > MaxAbstractLength) return text;
        var labels = Label().Matches(text);
        if (labels.Count < 2 || !ReadsAsAbstract(text, labels)) return text;
        // A pointer section goes from an abstract (two sections' labels besides it), or under a name only abstracts use
        // ("Availability and implementation", "Supplementary information"): a press release's "Summary:" and "Availability:"
        // paragraphs lost everything after the second (review of session 44, R2).
        var isAbstract = labels.Count(l => !l.Groups["pointer"].Success) >= 2 || labels.Any(l => AbstractsOwnPointer().IsMatch(l.Value));
        var kept = new StringBuilder(text.Length);
        var from = 0;
        var dropping = false;
        foreach (Match label in labels)
        {
            kept.Append(Kept(text, from, label.Index, dropping).TrimEnd(' ', '\t'));
            if (kept.Length > 0 && kept[^1] != '\n') kept.Append('\n');
            dropping = isAbstract && label.Groups["pointer"].Success;
            from = label.Index + label.Length;
        }
        kept.Append(Kept(text, from, text.Length, dropping));
        return kept.ToString().Trim();
    }

    /// <summary>
    /// The text between two labels that stays: all of it after a section's label; after a pointer's, what follows its
    /// paragraph. A pointer section ends at the next label or the next blank line: a blog quoting an abstract lost its own
    /// commentary after "Availability and implementation: ..." (hostile-input audit 53, H3).
    /// </summary>
    private static string Kept(string text, int from, int to, bool dropping)
    {
        if (!dropping) return text[from..to];
        var paragraphBreak = ParagraphBreak().Match(text, from, to - from);
        return paragraphBreak.Success ? "\n" + text[(paragraphBreak.Index + paragraphBreak.Length)..to] : "";
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphBreak();

    /// <summary>
    /// Whether the labels are an abstract's: one before a colon or on a line of its own, or, where every label is glued to
    /// the next word, the first opening the text with a section an abstract opens on ("Background", "Motivation",
    /// "Objective", "Summary", ...) and two different ones ("BackgroundThere has ... ResultsHence ..."). Class names opening
    /// sentences ("ResultSet rows are read lazily. MethodHandle objects ...") are no abstract, and lost their first halves
    /// (hostile-input audit 53, H4), also where the text opens on one (code review 45, R4): no abstract opens on its results
    /// or its methods.
    /// </summary>
    private static bool ReadsAsAbstract(string text, MatchCollection labels)
    {
        static bool Glued(string text, Match label)
            => !label.Value.Contains(':', StringComparison.Ordinal) && label.Index + label.Length < text.Length && char.IsUpper(text[label.Index + label.Length]);
        if (!labels.All(l => Glued(text, l))) return true;
        return text.AsSpan(0, labels[0].Index).IsWhiteSpace() && OpeningSection().IsMatch(labels[0].Value)
               && labels.Select(l => l.Value).Distinct(StringComparer.Ordinal).Count() >= 2;
    }

    /// <summary>The sections a structured abstract opens on.</summary>
    [GeneratedRegex(@"^\s*(?:Background|Motivation|Objectives?|Aims?|Purpose|Summary|Abstract|Impact\s+[Ss]tatement|Data\s+[Ss]ummary)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningSection();

    private const int MaxAbstractLength = 20_000;

    // A label's words: those of structured abstracts (IMRaD's and the journals' variants), compounds joined by "and" or "&"
    // ("Methods & Results", "Materials and methods").
    private const string Section =
        @"(?:Background|Motivation|Objectives?|Aims?|Purpose|Methods?|Methodology|Materials\s+and\s+[Mm]ethods|Results?|Findings|Interpretation|" +
        @"Conclusions?|Significance|Impact\s+[Ss]tatement|Data\s+[Ss]ummary|Summary|Abstract)";

    // A section that points elsewhere: where the code or data are, supplementary files, whom to write to. As a line of its
    // own only under an abstract's own names: a post's "Availability" or "Summary" heading says when a product ships, and a
    // post's headings stay as they were.
    private const string PointerLine =
        @"(?:Availability\s+and\s+[Ii]mplementation|(?:Data|Code|Software)\s+[Aa]vailability(?:\s+[Ss]tatement)?|Supplementary\s+(?:[Ii]nformation|[Dd]ata|[Mm]aterials?)|Contact)";

    // The pointer sections' names no post's headings use: not a bare "Availability" (when a product ships) or "Contact".
    [GeneratedRegex(@"^\s*(?:Availability\s+and|(?:Data|Code|Software)\s+[Aa]vailability|Supplementary)", RegexOptions.CultureInvariant)]
    private static partial Regex AbstractsOwnPointer();

    // At the text's or a line's start, or after a finished sentence; then the label before a colon or glued to a capitalised
    // word that goes on into the sentence ("Hence, in", "There has", "LVDD9B proteins"), or a pointer's label alone on its line.
    [GeneratedRegex(@"(?<=(?:^|\n)[ \t]*|[.!?][)""'”’\]]?[ \t]+)(?:(?:" + Section + @"(?:\s*(?:&|and)\s*" + Section + @")?|(?<pointer>" + PointerLine + @"|Availability))" +
                    @"(?:[ \t]*:[ \t]*(?=\S)|(?=\p{Lu}[\p{L}\d'’-]*,?[ \t]+\S))|(?<pointer>" + PointerLine + @")[ \t]*:?[ \t]*(?:\n|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
