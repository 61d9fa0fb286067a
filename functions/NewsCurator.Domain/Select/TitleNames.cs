namespace NewsCurator.Select;

/// <summary>
/// How many of one run's titles use each word, and the rare words two titles share: the names of an event ("SonicWall",
/// "SMA", "100") rather than a topic's common words. A word is rare where at most <see cref="MinRare"/> titles, or
/// <see cref="RareShare"/> of them in a larger run, use it.
/// </summary>
internal sealed class TitleNames
{
    private const int MinRare = 5;
    private const double RareShare = 0.02;

    /// <summary>Words counted at most: a run of a million items keeps its tally bounded (new words past it count as rare).</summary>
    private const int MaxWords = 200_000;

    private readonly Dictionary<string, int> _titlesUsing = new(StringComparer.Ordinal);
    private int _titles;

    public void Add(string title)
    {
        _titles++;
        foreach (var word in Names(title))
            if (_titlesUsing.ContainsKey(word) || _titlesUsing.Count < MaxWords) _titlesUsing[word] = _titlesUsing.GetValueOrDefault(word) + 1;
    }

    /// <summary>The rare words both titles use, as the first writes them ("SonicWall").</summary>
    public List<string> Shared(string a, string b)
    {
        var limit = Math.Max(MinRare, (int)(RareShare * _titles));
        var other = Names(b);
        return Names(a).Where(w => other.Contains(w) && _titlesUsing.GetValueOrDefault(w) <= limit).Select(w => AsWritten(a, w)).ToList();
    }

    private static string AsWritten(string title, string word)
    {
        var at = title.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? title.Substring(at, word.Length) : word;
    }

    /// <summary>A title's words that may name something: three letters or more, or a number, never a function word.</summary>
    private static HashSet<string> Names(string title)
        => Words.Tokenize(title).Where(w => (w.Length >= 3 || w.Any(char.IsAsciiDigit)) && !Words.Function.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
