using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>
/// The analytics a run's rows add up to, counted one row at a time in any order: memory holds one counter per
/// distinct key (rules, languages, content types) and the selected stories. Ties list keys in the order the run's
/// items first showed them, so the summary does not depend on how the join was partitioned.
/// </summary>
public sealed class ArticleTallies
{
    private readonly OrderedCounts _dropReasons = new();
    private readonly OrderedCounts _languages = new();
    private readonly OrderedCounts _contentTypes = new();
    private readonly List<(long Ordinal, ArticleRow Row)> _selected = [];

    public int[] RelevanceHistogram { get; } = new int[10];
    public int[] QualityHistogram { get; } = new int[10];

    /// <param name="ordinal">The item's position in the run's stream of items.</param>
    public void Add(ArticleRow row, long ordinal)
    {
        if (row.Decision != Outcomes.Selected) _dropReasons.Add($"{row.DecisionStage}/{row.DecisionRule}", ordinal);
        else _selected.Add((ordinal, row));
        _languages.Add(row.Language ?? "und", ordinal);
        if (row.TechRelevanceScore is not { } relevance) return;
        _contentTypes.Add(row.ContentType ?? "other", ordinal);
        RelevanceHistogram[Bucket(relevance)]++;
        QualityHistogram[Bucket(row.QualityScore ?? 0)]++;
    }

    public IReadOnlyDictionary<string, int> DropReasons => _dropReasons.Ordered();
    public IReadOnlyDictionary<string, int> Languages => _languages.Ordered();
    public IReadOnlyDictionary<string, int> ContentTypes => _contentTypes.Ordered();

    /// <summary>The selected stories in the run's item order.</summary>
    public IReadOnlyList<ArticleRow> Selected => [.. _selected.OrderBy(s => s.Ordinal).Select(s => s.Row)];

    public IReadOnlyDictionary<string, int> Topics
        => Selected.SelectMany(a => a.Topics ?? []).GroupBy(t => t).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());

    private static int Bucket(double value) => Math.Clamp((int)value, 0, 9);

    /// <summary>Counts per key, listed by count and then by the first ordinal that showed the key.</summary>
    private sealed class OrderedCounts
    {
        private readonly Dictionary<string, (int Count, long First)> _counts = new(StringComparer.Ordinal);

        public void Add(string key, long ordinal)
        {
            var (count, first) = _counts.TryGetValue(key, out var seen) ? seen : (0, ordinal);
            _counts[key] = (count + 1, Math.Min(first, ordinal));
        }

        public IReadOnlyDictionary<string, int> Ordered()
            => _counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);
    }
}
