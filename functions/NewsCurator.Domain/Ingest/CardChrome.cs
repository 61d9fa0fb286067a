using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// What a scraped listing card puts around its dek: the image's credit ("(Getty Images)", "(Photo by S. Reynolds/AFP via
/// Getty Images)", "(Graphic by Scoop News Group)"), the photo's caption in the wire's style ("A seal ... is displayed on
/// the FBI building in Washington, DC, on August 9, 2022.") and the headline printed again under the picture. Summaries
/// were made of them: the caption as a story's only sentence, the title twice (twenty-eighth held-out review, F2). None
/// is the story's text. A headline said once stays, where the lede rules expect it.
/// </summary>
public static partial class CardChrome
{
    // A credit in parentheses: one that says it is one ("(Photo by ...)", "(Image Credit: ...)", "(Graphic by ...)"), one
    // that ends in a photo agency or stock library ("(... via Getty Images)", "(J. Smith/AFP)"), or a name that ends in
    // what it credits ("(Scoop News Group graphic)"). A wire's dateline ("LONDON (Reuters) -"), a case name ("(Getty
    // Images v Stability AI)") and prose ("(the official Debian image)") stay (review of session 28, R2).
    [GeneratedRegex(@"[ \t]*\((?:(?:photo(?:graph)?|image|graphic|illustration|picture)s?(?: credit)?(?::|\s+(?:by|credit|courtesy|via|from)\b)[^()\n]{0,140}\)|(?:photo|image)s?\)|[^()\n]{0,100}(?:\b(?:getty images|shutterstock|istock(?:photo)?|unsplash|alamy|ap photo)|/(?:afp|reuters|ap|epa|dpa|getty))\)|(?-i:(?:\p{Lu}[\w.'’-]* ){1,5})(?:graphic|photo|illustration)\))",
        RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    // A caption in the wire's present tense ("is displayed", "are seen", "is pictured").
    [GeneratedRegex(@"\b(?:is|are) (?:seen|displayed|pictured|shown)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionVerb();

    /// <summary>The title's shortest length to be looked for again: a few words could be the text's own.</summary>
    private const int MinRepeatedTitleWords = 4;

    public static string Without(string title, string text)
    {
        if (text.Length == 0) return text;
        text = WithoutRepeatedTitle(title, text);
        return text.Contains('(', StringComparison.Ordinal) ? WithoutCredits(text).Trim() : text;
    }

    private static string WithoutCredits(string text)
    {
        var matches = Credit().Matches(text);
        if (matches.Count == 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (Match credit in matches)
        {
            if (credit.Index < at) continue;
            var before = text[at..credit.Index];
            // The sentence the credit closes is the picture's caption when it reads as one.
            var lineStart = before.LastIndexOf('\n') + 1;
            if (SentenceSplitter.Split(before[lineStart..]) is [.., var last] && CaptionVerb().IsMatch(last)
                && before.TrimEnd().EndsWith(last.TrimEnd(), StringComparison.Ordinal))
                before = before.TrimEnd()[..^last.TrimEnd().Length];
            kept.Append(before);
            at = credit.Index + credit.Length;
        }
        kept.Append(text[at..]);
        return kept.ToString();
    }

    private static string WithoutRepeatedTitle(string title, string text)
    {
        var headline = title.Trim();
        if (Words.Count(headline) < MinRepeatedTitleWords) return text;
        // Only where the headline stands as a heading: at the start, or after a sentence, a line or a credit, and before a
        // capital, a credit or the end. Inside a sentence it is the writer's ("Veeam announced Veeam Backup for Microsoft Office 365
        // and ...": a product named by the title) and stays.
        var headings = new List<int>();
        for (var at = text.IndexOf(headline, StringComparison.Ordinal); at >= 0; at = text.IndexOf(headline, at + headline.Length, StringComparison.Ordinal))
            if (StandsAsHeading(text, at, headline.Length)) headings.Add(at);
        // Printed twice as a heading, the headline is the card's, every time: at the start it runs into the dek with nothing
        // between ("... top NSC cyber official says Bulazel mentioned ..."), which no lede rule can tell from a longer name.
        if (headings.Count < 2) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        var from = 0;
        foreach (var at in headings)
        {
            kept.Append(text.AsSpan(from, at - from)).Append(' ');
            from = at + headline.Length;
        }
        kept.Append(text.AsSpan(from));
        return Regex.Replace(kept.ToString(), @"(?<=\S)[ \t]{2,}", " ").Trim();
    }

    private static bool StandsAsHeading(string text, int at, int length)
    {
        var before = text.AsSpan(0, at).TrimEnd(" \t");
        var after = text.AsSpan(at + length).TrimStart(" \t");
        var opens = before.Length == 0 || before[^1] is '.' or '!' or '?' or '…' or ')' or '\n' or '”' or '"';
        var closes = after.Length == 0 || after[0] is '\n' or '“' or '"' or '‘' or '(' || char.IsUpper(after[0]);
        return opens && closes;
    }
}
