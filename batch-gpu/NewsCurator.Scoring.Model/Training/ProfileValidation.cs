using System.Globalization;
using NewsCurator.Configuration;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// How the config's editorial profile sorts the labelled English items: each item's best cosine to an
/// interest, by relevance label, and what a profile.min_similarity floor costs (relevant items lost) and
/// gains (unrelated items kept out). The floor is read off one half of the feeds (the cosine below which
/// 2 % of its relevant items lie) and reported on the other, so no number is from the items it was chosen on.
/// </summary>
public static class ProfileValidation
{
    /// <summary>The share of relevant items a chosen floor may lose on the half it is read from.</summary>
    public const double RelevantLossBudget = 0.02;

    public static void Run(IReadOnlyList<LabeledItem> items, EmbeddingTable table, ProfileConfig profile, ISentenceEncoder encoder, WordPieceTokenizer tokenizer,
        int seed, TextWriter log)
    {
        var anchors = EditorialAnchors.Embed(EditorialAnchors.Groups(profile), encoder, tokenizer);
        var rows = items.Where(i => i.Language == "en" && table.Items.ContainsKey(i.Article.Id))
            .Select(i => (Item: i, Best: anchors.Similarities(table.Items[i.Article.Id].Body).Values.Max())).ToList();
        log.WriteLine($"validate-profile: {rows.Count} English items of {rows.Select(r => r.Item.Feed).Distinct().Count()} feeds; interests {string.Join(", ", profile.Interests.Select(i => i.Name))}");
        var (relevantBest, unrelatedBest) = (rows.Where(r => r.Item.Relevance >= 2).Select(r => r.Best).ToList(), rows.Where(r => r.Item.Relevance == 0).Select(r => r.Best).ToList());
        var auc = relevantBest.Sum(p => unrelatedBest.Count(n => n < p) + 0.5 * unrelatedBest.Count(n => n == p)) / ((double)relevantBest.Count * unrelatedBest.Count);
        log.WriteLine($"  best-interest cosine, relevant (>= 2) against unrelated (0): AUC {auc:0.000}");
        foreach (var relevance in Enumerable.Range(0, 4))
        {
            var best = rows.Where(r => r.Item.Relevance == relevance).Select(r => r.Best).Order().ToList();
            log.WriteLine($"  relevance {relevance}: {best.Count,4} items, best-interest cosine p2 {At(best, 0.02)} p10 {At(best, 0.10)} p25 {At(best, 0.25)} median {At(best, 0.5)}");
        }
        log.WriteLine("fixed floors (all items): relevant (>= 2) lost | relevant and quality >= 3 lost | unrelated (0) kept out | tangential (1) kept out");
        foreach (var floor in new[] { 0.05, 0.10, 0.15, 0.20, 0.25, 0.30 })
            log.WriteLine($"  {floor:0.00}: {Line(rows, floor)}");
        var halves = GroupedFolds.ByFeed(rows, r => r.Item.Feed, 2, seed);
        for (var half = 0; half < halves.Count; half++)
        {
            var (chosenOn, reportedOn) = halves[half];
            var relevant = chosenOn.Where(r => r.Item.Relevance >= 2).Select(r => r.Best).Order().ToList();
            var floor = Math.Floor(relevant[(int)(RelevantLossBudget * relevant.Count)] * 100) / 100;
            log.WriteLine($"feed half {half + 1}: floor {floor:0.00} (read off the other half's relevant items, {RelevantLossBudget:P0} below); here: {Line(reportedOn, floor)}");
        }
        RankReport(items, table, profile, anchors, anchors.Backgrounds(NeutralReference.Texts, encoder, tokenizer), log);
    }

    /// <summary>
    /// Select's profile points (rank_weight x weight x cosine, best interest) paid on the raw cosine and above each interest's
    /// background (<see cref="EditorialAnchors.Backgrounds"/> over <see cref="NeutralReference"/>, as the scorer measures it
    /// at start-up; held-out review 85, F2): each interest's background beside its median cosine over the unrelated labelled
    /// items, how well the points sort relevant from unrelated items, the points at the current rank_weight by label, and
    /// the rank_weight at which the subtracted points keep the raw ones' median lift of a relevant item over an unrelated one.
    /// </summary>
    public static void RankReport(IReadOnlyList<LabeledItem> items, EmbeddingTable table, ProfileConfig profile, EditorialAnchors anchors,
        IReadOnlyDictionary<string, double> backgrounds, TextWriter log)
    {
        var rows = items.Where(i => i.Language == "en" && table.Items.ContainsKey(i.Article.Id))
            .Select(i => (Item: i, Cosines: anchors.Similarities(table.Items[i.Article.Id].Body))).ToList();
        log.WriteLine("interest backgrounds: neutral reference median | unrelated (0) labelled items median cosine | relevant (>= 2) median");
        foreach (var interest in profile.Interests)
        {
            var unrelated = rows.Where(r => r.Item.Relevance == 0).Select(r => r.Cosines[interest.Name]).Order().ToList();
            var relevant = rows.Where(r => r.Item.Relevance >= 2).Select(r => r.Cosines[interest.Name]).Order().ToList();
            log.WriteLine($"  {interest.Name} (weight {interest.Weight:0.0#}): {backgrounds.GetValueOrDefault(interest.Name):0.000} | {At(unrelated, 0.5)} | {At(relevant, 0.5)}");
        }
        double Points(IReadOnlyDictionary<string, double> cosines, bool subtract)
            => profile.Interests.Max(i => i.Weight * Math.Max(0, cosines[i.Name] - (subtract ? backgrounds.GetValueOrDefault(i.Name) : 0)));
        var gaps = new List<double>();
        foreach (var subtract in new[] { false, true })
        {
            var (relevant, unrelated) = (rows.Where(r => r.Item.Relevance >= 2).Select(r => Points(r.Cosines, subtract)).Order().ToList(),
                rows.Where(r => r.Item.Relevance == 0).Select(r => Points(r.Cosines, subtract)).Order().ToList());
            var auc = relevant.Sum(p => unrelated.Count(n => n < p) + 0.5 * unrelated.Count(n => n == p)) / ((double)relevant.Count * unrelated.Count);
            var tangential = rows.Where(r => r.Item.Relevance == 1).Select(r => Points(r.Cosines, subtract)).Order().ToList();
            string Median(List<double> sorted) => (profile.RankWeight * sorted[sorted.Count / 2]).ToString("0.00", CultureInfo.InvariantCulture);
            gaps.Add(relevant[relevant.Count / 2] - unrelated[unrelated.Count / 2]);
            log.WriteLine($"  points {(subtract ? "above the background" : "on the raw cosine")}: AUC relevant vs unrelated {auc:0.000}; at rank_weight {profile.RankWeight:0.0#} median points relevant {Median(relevant)}, "
                          + $"tangential {Median(tangential)}, unrelated {Median(unrelated)}; unrelated with any points {unrelated.Count(p => p > 0)}/{unrelated.Count}");
        }
        log.WriteLine($"  rank_weight keeping the raw points' median relevant-over-unrelated lift ({profile.RankWeight * gaps[0]:0.00}) above the background: {profile.RankWeight * gaps[0] / gaps[1]:0.00}");
    }

    /// <summary>
    /// What a profile pass at the relevance gate would do: an item under scoring.min_relevance by its out-of-fold
    /// relevance (a scorer that never saw its feed) passes when its best weighted interest cosine (interest weight x
    /// cosine) is at or above a floor. Counts per label: relevant items the gate drops and the pass brings back, unrelated
    /// and tangential ones it lets through; the floor read off one feed half (the lowest at which the pass lets through no
    /// more than <see cref="UnrelatedPassBudget"/> of its unrelated items under the gate) and reported on the other.
    /// </summary>
    public static void GateReport(IReadOnlyList<LabeledItem> items, EmbeddingTable table, ProfileConfig profile, ISentenceEncoder encoder, WordPieceTokenizer tokenizer,
        IReadOnlyDictionary<string, double> outOfFoldRelevance, double minRelevance, int seed, TextWriter log)
    {
        var anchors = EditorialAnchors.Embed(EditorialAnchors.Groups(profile), encoder, tokenizer);
        var weights = profile.Interests.ToDictionary(i => i.Name, i => Math.Min(1, i.Weight), StringComparer.Ordinal); // as Selector.ProfilePass counts them
        var rows = items.Where(i => i.Language == "en" && table.Items.ContainsKey(i.Article.Id) && outOfFoldRelevance.ContainsKey(i.Article.Id))
            .Select(i => (Item: i, Best: anchors.Similarities(table.Items[i.Article.Id].Body).Max(p => weights[p.Key] * p.Value), Relevance: outOfFoldRelevance[i.Article.Id]))
            .ToList();
        var gated = rows.Where(r => r.Relevance < minRelevance).ToList();
        string Count(IEnumerable<(LabeledItem Item, double Best, double Relevance)> group, Func<LabeledItem, bool> which, double floor)
        {
            var of = group.Where(r => which(r.Item)).ToList();
            return $"{of.Count(r => r.Best >= floor)}/{of.Count}";
        }
        log.WriteLine($"profile pass at the gate: {rows.Count} English items, out-of-fold relevance under scoring.min_relevance {minRelevance:0.0}: "
                      + $"relevant (>= 2) {gated.Count(r => r.Item.Relevance >= 2)}/{rows.Count(r => r.Item.Relevance >= 2)}, unrelated (0) {gated.Count(r => r.Item.Relevance == 0)}/{rows.Count(r => r.Item.Relevance == 0)}");
        log.WriteLine("weighted floor: relevant (>= 2) under the gate brought back | of them quality >= 3 | unrelated (0) under the gate let through | tangential (1) let through");
        foreach (var floor in new[] { 0.25, 0.30, 0.35, 0.40, 0.45 })
            log.WriteLine($"  {floor:0.00}: {Count(gated, i => i.Relevance >= 2, floor)} | {Count(gated, i => i.Relevance >= 2 && i.Quality >= 3, floor)} | {Count(gated, i => i.Relevance == 0, floor)} | {Count(gated, i => i.Relevance == 1, floor)}");
        var halves = GroupedFolds.ByFeed(gated, r => r.Item.Feed, 2, seed);
        for (var half = 0; half < halves.Count; half++)
        {
            var (chosenOn, reportedOn) = halves[half];
            var unrelated = chosenOn.Where(r => r.Item.Relevance == 0).Select(r => r.Best).OrderDescending().ToList();
            var floor = unrelated.Count == 0 ? 0.25 : Math.Ceiling(unrelated[Math.Min(unrelated.Count - 1, (int)(UnrelatedPassBudget * unrelated.Count))] * 100 + 1e-9) / 100;
            log.WriteLine($"  feed half {half + 1}: floor {floor:0.00} (read off the other half); here: {Count(reportedOn, i => i.Relevance >= 2, floor)} | "
                          + $"{Count(reportedOn, i => i.Relevance >= 2 && i.Quality >= 3, floor)} | {Count(reportedOn, i => i.Relevance == 0, floor)} | {Count(reportedOn, i => i.Relevance == 1, floor)}");
        }
    }

    /// <summary>The share of the unrelated items under the gate a chosen pass floor may let through on the half it is read from.</summary>
    public const double UnrelatedPassBudget = 0.01;

    private static string Line(IReadOnlyList<(LabeledItem Item, double Best)> rows, double floor)
    {
        string Below(Func<LabeledItem, bool> which)
        {
            var group = rows.Where(r => which(r.Item)).ToList();
            return group.Count == 0 ? "-" : $"{group.Count(r => r.Best < floor)}/{group.Count} ({(double)group.Count(r => r.Best < floor) / group.Count:P1})";
        }
        return $"{Below(i => i.Relevance >= 2)} | {Below(i => i.Relevance >= 2 && i.Quality >= 3)} | {Below(i => i.Relevance == 0)} | {Below(i => i.Relevance == 1)}";
    }

    private static string At(List<double> sorted, double share)
        => sorted.Count == 0 ? "-" : sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))].ToString("0.000", CultureInfo.InvariantCulture);
}
