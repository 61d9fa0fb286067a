using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// Line breaks a plain-text extraction lost. Feeds and scrapers that flatten HTML without a separator
/// glue a heading to the paragraph after it ("Cloud Storage Connector architectureHere’s a look"),
/// one paragraph to the next ("ready to go!Build and deploy") and a label to its text
/// ("Editor’s note:The Speed Read"), and leave section breaks ("* * *") inside a line. Sentences cut
/// from such text read as nonsense, so the breaks go back where the glue is unmistakable: a
/// lower-case word runs straight into a word that opens sentences and never ends a brand or an
/// identifier ("The", "Here’s"; not "In", which ends "LinkedIn", nor "Each", which ends "forEach"),
/// or into a capitalised word after '!' or '?'. A glued '.' is the sentence splitter's call (it knows
/// abbreviations).
/// </summary>
public static partial class LostBreaks
{
    /// <summary>
    /// "architectureHere’s a", "QuebecIt was", "pointsThe monthly": a heading glued to the paragraph it
    /// heads. Only words that open sentences and end no identifier or brand ("forEach", "beforeEach",
    /// "takeIf", "KnowHow" and "LinkedIn" keep their shape), after a lower-case run of four letters or more.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{Ll}{4})(?=(?:The|This|That|These|Those|It|Its|We|You|Your|Our|There|Here)(?:\s[\p{L}\d]|['’]s\s|,\s))")]
    private static partial Regex GluedHeading();

    /// <summary>"go!Build and", "desk!From now": a paragraph that ended in '!' or '?' glued to the next (not "page.aspx?ReturnUrl=").</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}[!?])(?=\p{Lu}\p{Ll}+\s)")]
    private static partial Regex GluedExclamation();

    /// <summary>"note:The", "apply:You must", "July 24, 2016:Apple": a label glued to its text.</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\d]\p{Ll}|\d\d):(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedColon();

    /// <summary>"Dear Hodlers,Today we": a comma glued to the next word.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}),(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedComma();

    /// <summary>"* * *", "***", "-----" standing between two paragraphs on one line (not a "---" dash inside a sentence).</summary>
    [GeneratedRegex(@"(?:^|[ \t])(?:(?:\*[ \t]?){3,}|-{4,}|_{4,}|={4,}|~{4,})(?=[ \t]|$)", RegexOptions.Multiline)]
    private static partial Regex SectionBreak();

    /// <summary>The text with the breaks it lost put back (a heading or paragraph glued on goes to a line of its own).</summary>
    public static string Restore(string text)
    {
        text = SectionBreak().Replace(text, "\n");
        text = GluedHeading().Replace(text, "\n");
        text = GluedExclamation().Replace(text, "\n");
        text = GluedComma().Replace(text, ", ");
        return GluedColon().Replace(text, ": ");
    }
}
