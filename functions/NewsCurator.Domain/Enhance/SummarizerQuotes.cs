using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>A block of quoted lines (<see cref="HtmlText.QuoteMarker"/>) and who said it, where the text says so.</summary>
/// <param name="Block">Which quoted block of the text, counted from 0.</param>
/// <param name="Attribution">The line that introduces the quotation ("Ben Ubois, announcing support for JSON Feed in Feedbin:"), ending in ':'.</param>
internal sealed record Quotation(int Block, string? Attribution);

/// <summary>
/// Quoted text in summaries. A link blog's post is another writer's words under an attribution, then a line of the
/// blogger's comment; an extractive summary of it printed the quoted first person as the author's ("I remember how
/// daunting RSS/Atom parsing were when building Feedbin", on Daring Fireball: twenty-first held-out review, F3). A
/// quoted sentence is printed in quotation marks after the line that says whose words they are; one whose speaker the
/// text does not name counts less than the author's own sentences, and is still marked as a quotation.
/// </summary>
public static partial class Summarizer
{
    /// <summary>A quoted sentence whose speaker the text does not name counts this much: the author's own words come first.</summary>
    private const double UnattributedQuoteWeight = 0.6;

    /// <summary>A note's label before the attribution ("Update: Rob Wells on adding JSON feed to his site:").</summary>
    [GeneratedRegex(@"^(?:(?:Update|Updated|Update\s+\d+|UPDATE|Addendum|Also|Previously|Related|Via)\s*:\s*)+", RegexOptions.CultureInvariant)]
    private static partial Regex AttributionLabel();

    /// <summary>A quotation's source given after it ("— Satya Nadella, in the keynote").</summary>
    [GeneratedRegex(@"^(?:[—―–]|-{1,2})\s*(?=\p{Lu})(?<who>[^.!?\n]{2,140})$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAttribution();

    /// <summary>
    /// The text's lines (as <see cref="SentenceSplitter.SplitByLine"/> gives them), each with the quotation it stands in,
    /// null for the author's own; null for all when no line is quoted, or when every line is (a feed that wraps each
    /// item's text in a blockquote quotes nobody).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="ownLead">Whether the text's first line, its colon made a stop, introduced the author's own words (<see cref="IntroducesOwnWords"/>).</param>
    private static List<(string Line, Quotation? Quote)>? QuotationsOf(string text, bool ownLead = false)
    {
        if (!text.StartsWith(HtmlText.QuoteMarker, StringComparison.Ordinal) && !text.Contains("\n" + HtmlText.QuoteMarker, StringComparison.Ordinal)) return null;
        var lines = SentenceSplitter.Lines(LostBreaks.Restore(text), SummaryChecker.IsCodeLine);
        var quoted = lines.Select(IsQuoted).ToList();
        if (!quoted.Contains(true) || !quoted.Contains(false)) return null;
        var result = new List<(string Line, Quotation? Quote)>(lines.Count);
        var block = -1;
        Quotation? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!quoted[i])
            {
                current = null;
                result.Add((lines[i], null));
                continue;
            }
            if (current is null)
            {
                var end = i;
                while (end < lines.Count && quoted[end]) end++;
                // The author introducing words of their own ("I’ve put off publishing it, but the time has come to say the quiet
                // part out loud:" over the post's thesis in a blockquote) sets them apart for emphasis; read as someone else's
                // quotation, the post's thesis counted less and its introduction was no sentence, and an opinion post went out
                // with no summary (held-out review 94, F5). Only where the introduction is the text's lead, a sentence once its
                // colon is a stop (WithStopAfterColonLead); elsewhere it is printed before the quotation, which says whose
                // words they are ("I just put the finishing touches on the abstract for my session: “...”").
                var own = i == 1 && ownLead;
                var attribution = own ? null : (i > 0 ? LeadingAttribution(lines[i - 1]) : null) ?? (end < lines.Count ? TrailingAttributionOf(lines[end]) : null);
                if ((i == 0 && attribution is null && IsAuthorsNote(lines.Take(end))) || (own && attribution is null && (end == lines.Count || TrailingAttributionOf(lines[end]) is null)))
                {
                    result.AddRange(lines.Take(end).Select(l => (l, (Quotation?)null)));
                    i = end - 1;
                    continue;
                }
                current = new Quotation(++block, attribution);
            }
            result.Add((lines[i], current));
        }
        return result;
    }

    /// <summary>
    /// Whether a block that opens the text, whose speaker it does not name, is the author's own note set as a quote: in the
    /// first person about the piece or its series ("This is the third post in a series I’m writing about a new Minimal Viable
    /// Product we’ve released at Voxgig ..."), a standfirst, not another writer's words (held-out review 63, F5: the post's only
    /// sentence on what it is about counted as an unattributed quotation). A statement quoted at the top ("We take the security
    /// of our customers seriously ...") speaks of no post and stays a quotation.
    /// </summary>
    private static bool IsAuthorsNote(IEnumerable<string> block)
        => string.Join(' ', block.Select(Unquoted)) is var note && FirstPerson().IsMatch(note) && OwnPiece().IsMatch(note);

    [GeneratedRegex(@"\b(?:I|(?i:we|my|our))(?:['’]\p{L}+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    /// <summary>
    /// The piece or its series, named as only its author names it: "a series I’m writing", "my newsletter", "in our series". Not
    /// "this post": a link blog's opening quote of another writer says it as often ("In this post I explain ...": review of
    /// session 39b, R8).
    /// </summary>
    [GeneratedRegex(@"\b(?:my|our)\s+(?:\w+\s+)?(?:post|article|series|essay|newsletter|blog)\b|\bseries\s+(?:I|we)(?:['’]\w+|\s+am|\s+are|\s+have)?\s+(?:am\s+|are\s+|been\s+)?(?:writing|wrote|written|running|doing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnPiece();

    /// <summary>
    /// Whether a line ending in ':' is the author introducing words of their own: its last sentence in the first person ("I",
    /// "I’ve"), naming no one else (no capitalised word but its first and "I", no possessive) and reporting no one's speech
    /// ("said", "wrote", "put it", "he", "she"). "Like Simon Willison, I enjoy Sivonen's distinction:" and "I love how Jane put
    /// it:" introduce another writer's words.
    /// </summary>
    private static bool IntroducesOwnWords(string line)
    {
        if (!line.EndsWith(':')) return false;
        var sentence = (SentenceSplitter.Split(line).LastOrDefault() ?? line).Trim();
        return OwnVoice().IsMatch(sentence) && !ReportedSpeech().IsMatch(sentence)
               && !OtherName().Matches(sentence).Any(m => m.Index > 0 && !(sentence[m.Index] == 'I' && (m.Index + 1 == sentence.Length || sentence[m.Index + 1] is ' ' or '\'' or '’')));
    }

    /// <summary>"I" as the subject: "I’ve", "I'm", "I put off".</summary>
    [GeneratedRegex(@"\bI(?:['’](?:ve|m|d|ll)\b|\s+\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex OwnVoice();

    [GeneratedRegex(@"\b(?:said|says|say\s+it|told|tells|wrote|writes|written|put\s+it|puts\s+it|explains?|explained|replied|replies|answered|asked|according|tweeted|posted|quoting|quote|quotes|reads?|via|he|she|his|her|him|they|their|them|from)\b|\p{L}['’]s\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"(?<![\p{L}'’])\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex OtherName();

    /// <summary>The quotation <paramref name="line"/> stands in, read on from <paramref name="at"/> (lines come in order).</summary>
    private static Quotation? QuotationOf(List<(string Line, Quotation? Quote)>? quotations, string line, ref int at)
    {
        if (quotations is null) return null;
        var from = at;
        while (at < quotations.Count && !string.Equals(quotations[at].Line, line, StringComparison.Ordinal)) at++;
        if (at == quotations.Count)
        {
            at = from;
            return IsQuoted(line) ? new Quotation(-1 - from, null) : null;
        }
        return quotations[at++].Quote;
    }

    private static bool IsQuoted(string line) => line.StartsWith(HtmlText.QuoteMarker, StringComparison.Ordinal);

    /// <summary>The line's last sentence where it ends in ':' and is short enough to name a speaker, without a note's label.</summary>
    private static string? LeadingAttribution(string line)
    {
        if (!line.EndsWith(':') || BulletedLine().IsMatch(line)) return null;
        var sentence = SentenceSplitter.Split(line).LastOrDefault() ?? line;
        sentence = sentence[AttributionLabel().Match(sentence).Length..].Trim();
        var words = Words.Count(sentence);
        return words is >= 2 and <= SummaryChecker.MaxAttributionWords && SummaryChecker.IsPrintableAttribution(sentence) ? Shortened(sentence) : null;
    }

    /// <summary>
    /// Words before a comma that open a comparison or a circumstance ("Like Simon Willison, I very much enjoy Sivonen's
    /// distinction ...:"): no speaker. Cut to them, the quotation was credited to Willison, whose words it was not
    /// (forty-second held-out review, F1).
    /// </summary>
    [GeneratedRegex(@"^(?:like|unlike|as|according\s+to|via|after|before|per(?!\s+(?-i:\p{Lu}))|thanks\s+to|in|on|at|for|from|with|without|when|while|if|although|though|because|since|once|unless|until|despite|besides|by|of|to|over|under|today|yesterday|here|there|now|so|but|and|or|also|still|yet|again)(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoSpeakerOpening();

    /// <summary>
    /// A long introduction cut to its speaker: "Katie Benner and Matt Apuzzo, reporting for the NYT on whether the FBI’s
    /// request ... will open the door to more such requests:" is "Katie Benner and Matt Apuzzo, reporting for the NYT:"
    /// (the words before the first comma and the clause after it, where that clause names the outlet), else the
    /// words before the first comma. A summary has room for the quotation, not for the whole introduction.
    /// </summary>
    /// <remarks>Null where the words before the comma name no speaker (<see cref="NoSpeakerOpening"/>): the quotation is then
    /// printed unattributed rather than credited to someone the introduction only compares the author with.</remarks>
    private static string? Shortened(string attribution)
    {
        if (attribution.Length <= MaxPrintedAttribution) return attribution;
        var comma = attribution.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || Words.Count(attribution[..comma]) > MaxSpeakerWords) return attribution;
        var speaker = attribution[..comma];
        if (NoSpeakerOpening().IsMatch(speaker)) return null;
        var role = SpeakerRole().Match(attribution, comma + 2);
        return (role.Success && comma + 2 + role.Length <= MaxPrintedAttribution ? speaker + ", " + role.Value.TrimEnd() : speaker) + ":";
    }

    /// <summary>The clause after a speaker's name that says for whom they write: "reporting for the NYT", "writing at Six Colors".</summary>
    [GeneratedRegex(@"\G(?:(?:reporting|writing|posting|speaking)\s+(?:for|at|in|on)|in\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:piece|column|post|essay|interview|review|report|statement|keynote|talk)\s+(?:for|at|in|on))\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerRole();

    /// <summary>An introduction longer than this is cut to its speaker (<see cref="Shortened"/>).</summary>
    private const int MaxPrintedAttribution = 80;

    /// <summary>More words before the first comma are no speaker's name.</summary>
    private const int MaxSpeakerWords = 6;

    private static string? TrailingAttributionOf(string line)
    {
        var match = TrailingAttribution().Match(line.Trim());
        if (!match.Success || Words.Count(match.Groups["who"].Value) > SummaryChecker.MaxAttributionWords / 2 || !SummaryChecker.IsPrintableAttribution(match.Groups["who"].Value)) return null;
        return match.Groups["who"].Value.Trim().TrimEnd(',', ';') + ":";
    }

    /// <summary>A sentence as written, without the quote mark its line opens with.</summary>
    private static string Unquoted(string sentence)
        => IsQuoted(sentence) ? sentence[HtmlText.QuoteMarker.Length..] : sentence;

    /// <summary>
    /// The chosen sentences as they are printed: a quotation's sentences in quotation marks, opened by its attribution
    /// once, with "…" where sentences of the quotation between two chosen ones are left out.
    /// </summary>
    private static List<(string Sentence, int Index)> Quoted(List<(string Sentence, int Index, Quotation? Quote)> chosen)
    {
        if (chosen.All(c => c.Quote is null)) return [.. chosen.Select(c => (c.Sentence, c.Index))];
        var printed = new List<(string Sentence, int Index)>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
        {
            var (sentence, index, quote) = chosen[i];
            if (quote is null)
            {
                printed.Add((sentence, index));
                continue;
            }
            var unquoted = WithoutOuterQuotes(sentence);
            // Whose words they are the text does not say: each sentence in its own marks, so that the summary's sentences
            // stay the reader's (and the checker's) sentences; one that opens on a quotation of its own ("“First I thought
            // it was a dolphin,” she said.") reads as quoted already.
            if (quote.Attribution is null)
            {
                printed.Add((ReferenceEquals(unquoted, sentence) && sentence[0] is '“' or '"' ? sentence : "“" + Nested(unquoted) + "”", index));
                continue;
            }
            sentence = Nested(unquoted);
            var opens = i == 0 || chosen[i - 1].Quote != quote;
            var closes = i == chosen.Count - 1 || chosen[i + 1].Quote != quote;
            var text = sentence;
            if (opens) text = quote.Attribution + " “" + text;
            if (!closes && chosen[i + 1].Index > index + 1) text += " …";
            if (closes) text += "”";
            printed.Add((text, index));
        }
        return printed;
    }

    /// <summary>
    /// A quoted sentence without the quotation marks the quoted text had already ("“As I write this, Peace has been the
    /// number one paid app ...”" in a blockquote): they are the ones the summary prints, not a second pair inside.
    /// </summary>
    private static string WithoutOuterQuotes(string sentence)
    {
        if (sentence.Length < 3 || sentence[0] is not ('“' or '"') || sentence[^1] is not ('”' or '"')) return sentence;
        var inner = sentence[1..^1];
        // "“A” and “B”": the marks are two quotations', not one around the sentence.
        var opens = inner.Count(c => c == '“');
        var closes = inner.Count(c => c == '”');
        return opens == closes && inner.IndexOf('”') >= inner.IndexOf('“') ? inner : sentence;
    }

    /// <summary>Quotation marks inside a quotation, as they nest: double within becomes single ("saying, ‘Hey, let’s ...’").</summary>
    private static string Nested(string sentence)
        => sentence.IndexOf('“') < 0 ? sentence : sentence.Replace('“', '‘').Replace('”', '’');

    /// <summary>How many sentences a reader counts in <paramref name="sentence"/> as printed: those of the quotation it is, or stands in.</summary>
    private static int PrintedSentences(string sentence, Quotation? quote)
        => quote is null ? SummaryChecker.SentenceCount(sentence) : Math.Max(1, SentenceSplitter.Split(WithoutOuterQuotes(sentence)).Count);

    /// <summary>How many characters printing a sentence of <paramref name="quote"/> adds: the attribution and marks, once a quotation.</summary>
    private static int QuotationLength(Quotation? quote, IEnumerable<Quotation?> already)
        => quote is null ? 0 : quote.Attribution is null || !already.Contains(quote) ? (quote.Attribution?.Length + 1 ?? 0) + 2 : 0;
}
