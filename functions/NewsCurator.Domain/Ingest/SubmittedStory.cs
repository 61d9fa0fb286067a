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
        var body = m.Groups["body"].Value.Trim();
        // A submission is a story of its own: a sentence or two quoted after a name is someone's remark, and stays theirs.
        if (body.Length < MinSubmissionLength || !char.IsUpper(body[0])) return text;
        return lineEnd < 0 ? body : body + text[lineEnd..];
    }

    /// <summary>Shorter than this, the quoted words are a remark, not a story sent in.</summary>
    private const int MinSubmissionLength = 120;

    /// <summary>A first line this long is read no further (a hostile feed's one-line megabyte).</summary>
    private const int MaxLineRead = 20_000;

    // The credit: a handle (one word), a first and last name or an anonymous reader, then the present tense of sending it
    // in, and the quotation straight after it (or after "with this excerpt:"); the whole rest of the line is the quotation,
    // its closing mark last. Not a colon after the verb alone, nor the past tense: 'Linus Torvalds wrote: "..."' quotes a
    // speaker on a link blog, and the speaker stays (review of session 35, R2).
    [GeneratedRegex(@"^\s*(?:(?:An?\s+)?anonymous\s+(?:reader|coward|user|submitter)|[\p{L}\p{N}_.-]{2,40}(?:\s+\p{Lu}[\p{L}.'’-]*)?)\s+" +
                    @"(?:writes|shares|sends|submits|tips\s+us)(?:\s+(?:in\s+)?with\s+(?:this|these|a|an|the)?\s*(?:news|note|report|excerpt|story|link)\s*:)?\s*" +
                    @"[""“](?<body>.+)[""”]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();
}
