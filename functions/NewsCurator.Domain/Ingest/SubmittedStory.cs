using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A community site's submission as its feed gives it: the submitter's credit, then the story they sent in quotes
/// ('MarkWhittington writes "The Augustine Commission has not ... problems."', 'An anonymous reader writes "..."').
/// The quoted words are the story; the credit names a handle no reader knows, and with the quotes it left the text
/// without a sentence a summary could use, so Slashdot's stories went out as cut previews opening on the handle
/// (fiftieth held-out review, F5). The credit with a colon is <see cref="Enhance.Summarizer.WithoutCreditLine"/>'s.
/// </summary>
public static partial class SubmittedStory
{
    /// <summary>The text with its opening credit and the quotes around the submission taken off; as it is otherwise.</summary>
    public static string WithoutCredit(string text)
    {
        var lineEnd = text.IndexOf('\n');
        var first = lineEnd < 0 ? text : text[..lineEnd];
        if (first.Length > MaxLineRead || Credit().Match(first) is not { Success: true } m) return text;
        // A person's name before "writes" on a page that goes on past the quotation is a link blog quoting a speaker ('Paul
        // Graham writes "..."' and the blogger's own view after it), and the words stay theirs (hostile-input audit 40, H4); a
        // community site's submission is the whole text, but for its link to the rest ("Read more of this story at Slashdot.").
        if (m.Groups["surname"].Success && lineEnd >= 0 && text[lineEnd..].Split('\n').Any(l => Words.Count(l) >= 4 && !SiteLink().IsMatch(l))) return text;
        var (body, after) = Submission(m.Groups["open"].Value[0], m.Groups["quoted"].Value);
        // A submission is a story of its own: a sentence or two quoted after a name is someone's remark, and stays theirs.
        if (body.Length < MinSubmissionLength || !char.IsUpper(body[0])) return text;
        var line = after.Length == 0 ? body : $"{body} {after}";
        return lineEnd < 0 ? line : line + text[lineEnd..];
    }

    /// <summary>
    /// The submission in what follows its opening mark, up to the mark that closes it, and what the line says after it:
    /// 'writes "..." The chair added, "..."' closes the submission at its own mark, not the line's last (hostile-input
    /// audit 40, H5). A curly opening is closed by its curly partner alone, quotes inside it paired (an inch mark's '6"' is
    /// no closing: review of session 36, R1); a straight one by a straight mark after a sentence's end, where there is one
    /// (a quoted '"preview"' inside it is no closing), else by the line's last.
    /// </summary>
    private static (string Body, string After) Submission(char open, string quoted)
    {
        var close = open == '“' ? CurlyClose(quoted) : StraightClose(quoted);
        return close < 0 ? (quoted.Trim(), "") : (quoted[..close].Trim(), quoted[(close + 1)..].Trim());
    }

    private static int CurlyClose(string quoted)
    {
        var depth = 0;
        for (var i = 0; i < quoted.Length; i++)
        {
            if (quoted[i] == '“') depth++;
            else if (quoted[i] == '”' && depth-- == 0) return i;
        }
        return -1;
    }

    private static int StraightClose(string quoted)
    {
        for (var i = quoted.IndexOf('"'); i > 0; i = quoted.IndexOf('"', i + 1))
            if (quoted[i - 1] is '.' or '!' or '?' && (i + 1 == quoted.Length || char.IsWhiteSpace(quoted[i + 1]))) return i;
        return quoted.LastIndexOf('"');
    }

    [GeneratedRegex(@"^\s*(?:read\s+more|continue\s+reading|discuss|comments?|share|via|source)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteLink();

    /// <summary>Shorter than this, the quoted words are a remark, not a story sent in.</summary>
    private const int MinSubmissionLength = 120;

    /// <summary>A first line this long is read no further (a hostile feed's one-line megabyte).</summary>
    private const int MaxLineRead = 20_000;

    // The credit: a handle (one word), a first and last name or an anonymous reader, then the present tense of sending it
    // in, and the quotation straight after it (or after "with this excerpt:"); the whole rest of the line is the quotation,
    // its closing mark last. Not a colon after the verb alone, nor the past tense: 'Linus Torvalds wrote: "..."' quotes a
    // speaker on a link blog, and the speaker stays (review of session 35, R2).
    [GeneratedRegex(@"^\s*(?:(?:An?\s+)?anonymous\s+(?:reader|coward|user|submitter)|[\p{L}\p{N}_.-]{2,40}(?<surname>\s+\p{Lu}[\p{L}.'’-]*)?)\s+" +
                    @"(?:writes|shares|sends|submits|tips\s+us)(?:\s+(?:in\s+)?with\s+(?:this|these|a|an|the)?\s*(?:news|note|report|excerpt|story|link)\s*:)?\s*" +
                    @"(?<open>[""“])(?<quoted>.+[""”])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
