namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// K folds over feeds, never over items: every item of a feed lands in the same fold, so each
/// validation fold measures sources its model never saw. Feeds are shuffled (seeded) and dealt
/// to the fold with the fewest items, which keeps folds of similar size.
/// </summary>
public static class GroupedFolds
{
    public static List<(List<T> Train, List<T> Validation)> ByFeed<T>(IReadOnlyList<T> items, Func<T, string> feed, int folds, int seed)
    {
        var random = new Random(seed);
        var feeds = items.GroupBy(feed).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Count: g.Count()))
            .OrderBy(_ => random.Next()).ToList();
        var sizes = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, count) in feeds.OrderByDescending(f => f.Count))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            foldOf[name] = smallest;
            sizes[smallest] += count;
        }
        return Enumerable.Range(0, folds)
            .Select(k => (items.Where(i => foldOf[feed(i)] != k).ToList(), items.Where(i => foldOf[feed(i)] == k).ToList()))
            .ToList();
    }
}
