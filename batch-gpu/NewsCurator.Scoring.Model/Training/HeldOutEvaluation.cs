using System.Globalization;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>One scorer's scores of the held-out items, in their order.</summary>
public sealed record HeldOutScores(string Name, IReadOnlyList<ArticleScore> Scores);

/// <summary>
/// Scorers measured on labelled feeds that no training or tuning of the scorer saw (tests/fixtures/heldout): the
/// cross-validation's folds are other feeds of the kinds the labels hold, while these are kinds of feed the training
/// labels lack (podcasts, preprint servers, package registries ...). Every number is reported per kind as well as
/// pooled, and a difference between two scorers comes with a bootstrap over feeds, since items of one feed move together.
/// </summary>
public static class HeldOutEvaluation
{
    public const string LabelsFile = "labels.jsonl";

    /// <summary>
    /// The held-out items whose text is not among the training items (the same title and opening): a feed captured in
    /// both sets would measure memory, not generalisation. Returns the kept items and how many were left out.
    /// </summary>
    public static (List<LabeledItem> Kept, int Overlapping) WithoutTrainingItems(IReadOnlyList<LabeledItem> heldOut, IReadOnlyList<LabeledItem> training)
    {
        static string Key(Article a) => (a.Title.Trim() + "\n" + new string(a.Text.AsSpan(0, Math.Min(200, a.Text.Length)))).ToLowerInvariant();
        var seen = training.Select(t => Key(t.Article)).ToHashSet(StringComparer.Ordinal);
        var kept = heldOut.Where(h => !seen.Contains(Key(h.Article))).ToList();
        return (kept, heldOut.Count - kept.Count);
    }

    /// <summary>The kind of feed an item was captured as: the first segment of its feed's name (the review that found it).</summary>
    public static string KindOf(LabeledItem item) => item.Feed.Split('/')[0];

    /// <summary>The table: each scorer's pooled metrics, then relevance AUC and precision@10 per kind of feed.</summary>
    public static void Report(IReadOnlyList<LabeledItem> items, IReadOnlyList<HeldOutScores> scorers, int bootstrapSamples, int seed, TextWriter log)
    {
        var pooled = scorers.Select(s => Evaluator.Evaluate(items, s.Scores) with { Scorer = s.Name }).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out: {items.Count} items of {items.Select(i => i.Feed).Distinct().Count()} feeds, " +
            $"{items.Count(i => i.Relevance >= 2)} relevant (>= 2), {items.Count(i => i.IsAd)} ads"));
        log.WriteLine();
        log.WriteLine("| metric | " + string.Join(" | ", scorers.Select(s => s.Name)) + " |");
        log.WriteLine("|---|" + string.Concat(scorers.Select(_ => "---:|")));
        foreach (var key in pooled[0].Summary().Keys)
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key} | {string.Join(" | ", pooled.Select(e => e.Summary()[key].ToString("0.000", CultureInfo.InvariantCulture)))} |"));

        log.WriteLine();
        log.WriteLine("Per kind of feed: relevance AUC / editor's AUC / precision@10 (relevant, no ad, of the scorer's own top 10 of that kind).");
        log.WriteLine();
        var all = Enumerable.Range(0, items.Count).ToList();
        log.WriteLine("| kind | items | relevant | editor's | " + string.Join(" | ", scorers.Select(s => s.Name)) + " |");
        log.WriteLine("|---|---:|---:|---:|" + string.Concat(scorers.Select(_ => "---:|")));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {items.Count} | {items.Count(i => i.Relevance >= 2)} | {items.Count(Evaluator.IsEditorial)} | " +
            $"{string.Join(" | ", scorers.Select(s => string.Create(CultureInfo.InvariantCulture, $"{Auc(items, s.Scores, all):0.000} / {Evaluator.EditorialAuc(items, s.Scores, all):0.000} / {PrecisionAt(items, s.Scores, all, 10):0.00}")))} |"));
        foreach (var kind in items.Select(KindOf).Distinct().OrderBy(k => k, StringComparer.Ordinal))
        {
            var indices = Enumerable.Range(0, items.Count).Where(i => KindOf(items[i]) == kind).ToList();
            var cells = scorers.Select(s => string.Create(CultureInfo.InvariantCulture, $"{Auc(items, s.Scores, indices):0.000} / {Evaluator.EditorialAuc(items, s.Scores, indices):0.000} / {PrecisionAt(items, s.Scores, indices, 10):0.00}"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {indices.Count} | {indices.Count(i => items[i].Relevance >= 2)} | {indices.Count(i => Evaluator.IsEditorial(items[i]))} | {string.Join(" | ", cells)} |"));
        }

        if (scorers.Count < 2 || bootstrapSamples <= 0) return;
        log.WriteLine();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scorers[0].Name} minus each other scorer, relevance AUC and editor's AUC: the pooled difference and its 95% interval over {bootstrapSamples} resamples of the feeds."));
        log.WriteLine();
        foreach (var other in scorers.Skip(1))
        {
            var (difference, low, high) = AucDifference(items, scorers[0].Scores, other.Scores, Auc, bootstrapSamples, seed);
            var (editorial, editorialLow, editorialHigh) = AucDifference(items, scorers[0].Scores, other.Scores, Evaluator.EditorialAuc, bootstrapSamples, seed);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- {other.Name}: {difference:+0.000;-0.000} [{low:+0.000;-0.000}, {high:+0.000;-0.000}]; editor's {editorial:+0.000;-0.000} [{editorialLow:+0.000;-0.000}, {editorialHigh:+0.000;-0.000}]"));
        }
    }

    /// <summary>
    /// An AUC (<paramref name="auc"/>) of <paramref name="first"/> minus <paramref name="second"/>'s, with a percentile interval from
    /// resampling whole feeds with replacement (a feed's items are not independent draws).
    /// </summary>
    public static (double Difference, double Low, double High) AucDifference(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> first,
        IReadOnlyList<ArticleScore> second, Func<IReadOnlyList<LabeledItem>, IReadOnlyList<ArticleScore>, IReadOnlyList<int>, double> auc, int samples, int seed)
    {
        var all = Enumerable.Range(0, items.Count).ToList();
        var difference = auc(items, first, all) - auc(items, second, all);
        var feeds = all.GroupBy(i => items[i].Feed).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var random = new Random(seed);
        var differences = new List<double>(samples);
        for (var s = 0; s < samples; s++)
        {
            var drawn = new List<int>();
            for (var f = 0; f < feeds.Count; f++) drawn.AddRange(feeds[random.Next(feeds.Count)]);
            var a = auc(items, first, drawn);
            var b = auc(items, second, drawn);
            if (!double.IsNaN(a) && !double.IsNaN(b)) differences.Add(a - b);
        }
        if (differences.Count == 0) return (difference, double.NaN, double.NaN);
        differences.Sort();
        return (difference, Percentile(differences, 0.025), Percentile(differences, 0.975));
    }

    /// <summary>Relevance (>= 2) AUC over the items at <paramref name="indices"/>; NaN where they hold one class only.</summary>
    public static double Auc(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores, IReadOnlyList<int> indices)
        => Metrics.RocAuc(indices.Select(i => items[i].Relevance >= 2).ToList(), indices.Select(i => scores[i].TechRelevanceScore).ToList());

    /// <summary>Of the scorer's own top <paramref name="count"/> (<see cref="Evaluator.TopPicks"/>) among the items at <paramref name="indices"/>, the share relevant and no ad.</summary>
    public static double PrecisionAt(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores, IReadOnlyList<int> indices, int count)
    {
        var labelled = indices.ToDictionary(i => scores[i].Id, i => items[i], StringComparer.Ordinal);
        var top = Evaluator.TopPicks(indices.Select(i => scores[i]), count).Select(s => labelled[s.Id]).ToList();
        return top.Count == 0 ? double.NaN : top.Count(i => i.Relevance >= 2 && !i.IsAd) / (double)top.Count;
    }

    /// <summary>Every item's labels beside each scorer's scores, one JSON object a line: what an analyst reads to see why a number moved.</summary>
    public static void WriteScores(string path, IReadOnlyList<LabeledItem> items, IReadOnlyList<HeldOutScores> scorers)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var line = new Dictionary<string, object>
            {
                ["id"] = item.Article.Id, ["kind"] = KindOf(item), ["feed"] = item.Feed, ["title"] = item.Article.Title,
                ["label"] = new { relevance = item.Relevance, quality = item.Quality, type = item.ContentType, is_ad = item.IsAd, lang = item.Language, editorial = Evaluator.IsEditorial(item) },
                ["scores"] = scorers.ToDictionary(s => s.Name, s => (object)new
                {
                    relevance = Math.Round(s.Scores[i].TechRelevanceScore, 2), quality = Math.Round(s.Scores[i].QualityScore, 2),
                    type = s.Scores[i].ContentType, ad = Math.Round(s.Scores[i].AdProbability, 4),
                }),
            };
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(line));
        }
    }

    private static double Percentile(List<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
