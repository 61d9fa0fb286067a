using System.Text.RegularExpressions;

namespace NewsCurator.Enhance;

/// <summary>
/// Extractive summary: split into sentences, score each by the frequency of its content words
/// across the text (plus a lead bonus: news puts the point first), keep the best few in their
/// original order. It never invents a word the author did not write.
/// </summary>
public static partial class Summarizer
{
    private const int MaxSentenceLength = 320;
    private const int MaxSummaryLength = 420;

    [GeneratedRegex(@"(?<=[.!?…])[""'”’)\]]*\s+(?=[\p{Lu}\p{N}""'“‘(\[])|\n+")]
    private static partial Regex SentenceBreak();

    private static readonly HashSet<string> Stop = new(
        "a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those i you he she we they them his her our their my your not no so than then there here what which who whom how when where why all any each more most some such can could will would should may might must do does did has have had about into over after before also just very".Split(' '),
        StringComparer.Ordinal);

    public static List<string> Sentences(string text)
        => SentenceBreak().Split(text)
            .Select(s => s.Trim())
            // A fragment that starts in lower case is the tail of a sentence an inline break cut: not summary material.
            .Where(s => s.Length >= 25 && s.Count(char.IsLetter) >= 15 && !char.IsLower(s[0]))
            .ToList();

    public static string Summarize(string title, string text, int maxSentences)
    {
        var sentences = Sentences(text);
        if (sentences.Count == 0) return Words.Truncate(text.Replace('\n', ' '), MaxSentenceLength);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in Words.Tokenize(title + " " + text))
            if (!Stop.Contains(token) && token.Length > 2) frequencies[token] = frequencies.GetValueOrDefault(token) + 1;
        var titleWords = Words.Tokenize(title).Where(t => !Stop.Contains(t)).ToHashSet();

        var ranked = sentences.Select((sentence, index) =>
        {
            var tokens = Words.Tokenize(sentence).Where(t => !Stop.Contains(t) && t.Length > 2).ToList();
            var weight = tokens.Count == 0 ? 0 : tokens.Sum(t => Math.Log(1 + frequencies.GetValueOrDefault(t))) / Math.Sqrt(tokens.Count);
            weight += tokens.Count(titleWords.Contains) * 0.5;
            weight *= index == 0 ? 1.6 : index < 3 ? 1.2 : 1.0;
            if (sentence.EndsWith('?')) weight *= 0.6;
            return (Sentence: sentence, Index: index, Weight: weight);
        })
        .OrderByDescending(s => s.Weight)
        .Select(s => s with { Sentence = s.Sentence.Length > MaxSentenceLength ? Words.Truncate(s.Sentence, MaxSentenceLength) : s.Sentence })
        .ToList();
        // Short enough to read at a glance: the two best sentences always, more only while under the budget.
        var chosen = new List<(string Sentence, int Index, double Weight)>();
        var length = 0;
        foreach (var candidate in ranked)
        {
            if (chosen.Count >= maxSentences) break;
            if (chosen.Count >= 2 && length + candidate.Sentence.Length > MaxSummaryLength) continue;
            chosen.Add(candidate);
            length += candidate.Sentence.Length + 1;
        }
        return string.Join(' ', chosen.OrderBy(s => s.Index).Select(s => s.Sentence)).Replace('\n', ' ');
    }
}
