using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>Where a summary came from, and why when it is not the article's own best sentences.</summary>
public sealed record SummaryResult(string Text, string Source, string? Note);

public static class SummarySources
{
    /// <summary>Two or more of the article's own complete sentences.</summary>
    public const string Extractive = "extractive";
    /// <summary>The article has fewer than two usable sentences; its one good sentence stands alone.</summary>
    public const string SingleSentence = "single_sentence";
    /// <summary>The feed's own description of the item (its summary element) stands in.</summary>
    public const string FeedDescription = "feed_description";
    /// <summary>Nothing reads as a sentence: the preview (first characters) stands in.</summary>
    public const string Preview = "preview";
    /// <summary>Written by the configured LLM and checked against the article.</summary>
    public const string Llm = "llm";
}

/// <summary>
/// Extractive summary: split into sentences, keep only those an editor would print (see
/// <see cref="SummaryChecker.CheckSentence"/>), score each by the frequency of its content words
/// across the text (plus a lead bonus: news puts the point first), keep the best few in their
/// original order. It never invents a word the author did not write.
/// </summary>
public static partial class Summarizer
{
    private const int MaxSummaryLength = 420;

    private static readonly IReadOnlySet<string> Stop = Words.Function;

    /// <summary>Words that tie a sentence to the one before it: such a sentence reads badly on its own.</summary>
    private static readonly HashSet<string> Connectives = new(
        "but and so also however therefore thus then or yet still instead meanwhile besides otherwise hence moreover furthermore".Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// Words that, opening a sentence, point back at something the sentence before said ("It
    /// supports...", "These are...", "Both functions..."): out of its place the reader cannot tell what.
    /// </summary>
    private static readonly HashSet<string> BackReferences = new(
        "it its they their them he his she her this these those that both such".Split(' '),
        StringComparer.Ordinal);

    /// <summary>Openings of more than one word that point back the same way ("As mentioned above, ...", "In this case ...").</summary>
    private static readonly string[] BackReferencePhrases =
        ["as mentioned", "as noted", "as described", "as discussed", "as shown", "as explained", "as such", "in this case", "in that case",
         "in other words", "on the other hand", "for that", "for this reason", "the former", "the latter", "the same goes",
         "to wit", "one of the other", "another of the", "the other one", "the rest of them"];

    /// <summary>Whether a sentence reads as the continuation of the one before it (see <see cref="LeansOnThePrevious"/>).</summary>
    [GeneratedRegex(@"^[\p{P}\s]*(?:(?<aside>\p{L}+ly|now|plus|here|there|again|instead|still|first|second|third|next|later|otherwise|anyway),|(?<word>\p{L}+)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    /// <summary>
    /// "these apps", "those requirements" inside a sentence: the things were named before it. Not "these
    /// days", a number ("these 13 plugins" are listed after) or a noun the sentence itself names first, and not
    /// "those who/of/with..." (the people the rest of the sentence describes).
    /// </summary>
    [GeneratedRegex(@"\b(?:these|those)\s+(?<noun>\p{Ll}[\p{Ll}-]+)\b(?!\s+(?:who|whom|whose|which|that|of|with|in|from|you|we|I)\b)(?<more>(?:\s+\p{Ll}[\p{Ll}-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex DemonstrativeNoun();

    /// <summary>Words after "these"/"those" that name nothing back ("these days", "freshen those up", "those still
    /// fighting"); function words (<see cref="Stop"/>: "those on the left", "these have") are skipped too.</summary>
    private static readonly HashSet<string> NotPointing = new(
        "days up out down still already".Split(' '), StringComparer.Ordinal);

    /// <summary>
    /// "can feel like this at times", "challenges such as this": "like this"/"like that"/"such as this" as the thing
    /// itself, at the sentence's end or before a function word. Not "like this year" (it names what it means)
    /// nor "I like that the name..." (the verb and a clause).
    /// </summary>
    [GeneratedRegex(@"\b(?:like|such\s+as)\s+(?:this|that)\b(?=\s*(?:[.,;:!?)”""]|$|(?:at|in|on|for|with|to|before|again|too|anymore|is|was|will|would|can|could|happens|happened|every|all|sometimes)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LikeThis();

    /// <summary>
    /// "the above", "the below message", "as shown", "see below", "below:": a figure, a list or a passage the summary
    /// leaves out; "from the download page", "check out the manual section": link text whose link the summary drops.
    /// </summary>
    [GeneratedRegex(@"\bthe\s+(?:above|below)\b|\bas\s+shown\b|\b(?:see|shown|listed|pictured|described|mentioned|outlined|noted)\s+(?:above|below)\b|\bbelow:|\b(?:from|on|at|visit|see)\s+the\s+(?:download|project|release|downloads)\s+page\b|\bcheck\s+out\s+the\s+(?:\w+\s+){0,3}(?:section|page|docs|documentation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsElsewhere();

    /// <summary>
    /// Whether a sentence points, anywhere in it, at something the text said or showed before it or around it
    /// ("can feel like this at times" under an image, "developers now can address those requirements"): on its
    /// own in a summary the reader cannot tell what. Openings are <see cref="LeansOnThePrevious"/>'s. The
    /// title stands above every summary, so "these tests" under "Flaky tests at Google" points at nothing missing.
    /// </summary>
    public static bool PointsBack(string sentence, string? title = null)
    {
        if (LikeThis().IsMatch(sentence) || PointsElsewhere().IsMatch(sentence)) return true;
        foreach (Match m in DemonstrativeNoun().Matches(sentence))
        {
            var noun = m.Groups["noun"].Value;
            // "those calling for a boycott", "those looking for work": people the sentence goes on to describe.
            if (NotPointing.Contains(noun) || Stop.Contains(noun) || (m.Value.StartsWith("those", StringComparison.Ordinal) && noun.EndsWith("ing", StringComparison.Ordinal))) continue;
            // "Apps like Slack and Teams ... these apps", "Upcoming changes to AdWords policy names" over "these
            // recently announced policy changes": the sentence or the title names them itself.
            var before = sentence[..m.Index];
            var named = (noun + m.Groups["more"].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.TrimEnd('s'))
                .Any(stem => stem.Length >= 3 && (before.Contains(stem, StringComparison.OrdinalIgnoreCase) || (title?.Contains(stem, StringComparison.OrdinalIgnoreCase) ?? false)));
            if (!named) return true;
        }
        return false;
    }

    /// <summary>
    /// A sentence that opens with a connective ("But", "So"), a back-reference ("It", "These", "Both")
    /// or a linking aside ("Now,", "Conveniently,", "Finally,"), or that points back inside it (see
    /// <see cref="PointsBack"/>): it continues the sentence before it and reads badly in a summary without it.
    /// </summary>
    public static bool LeansOnThePrevious(string sentence, string? title = null) => OpensLeaning(sentence) || PointsBack(sentence, title);

    private static bool OpensLeaning(string sentence)
    {
        var start = sentence.AsSpan().TrimStart();
        foreach (var phrase in BackReferencePhrases)
            if (start.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (start.Length == phrase.Length || !char.IsLetter(start[phrase.Length]))) return true;
        var opening = Opening().Match(sentence);
        if (!opening.Success) return false;
        if (opening.Groups["aside"].Success) return true;
        var word = opening.Groups["word"].Value.ToLowerInvariant();
        return Connectives.Contains(word) || BackReferences.Contains(word);
    }

    // A lone '.' before a lower-case word is no sentence's end but a path or an argument ("run pip install . to
    // build", "cp a.txt ."): its space stays.
    [GeneratedRegex(@"[ \t]+([,;:!?]|\.(?=\s*$|\s+[^\p{Ll}\s]))(?=\s|$)")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"[ \t]+([)\]])|([(\[])[ \t]+")]
    private static partial Regex SpaceInsideBrackets();

    /// <summary>The sentences of a text that could stand in a summary, in their original order.</summary>
    public static List<string> Sentences(string text, string? language = null)
        => Usable(text, language).Select(s => s.Sentence).ToList();

    /// <summary>
    /// The sentences that could stand in a summary, each with its position among all the text's
    /// sentences as written: the lead is the text's first sentence even when a checker rejected it (a
    /// byline, a code line), and a sentence that leans on a rejected one has nothing to lean on.
    /// </summary>
    private static IEnumerable<(string Sentence, int Position)> Usable(string text, string? language)
        => SentenceSplitter.SplitByLine(Tidy(text))
            .Select((s, position) => (s.Sentence, s.Line, Position: position))
            .Where(s => !CodeComment().IsMatch(s.Line) && SummaryChecker.CheckSentence(s.Sentence) is null && SummaryChecker.OtherLanguage(s.Sentence, language) is null)
            .Select(s => (s.Sentence, s.Position));

    /// <summary>
    /// A line of a code listing's comment ("# Typically it references common-auth.", "// TODO"): prose in
    /// form, so no code check catches its sentences, but the program's words, not the article's.
    /// </summary>
    [GeneratedRegex(@"^(?:#!|#+\s|//|/\*|;;|--\s|<!--)")]
    private static partial Regex CodeComment();

    /// <summary>Spacing that plain-text sources leave around punctuation ("word , word", "( x )").</summary>
    public static string Tidy(string text)
        => SpaceInsideBrackets().Replace(SpaceBeforePunctuation().Replace(text, "$1"), m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);

    public static string Summarize(string title, string text, int maxSentences)
        => Summarize(title, text, null, Words.Truncate(text.Replace('\n', ' '), 200), maxSentences, null).Text;

    /// <summary>
    /// The article's best 2..maxSentences sentences; when it has fewer than two, the feed's own
    /// description, then its single good sentence, then the preview stand in, and the note says which and why.
    /// </summary>
    public static SummaryResult Summarize(string title, string text, string? description, string preview, int maxSentences, string? language)
    {
        var wanted = Math.Min(2, maxSentences);
        var picked = Pick(title, Lede.Of(title, text), maxSentences, language);
        var chosen = picked.Select(s => s.Sentence).ToList();
        // Short sentences can each pass for the article's language and still read as another together
        // (show notes: "A A A A Very Good Song lives on?" ...): such a summary is no summary.
        var foreign = chosen.Count >= wanted && SummaryChecker.OtherLanguage(string.Join(' ', chosen), language) is not null;
        if (chosen.Count >= wanted && !foreign) return new(string.Join(' ', chosen), SummarySources.Extractive, null);
        if (foreign) chosen = [];

        var why = foreign ? "its best sentences together do not read as the article's language"
            : chosen.Count == 0 ? "the text has no complete sentence a summary can use" : "the text has only one complete sentence a summary can use";
        if (description is { Length: > 0 } && Sentences(description, language).Take(maxSentences).ToList() is { Count: > 0 } described
            && SummaryChecker.Normalize(string.Concat(described)) != SummaryChecker.Normalize(string.Concat(chosen)))
            return new(string.Join(' ', described), SummarySources.FeedDescription, $"summary: the feed's description stands in ({why})");
        // One sentence from inside the text that opens on "He cites..." or "These..." tells a reader less than the
        // preview does; the text's first sentence may open on "It" (the title says what).
        if (chosen.Count == 1 && !chosen[0].EndsWith('?') && (picked[0].Index == 0 || !LeansOnThePrevious(chosen[0], title)))
            return new(chosen[0], SummarySources.SingleSentence, $"summary: one sentence ({why})");
        return new(preview, SummarySources.Preview, $"summary: the preview stands in ({why}, and the feed gives no usable description)");
    }

    private static List<(string Sentence, int Index)> Pick(string title, string text, int maxSentences, string? language)
    {
        var sentences = Usable(text, language).ToList();
        if (sentences.Count == 0) return [];
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Words.Tokenize(title + " " + text))
            if (!Stop.Contains(token) && token.Length > 2) frequencies[token] = frequencies.GetValueOrDefault(token) + 1;
        var titleWords = Words.Tokenize(title).Where(t => !Stop.Contains(t)).ToHashSet();

        var ranked = sentences.Select(s =>
        {
            var (sentence, index) = s;
            var tokens = Words.Tokenize(sentence).Where(t => !Stop.Contains(t) && t.Length > 2).ToList();
            var weight = tokens.Count == 0 ? 0 : tokens.Sum(t => Math.Log(1 + frequencies.GetValueOrDefault(t))) / Math.Sqrt(tokens.Count);
            weight += tokens.Count(titleWords.Contains) * 0.5;
            weight *= index == 0 ? 1.6 : index < 3 ? 1.2 : 1.0;
            if (sentence.EndsWith('?')) weight *= 0.4; // a question asks; a summary should tell
            // The first sentence may open with "It" or "This" (the title says what), but "like this" or "the
            // above" there points at an image or a figure the summary will not show.
            var leans = index > 0 ? LeansOnThePrevious(sentence, title) : PointsBack(sentence, title);
            if (leans) weight *= 0.5;
            if (sentence.Length > 220) weight *= 220.0 / sentence.Length; // long sentences crowd out the rest
            return (Sentence: sentence, Index: index, Leans: leans, Weight: weight);
        })
        .OrderByDescending(s => s.Weight)
        .ToList();

        // A sentence that leans on the one before it goes in only right after it; when that leaves too
        // few sentences for a summary, a second pass takes them anyway (better than no summary).
        var chosen = Choose(title, ranked, maxSentences, standalone: true);
        if (chosen.Count < Math.Min(2, maxSentences))
        {
            chosen = Choose(title, ranked, maxSentences, standalone: false);
            // Never open on one that leans on a sentence left out ("This is a bypass of..."): the sentences after it
            // may still make a summary, else the stand-ins do.
            var leaning = ranked.Where(r => r.Leans).Select(r => r.Index).ToHashSet();
            while (chosen.Count > 0 && chosen.MinBy(c => c.Index) is var opening && leaning.Contains(opening.Index)) chosen.Remove(opening);
        }
        return [.. chosen.OrderBy(s => s.Index)];
    }

    private static List<(string Sentence, int Index)> Choose(string title, List<(string Sentence, int Index, bool Leans, double Weight)> ranked, int maxSentences, bool standalone)
    {
        // Short enough to read at a glance: the two best sentences always, more only while under the budget.
        var seen = new HashSet<string>(StringComparer.Ordinal) { SummaryChecker.Normalize(title) };
        var chosen = new List<(string Sentence, int Index)>();
        var length = 0;
        foreach (var candidate in ranked)
        {
            if (chosen.Count >= maxSentences) break;
            if (chosen.Count >= 2 && length + candidate.Sentence.Length > MaxSummaryLength) continue;
            if (standalone && candidate.Leans && !chosen.Any(c => c.Index == candidate.Index - 1)) continue;
            if (!seen.Add(SummaryChecker.Normalize(candidate.Sentence))) continue;
            // One question may set up a summary; a string of them tells the reader nothing.
            if (candidate.Sentence.EndsWith('?') && chosen.Any(c => c.Sentence.EndsWith('?'))) continue;
            chosen.Add((candidate.Sentence, candidate.Index));
            length += candidate.Sentence.Length + 1;
        }
        return chosen;
    }
}
