namespace NewsCurator.Scoring;

/// <summary>
/// Counts whole-word (and whole-phrase) occurrences of lexicon terms in a token list, keyed by the
/// term as the lexicon writes it ("fine-tuning", not its tokens "fine tuning"), so callers can look
/// the term up again.
/// </summary>
internal static class TermMatcher
{
    public static Dictionary<string, int> Count(IReadOnlyList<string> tokens, IEnumerable<string> terms)
    {
        var index = new Dictionary<string, List<(string Term, string[] Parts)>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var parts = Words.Tokenize(term).ToArray();
            if (parts.Length == 0) continue;
            if (!index.TryGetValue(parts[0], out var list)) index[parts[0]] = list = [];
            list.Add((term, parts));
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!index.TryGetValue(tokens[i], out var candidates)) continue;
            foreach (var (term, parts) in candidates)
            {
                if (i + parts.Length > tokens.Count) continue;
                var match = true;
                for (var j = 1; j < parts.Length && match; j++) match = tokens[i + j] == parts[j];
                if (!match) continue;
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }
        return counts;
    }
}
