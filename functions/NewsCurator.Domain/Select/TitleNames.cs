namespace NewsCurator.Select;

/// <summary>
/// How many of one run's titles use each word, and the rare words two titles share: the names of an event ("SonicWall",
/// "SMA", "100") rather than a topic's common words. A word is rare where at most <see cref="MinRare"/> titles, or
/// <see cref="RareShare"/> of them in a larger run, use it.
/// </summary>
internal sealed partial class TitleNames
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

    /// <summary>
    /// A title's words that are names, lower-cased: a word with a capital or a digit, whole as written ("GPT-5", "SMA", "100",
    /// "SonicWall"), never a function word. In a title in sentence case only such words count, its first word only with a
    /// capital inside or a digit ("SonicWall", not "Microsoft fixes ..."): "fixes", "actively", "exploited" are no names,
    /// and two vendors' zero-days of one Patch Tuesday were merged on them (review 32b, R1; "GPT-5" counted as two names, R2).
    /// In a title in title case every capitalised word may be a name: rarity and the other title decide.
    /// </summary>
    private static HashSet<string> Names(string title)
    {
        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Possessive().Replace(w.Trim(Edge), "")).Where(w => w.Length > 0).ToList();
        var lettered = words.Where(w => char.IsLetter(w[0]) && !Words.Function.Contains(w.ToLowerInvariant())).ToList();
        var titleCase = lettered.Count >= 3 && lettered.Count(w => char.IsUpper(w[0])) >= 0.8 * lettered.Count;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            if (Words.Function.Contains(lower) || (lower.Length < 2 && !char.IsDigit(word[0]))) continue;
            var digit = word.Any(char.IsDigit);
            var innerCapital = word.Skip(1).Any(char.IsUpper);
            var name = digit || innerCapital || (char.IsUpper(word[0]) && (titleCase || i > 0));
            if (name) names.Add(lower);
        }
        return names;
    }

    private static readonly char[] Edge = ['"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', '.', ':', ';', '!', '?', '—', '–', '-', '|', '«', '»'];

    [System.Text.RegularExpressions.GeneratedRegex(@"['’]s$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Possessive();
}
