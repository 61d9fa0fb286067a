using System.Text.RegularExpressions;

namespace NewsCurator;

/// <summary>
/// Line breaks a plain-text extraction lost. Feeds and scrapers that flatten HTML without a separator
/// glue a heading to the paragraph after it ("Quick summaryBased on feedback", "architectureHere’s a
/// look"), one paragraph to the next ("ready to go!Build and deploy") and a label to its text
/// ("Editor’s note:The Speed Read"), and leave section breaks ("* * *") inside a line. Sentences cut
/// from such text read as nonsense, so the breaks go back where the glue is unmistakable: a
/// lower-case word runs straight into a word that opens sentences and never ends a brand or an
/// identifier ("The", "Here’s", "While"; not "In", which ends "LinkedIn"), or into any capitalised
/// word after '!' or '?'. A glued '.' is the sentence splitter's call (it knows abbreviations).
/// </summary>
public static partial class LostBreaks
{
    /// <summary>"architectureHere’s a", "QuebecIt was", "MessagesA commit": a heading glued to the paragraph it heads.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll})(?=(?:The|This|That|These|Those|It|Its|We|You|Your|Our|How|What|When|Why|Where|While|There|Here|If|An|Another|Many|Most|Some|Previously|Today|After|Before|Since|Although|Based|Every|Each)(?:\s[\p{L}\d]|['’]s\s|,\s)|A\s\p{Ll})")]
    private static partial Regex GluedHeading();

    /// <summary>"go!Build", "desk!From now": a paragraph that ended in '!' or '?' glued to the next.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}[!?])(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedExclamation();

    /// <summary>"note:The", "apply:You must", "July 24, 2016:Apple": a label glued to its text.</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\d]\p{Ll}|\d\d):(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedColon();

    /// <summary>"Dear Hodlers,Today we": a comma glued to the next word.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}),(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedComma();

    /// <summary>"BackgroundMoso bamboo is", "ResultsWe found": the heading of a structured abstract glued to its paragraph.</summary>
    [GeneratedRegex(@"\b(?:Abstract|Background|Introduction|Summary|Overview|Conclusions?|Results|Methods|Methodology|Objectives?|Purpose|Findings|Discussion|Motivation)(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedSectionHeading();

    /// <summary>"* * *", "***", "----" standing between two paragraphs on one line.</summary>
    [GeneratedRegex(@"(?:^|[ \t])(?:(?:\*[ \t]?){3,}|-{3,}|_{3,}|={3,}|~{3,})(?=[ \t]|$)", RegexOptions.Multiline)]
    private static partial Regex SectionBreak();

    /// <summary>The text with the breaks it lost put back (a heading or paragraph glued on goes to a line of its own).</summary>
    public static string Restore(string text)
    {
        text = SectionBreak().Replace(text, "\n");
        text = GluedHeading().Replace(text, "\n");
        text = GluedSectionHeading().Replace(text, "$0\n");
        text = GluedExclamation().Replace(text, "\n");
        text = GluedComma().Replace(text, ", ");
        return GluedColon().Replace(text, ": ");
    }
}
