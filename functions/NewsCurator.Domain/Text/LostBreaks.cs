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

    /// <summary>
    /// "Adversarially training against newly discovered attacks.We continuously train ...": a bold run-in label that opens
    /// a paragraph, its markup taken out without a space (thirteenth held-out review, F4). Cut at the glued stop it reads
    /// as a sentence that says nothing; on a line of its own, without the stop, it is the heading it was. Only at a line's
    /// start, only a label's length (<see cref="MaxGluedLabelWords"/>) and only where the text has several: a paragraph
    /// glued to the next mid-line is the splitter's to cut.
    /// </summary>
    [GeneratedRegex(@"^(?<label>[^\n.!?:;]{2,80}?\p{Ll})\.(?=\p{Lu}\p{Ll}*[ \t,'’])", RegexOptions.Multiline)]
    private static partial Regex GluedLabel();

    private const int MaxGluedLabelWords = 8;

    /// <summary>
    /// The labels on lines of their own where the text has at least two: labelled paragraphs come in runs, and one short
    /// sentence glued to the next at a paragraph's start ("Feedback arrives fast and stays reliable.If you ...") is
    /// no label, which its words alone do not tell.
    /// </summary>
    private static string WithGluedLabelsBroken(string text)
    {
        var labels = GluedLabel().Matches(text).Where(m => IsLabel(m.Groups["label"].Value)).ToList();
        // The label's full stop becomes the line's end.
        return labels.Count < 2 ? text : WithBreaks(text, labels.Select(m => (m.Index + m.Length - 1, m.Index + m.Length)));
    }

    /// <summary>The text with each span (ascending, apart) and the spaces before it replaced by a line break.</summary>
    private static string WithBreaks(string text, IEnumerable<(int Start, int End)> spans)
    {
        var sb = new System.Text.StringBuilder(text.Length + 16);
        var from = 0;
        foreach (var (start, end) in spans)
        {
            sb.Append(text.AsSpan(from, start - from).TrimEnd()).Append('\n');
            from = end;
        }
        return sb.Append(text.AsSpan(from)).ToString();
    }

    /// <summary>
    /// A label's words: two to <see cref="MaxGluedLabelWords"/>, and no clause's marks, a subject pronoun to open it
    /// or an auxiliary ("This is a new paradigm." glued to the next sentence is a sentence; "Responding to active
    /// attacks." and "Limit logged-in access when possible." are labels).
    /// </summary>
    private static bool IsLabel(string words)
    {
        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length is >= 2 and <= MaxGluedLabelWords && !ClauseWord().IsMatch(words);
    }

    [GeneratedRegex(@"^\s*(?:I|We|You|They|It|He|She|This|That|These|Those|There|Here)\b|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|does|did|may|might|must|should)\b|\w['’](?:s|re|ve|ll|d)\b")]
    private static partial Regex ClauseWord();

    /// <summary>
    /// "... The Cryosphere, 20, 3533–3558, https://doi.org/10.5194/tc-20-3533-2026, 2026 Estimates of the Greenland ...":
    /// a paper's citation (it ends on its link and year) run into its abstract, whose first sentence the citation's link
    /// then kept out of every summary (twelfth held-out review). The citation goes to a line of its own. The abstract's
    /// sentence is looked for within 400 characters, exactly three words then the rest: an open count of words before an
    /// open run was cubic on a hostile line of citations (64 KB: 115 s).
    /// </summary>
    [GeneratedRegex(@"(https?://[^\s,]{1,300},[ \t](?:19|20)\d\d)[ \t]+(?=\p{Lu}\p{Ll}+(?:[ \t][^\s.!?]+){3}[^.!?\n]{0,400}[.!?])")]
    private static partial Regex GluedCitation();

    /// <summary>"go!Build and", "desk!From now": a paragraph that ended in '!' or '?' glued to the next (not "page.aspx?ReturnUrl=").</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}[!?])(?=\p{Lu}\p{Ll}+\s)")]
    private static partial Regex GluedExclamation();

    /// <summary>"note:The", "apply:You must", "July 24, 2016:Apple": a label glued to its text.</summary>
    [GeneratedRegex(@"(?<=[\p{Ll}\d]\p{Ll}|\d\d):(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedColon();

    /// <summary>"Dear Hodlers,Today we": a comma glued to the next word.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll}),(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedComma();

    /// <summary>
    /// " | " after a sentence's end: a generator's field separator between a record's parts on one line ("...execute
    /// arbitrary code. | Required Action by Apply mitigations ... | Due 2026-08-21"), not a table's cell, which follows
    /// no full stop (eighteenth held-out review, F9: the summary quoted "| Required Action by Apply mitigations in…").
    /// </summary>
    [GeneratedRegex(@"(?<=\p{L}{2}[.!?][""'”’)]?)[ \t]+\|[ \t]+(?=\S)")]
    private static partial Regex FieldSeparator();

    /// <summary>"* * *", "***", "-----" standing between two paragraphs on one line (not a "---" dash inside a sentence).</summary>
    [GeneratedRegex(@"(?:^|[ \t])(?:(?:\*[ \t]?){3,}|-{4,}|_{4,}|={4,}|~{4,})(?=[ \t]|$)", RegexOptions.Multiline)]
    private static partial Regex SectionBreak();

    /// <summary>
    /// "... to Practice 1. Updating KV Cache in the Attention Block 2. Tracking Cache Across Layers 3. Prefill ...": a
    /// numbered list (a table of contents) flattened into the line. Only numbers that count up one by one on the same
    /// line ("version 2. It adds" alone is a sentence's end, not a list).
    /// </summary>
    // ASCII digits: .NET's \d takes every script's, which int.Parse refuses ("１. Docker ２. Kubernetes" failed a whole run:
    // hostile-input audit 39, H1).
    [GeneratedRegex(@"(?<=\S[ \t])([0-9]{1,2})\.[ \t](?=\p{Lu})")]
    private static partial Regex RunInNumber();

    /// <summary>
    /// A label run into the text it labels ("TL;DR We have implemented", "AI-generated summary Reinforcement learning"):
    /// with it the next sentence opens on words that are no part of it. Before a capital; "TL;DR" anywhere (it follows the
    /// last heading of a flattened page), other labels at a sentence's start, and a word that also opens prose
    /// ("Abstract Syntax Trees", "Summary statistics") only with its colon or dash.
    /// </summary>
    [GeneratedRegex(@"(?:(?<![ \t])[ \t]+|^)(?:TL;?[ \t]?DR|AI-generated summary)(?:[ \t]*[:.]|[ \t]*[-–—])?[ \t]+(?=\p{Lu})|(?<=^|[.!?])[ \t]*(?:Key takeaways?(?:[ \t]*[:.]|[ \t]*[-–—])?|(?:Abstract|Summary|Highlights)(?:[ \t]*:|[ \t]+[-–—]))[ \t]+(?=\p{Lu})", RegexOptions.Multiline)]
    private static partial Regex RunInLabel();

    /// <summary>
    /// A highlights box's label at a line's start, with or without its colon: "News Highlights The Lux AI supercomputer ...",
    /// "Key Highlights: HPE will ...". A release's box ran its label into its first point, which then opened summaries and
    /// previews (held-out review 109, F3). A qualifier word before "Highlights" or "Takeaways" (or "Key points"), before a
    /// capital: "News highlights the ..." (a verb) stays, and so does a bare "Highlights" without its colon (above).
    /// </summary>
    [GeneratedRegex(@"^[ \t]*(?:(?:News|Key|Main|Top|Release|Product|Program|Event|Financial|Business|Quarterly|Fiscal)[ \t]+(?:Highlights|Takeaways)|Key[ \t]+[Pp]oints)(?:[ \t]*[:.]|[ \t]*[-–—])?[ \t]+(?=\p{Lu})", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    internal static partial Regex BoxLabel();

    /// <summary>
    /// A picture's credit between its caption and the text ("Elmo & Bert? (Image source: here) We have seen ..."): no
    /// part of the sentence after it, which it would open.
    /// </summary>
    [GeneratedRegex(@"(?<![ \t])[ \t]*\((?:(?:image|photo|picture|illustration|figure|fig\.|video|screenshot)[ \t]+)?(?:source|credits?|courtesy(?:[ \t]+of)?|via|by)[ \t]*:[^()\n]{0,150}\)[ \t]*|(?<![ \t])[ \t]*\((?:image|photo|illustration|screenshot)[ \t]*:[^()\n]{0,150}\)[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex FigureCredit();

    private static string WithRunInListsBroken(string text)
    {
        var numbers = RunInNumber().Matches(text);
        if (numbers.Count < 2) return text;
        var breaks = new List<int>();
        for (var i = 0; i < numbers.Count; i++)
        {
            bool Follows(Match earlier, Match later) => int.Parse(later.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(earlier.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) + 1
                && text.AsSpan(earlier.Index, later.Index - earlier.Index).IndexOf('\n') < 0;
            if ((i > 0 && Follows(numbers[i - 1], numbers[i])) || (i + 1 < numbers.Count && Follows(numbers[i], numbers[i + 1]))) breaks.Add(numbers[i].Index);
        }
        return breaks.Count == 0 ? text : WithBreaks(text, breaks.Select(at => (at, at)));
    }

    /// <summary>
    /// A text whose paragraphs were run together without a space: "...double Mount Evans’s 200 Gbps.True to its smart NIC
    /// lineage", "...act as a host CPU.A “converged” mode", "...may not even be an option.Intel’s incoming IPU" (twenty-
    /// first held-out review, F4: a full-text page of 12,000 characters and no line break, its lead sentence glued to the
    /// one before). The splitter cuts a glued stop only before a word that opens sentences ("The", "We"), since a name
    /// after a dot is usually code ("keras.Model", "os.Getenv"). Where a text has <see cref="MinGluedStops"/> or more such
    /// unmistakable glues (and fewer line breaks than glues, and a page's length), its breaks were lost, and every stop between a word and a capitalised word gets its space
    /// back, for the splitter to judge as it judges any stop (abbreviations stay whole). Names of three parts
    /// ("java.util.List"), calls ("os.Getenv("), names in code marks and a qualifier the text uses twice or more
    /// ("keras.Model" where "keras.layers" is also written) keep their shape.
    /// </summary>
    private static string WithGluedStopsSpaced(string text)
    {
        // Long and (nearly) without line breaks: a short passage with a few glues is left to the splitter's own rule.
        if (text.Length < MinFlattenedLength) return text;
        List<int>? stops = null;
        Dictionary<int, string>? qualifiers = null;
        var (confirmed, others) = (0, 0);
        for (var i = text.IndexOf('.', 1); i > 0 && i < text.Length - 2; i = text.IndexOf('.', i + 1))
        {
            if (!char.IsUpper(text[i + 1]) || !char.IsLetterOrDigit(text[i - 1])) continue;
            var wordEnd = i + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (wordEnd >= text.Length || text[wordEnd] is not (' ' or ',' or '\'' or '\u2019')) continue;
            var next = text.AsSpan(i + 1, wordEnd - i - 1);
            var tokenStart = i - 1;
            while (tokenStart > 0 && char.IsLetterOrDigit(text[tokenStart - 1])) tokenStart--;
            if (i - tokenStart < 2 || (tokenStart > 0 && text[tokenStart - 1] is '.' or '/' or '_' or '-' or ':' or '@' or '#' or '\\' or '`')) continue;
            var before = text[i - 1];
            if (SentenceSplitter.IsOpener(next.ToString()) && (char.IsLower(before) || char.IsAsciiDigit(before))) confirmed++;
            // A capitalised word ("True", "Intel", "Mount") or the article "A"; not "IPv6" or "GPUs" after a dot.
            else if ((next.Length == 1 && next[0] is 'A' or 'I') || (next.Length > 1 && AllLower(next[1..]))) others++;
            else continue;
            (stops ??= []).Add(i + 1);
            (qualifiers ??= []).Add(i + 1, text[tokenStart..i]);
        }
        // Prose with a few glues among many dotted names ("keras.Model", "torch.Tensor") is code's, and keeps them.
        if (confirmed < MinGluedStops || confirmed * 3 < others || stops is null || text.Count(c => c == '\n') >= confirmed) return text;
        // A word the text writes before a dot twice or more is code's qualifier ("keras.Model", "keras.layers"), no sentence's end.
        var qualifierCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in Qualified().Matches(text))
            qualifierCounts[m.Groups[1].Value] = qualifierCounts.GetValueOrDefault(m.Groups[1].Value) + 1;
        stops = [.. stops.Where(at => qualifierCounts.GetValueOrDefault(qualifiers![at]) < 2)];
        if (stops.Count == 0) return text;
        var sb = new System.Text.StringBuilder(text.Length + stops.Count);
        var from = 0;
        foreach (var at in stops)
        {
            sb.Append(text.AsSpan(from, at - from)).Append(' ');
            from = at;
        }
        return sb.Append(text.AsSpan(from)).ToString();
    }

    /// <summary>A lower-case word, a dot and a letter: "keras.Model", "keras.layers", "os.Getenv".</summary>
    [GeneratedRegex(@"(?<![\w.])(\p{Ll}[\p{Ll}\d_]*)\.(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Qualified();

    private static bool AllLower(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters) if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>
    /// Unmistakable glues (a stop between a lower-case word and "The", "We", "If" ...) that show a text lost its breaks;
    /// they must also be a quarter or more of all glued stops (the page above: 6 of 20).
    /// </summary>
    private const int MinGluedStops = 3;

    private const int MinFlattenedLength = 1_000;

    /// <summary>The text with the breaks it lost put back (a heading or paragraph glued on goes to a line of its own).</summary>
    public static string Restore(string text)
    {
        text = SectionBreak().Replace(text, "\n");
        text = FieldSeparator().Replace(text, "\n");
        text = FigureCredit().Replace(text, "\n");
        text = RunInLabel().Replace(text, "\n");
        text = BoxLabel().Replace(text, "");
        text = WithRunInListsBroken(text);
        text = WithGluedLabelsBroken(text);
        text = GluedCitation().Replace(text, "$1\n");
        text = WithGluedStopsSpaced(text);
        text = GluedHeading().Replace(text, "\n");
        text = GluedExclamation().Replace(text, "\n");
        text = GluedComma().Replace(text, ", ");
        return GluedColon().Replace(text, ": ");
    }
}
