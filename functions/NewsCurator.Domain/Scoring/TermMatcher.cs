namespace NewsCurator.Scoring;

/// <summary>Counts whole-word (and whole-phrase) occurrences of lexicon terms in a token list.</summary>
internal static class TermMatcher
{
    public static Dictionary<string, int> Count(IReadOnlyList<string> tokens, IEnumerable<string> terms)
    {
        var index = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var parts = Words.Tokenize(term).ToArray();
            if (parts.Length == 0) continue;
            if (!index.TryGetValue(parts[0], out var list)) index[parts[0]] = list = [];
            list.Add(parts);
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!index.TryGetValue(tokens[i], out var candidates)) continue;
            foreach (var parts in candidates)
            {
                if (i + parts.Length > tokens.Count) continue;
                var match = true;
                for (var j = 1; j < parts.Length && match; j++) match = tokens[i + j] == parts[j];
                if (!match) continue;
                var key = string.Join(' ', parts);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }
}
