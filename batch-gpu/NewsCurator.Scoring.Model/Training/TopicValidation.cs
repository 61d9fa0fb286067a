using System.Globalization;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// How well the encoder's taxonomy topics agree with LABELS.md's coarse topic (ai, tech, science) on
/// the labelled items, for each way of ranking the taxonomy: an AI-labelled item should carry an AI
/// topic, a tech item should not, a science item should carry Science. Topic statistics (the
/// background a ranking calibrates against) come from the other half of the feeds, never from the
/// feed measured.
/// </summary>
public static class TopicValidation
{
    private static readonly string[] AiTopics = ["AI & Machine Learning", "AI Research"];
    private const string ScienceTopic = "Science";

    private sealed record Row(LabeledItem Item, Dictionary<string, double> Body);

    /// <param name="judgments">An editor's blind judgments of topics on labelled items (batch-gpu/model/topic-judgments.jsonl): each
    /// item's topics that fit and do not; where given, the first topics each way gives are counted against them.</param>
    /// <returns>Each item's feed half (1 or 2) and first topic by the last way measured (with <paramref name="shippedOnly"/>, the shipped one): for comparing embeddings item by item.</returns>
    public static Dictionary<string, (int Half, string? First)> Run(IReadOnlyList<LabeledItem> items, EmbeddingTable table, ISentenceEncoder encoder, WordPieceTokenizer tokenizer, int seed, TextWriter log,
        IReadOnlyDictionary<string, (HashSet<string> Fit, HashSet<string> Not)>? judgments = null, bool shippedOnly = false)
    {
        var anchors = EditorialAnchors.Embed(TopicTaxonomy.Topics, encoder, tokenizer);
        var rows = items.Where(i => table.Items.ContainsKey(i.Article.Id) && i.Language == "en")
            .Select(i => new Row(i, anchors.Similarities(table.Items[i.Article.Id].Body)))
            .ToList();
        log.WriteLine($"validate-topics: {rows.Count} English items, {rows.Count(r => r.Item.Topic == "ai")} ai, {rows.Count(r => r.Item.Topic == "tech")} tech, {rows.Count(r => r.Item.Topic == "science")} science; statistics from the other half of the feeds");

        // The product gives a kind of article as a topic only to articles of that kind, as the content-type head
        // calls them; the labelled content type stands in for the head's call here (an upper bound for that rule).
        var variants = new (string Name, double Calibrate, bool Kinds, bool Fields, bool Evidence, bool Named, double LeadMargin)[]
        {
            ("body cosine", 0, false, false, false, false, 0), ("body cosine - topic mean", 1, false, false, false, false, 0),
            ("body cosine - topic mean, kinds by type", 1, true, false, false, false, 0), ("same, then by field (TopicTaxonomy.Choose)", 1, true, true, false, false, 0),
            ("same, AI topics only with AI words", 1, true, true, true, false, 0),
            ("same, named subject topics first", 1, true, true, true, true, 0),
            ("same, a named first topic within 0.03", 1, true, true, true, true, 0.03),
            ("same, a named first topic within 0.06", 1, true, true, true, true, 0.06),
            ("same, a named first topic within 0.10", 1, true, true, true, true, 0.10),
            ("same, a named first topic within 0.15", 1, true, true, true, true, 0.15),
            ("same, a named first topic within 0.20 (shipped: TopicTagger.NamedLeadMargin)", 1, true, true, true, true, 0.20),
            ("same, a named first topic within 0.30", 1, true, true, true, true, 0.30),
            ("same, a named first topic wherever one is ranked", 1, true, true, true, true, 10),
        };
        // Session 37 (held-out reviews 55 F4, 56 F5, 57 F3): what a topic must show to take the lead from an unnamed best one.
        var leads = variants.Select(v => (v.Name, v.Calibrate, v.Kinds, v.Fields, v.Evidence, v.Named, v.LeadMargin, LeadMentions: 0, LeadShare: 0.0, LeadFloor: double.NegativeInfinity))
            .Concat(
            [
                ("0.20, led by a topic in the title, the feed's categories or 3 mentions", 1, true, true, true, true, 0.20, 3, 0, double.NegativeInfinity),
                ("0.20, led by a topic in the title or the feed's categories", 1, true, true, true, true, 0.20, int.MaxValue, 0, double.NegativeInfinity),
                ("0.20 and at least half the best affinity", 1, true, true, true, true, 0.20, 0, 0.5, double.NegativeInfinity),
                ("at least half the best affinity (no absolute margin)", 1, true, true, true, true, 10, 0, 0.5, double.NegativeInfinity),
                ("0.20 and an affinity of at least 0.05", 1, true, true, true, true, 0.20, 0, 0, 0.05),
                ("0.20 and an affinity above 0", 1, true, true, true, true, 0.20, 0, 0, 1e-9),
                ("0.20, 3 mentions/title/categories, half the best", 1, true, true, true, true, 0.20, 3, 0.5, double.NegativeInfinity),
            ]).ToList();
        // The shipped way alone, for a comparison of embeddings (validate-chunks) rather than of ways of ranking.
        if (shippedOnly) leads = [.. leads.Where(l => l.Name.Contains("(shipped", StringComparison.Ordinal))];
        var halves = GroupedFolds.ByFeed(rows, r => r.Item.Feed, 2, seed);
        var firsts = new Dictionary<string, (int Half, string? First)>(StringComparer.Ordinal);
        foreach (var (name, calibrate, kinds, fields, evidence, named, leadMargin, leadMentions, leadShare, leadFloor) in leads)
            for (var half = 0; half < halves.Count; half++)
            {
                var (train, validation) = halves[half];
                var means = TopicTaxonomy.Topics.ToDictionary(t => t.Name, t => train.Average(r => r.Body[t.Name]), StringComparer.Ordinal);
                var ranked = validation.Select(row =>
                {
                    var mentioned = evidence ? TopicEvidence.For(row.Item.Article.Title, row.Item.Article.Text) : _ => true;
                    var order = row.Body.Where(p => (!kinds || TopicTaxonomy.Fits(p.Key, row.Item.ContentType)) && mentioned(p.Key))
                        .Select(p => (Topic: p.Key, Affinity: p.Value - calibrate * means[p.Key]))
                        .OrderByDescending(p => p.Affinity).ThenBy(p => p.Topic, StringComparer.Ordinal).ToList();
                    var names = named ? TopicEvidence.Named(row.Item.Article.Title, row.Item.Article.Text) : null;
                    var leadNames = leadMentions > 0 ? TopicEvidence.NamedStrongly(row.Item.Article.Title, row.Item.Article.Text, row.Item.Categories, leadMentions) : null;
                    return (row.Item, Top: fields ? TopicTaxonomy.Choose(order, 3, 3, 0, names, leadMargin, leadNames, leadShare, leadFloor) : order.Take(3).Select(p => p.Topic).ToList());
                }).ToList();
                Report($"{name}, feed half {half + 1}", ranked, log);
                foreach (var r in ranked) firsts[r.Item.Article.Id] = (half + 1, r.Top.Count > 0 ? r.Top[0] : null);
                // How many of the second and third topics name words the article never uses (the subject topics with word lists).
                var unnamed = ranked.Sum(r =>
                {
                    var words = TopicEvidence.Named(r.Item.Article.Title, r.Item.Article.Text);
                    return r.Top.Skip(1).Count(t => words(t) == false);
                });
                var unnamedFirst = ranked.Count(r => r.Top.Count > 0 && TopicEvidence.Named(r.Item.Article.Title, r.Item.Article.Text)(r.Top[0]) == false);
                log.WriteLine($"{"",-50} second and third topics whose words the article never uses: {unnamed} of {ranked.Sum(r => Math.Max(0, r.Top.Count - 1))}; first topics: {unnamedFirst} of {ranked.Count}");
                if (judgments is not null)
                {
                    // The editor's verdict on each first topic: fit, not, or a topic the judging never saw.
                    var judged = ranked.Where(r => r.Top.Count > 0 && judgments.ContainsKey(r.Item.Article.Id)).ToList();
                    int Count(Func<(LabeledItem Item, List<string> Top), bool> which, Func<(HashSet<string> Fit, HashSet<string> Not), string, bool> verdict)
                        => judged.Where(which).Count(r => verdict(judgments[r.Item.Article.Id], r.Top[0]));
                    bool All((LabeledItem Item, List<string> Top) r) => true;
                    bool Relevant((LabeledItem Item, List<string> Top) r) => r.Item.Relevance >= 2;
                    log.WriteLine($"{"",-50} judged first topics ({judged.Count} items / {judged.Count(Relevant)} relevant): fit {Count(All, (j, t) => j.Fit.Contains(t))} / {Count(Relevant, (j, t) => j.Fit.Contains(t))}, " +
                                  $"not {Count(All, (j, t) => j.Not.Contains(t))} / {Count(Relevant, (j, t) => j.Not.Contains(t))}, " +
                                  $"unjudged {Count(All, (j, t) => !j.Fit.Contains(t) && !j.Not.Contains(t))} / {Count(Relevant, (j, t) => !j.Fit.Contains(t) && !j.Not.Contains(t))}");
                }
                // A topic on most articles tells a reader nothing: the most frequent ones and the share of articles they are on.
                var frequent = ranked.SelectMany(r => r.Top).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(4)
                    .Select(g => FormattableString.Invariant($"{g.Key} {g.Count() / (double)ranked.Count:0.000}"));
                log.WriteLine($"{"",-50} most frequent topics (share of articles): {string.Join(", ", frequent)}");
                // How many topics the articles get: fewer than three where no more have evidence (TopicTaxonomy.Choose).
                var counts = ranked.GroupBy(r => r.Top.Count).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
                log.WriteLine($"{"",-50} articles by number of topics: {string.Join(", ", counts)}");
            }
        // What TopicTaxonomy.BackgroundMeans ships: the means over every English labelled item.
        log.WriteLine("topic means over all of them (TopicTaxonomy.BackgroundMeans):");
        foreach (var (name, _) in TopicTaxonomy.Topics)
            log.WriteLine(FormattableString.Invariant($"    [\"{name}\"] = {rows.Average(r => r.Body[name]):0.0000},"));
        return firsts;
    }

    private static void Report(string name, List<(LabeledItem Item, List<string> Top)> ranked, TextWriter log)
    {
        string Share(Func<(LabeledItem Item, List<string> Top), bool> of, Func<(LabeledItem Item, List<string> Top), bool> hit)
        {
            var pool = ranked.Where(of).ToList();
            return pool.Count == 0 ? "-" : (pool.Count(hit) / (double)pool.Count).ToString("0.000", CultureInfo.InvariantCulture);
        }
        bool HasAi((LabeledItem Item, List<string> Top) r) => r.Top.Any(AiTopics.Contains);
        bool Coarse((LabeledItem Item, List<string> Top) r, string topic) => topic switch
        {
            "ai" => AiTopics.Contains(r.Top[0]),
            "science" => r.Top[0] == ScienceTopic,
            _ => !AiTopics.Contains(r.Top[0]) && r.Top[0] != ScienceTopic,
        };
        var classes = new[] { "ai", "tech", "science" };
        var f1 = classes.Select(c =>
        {
            var truePositives = ranked.Count(r => r.Item.Topic == c && Coarse(r, c));
            var predicted = ranked.Count(r => classes.Contains(r.Item.Topic) && Coarse(r, c));
            var actual = ranked.Count(r => r.Item.Topic == c);
            return truePositives == 0 ? 0 : 2.0 * truePositives / (predicted + actual);
        }).Average();
        log.WriteLine($"{name,-50} ai items with an AI topic {Share(r => r.Item.Topic == "ai", HasAi)}, " +
                      $"relevant tech items with an AI topic {Share(r => r.Item.Topic == "tech" && r.Item.Relevance >= 2, HasAi)}, " +
                      $"science items with Science {Share(r => r.Item.Topic == "science", r => r.Top.Contains(ScienceTopic))}, " +
                      $"tech items with Science {Share(r => r.Item.Topic == "tech", r => r.Top.Contains(ScienceTopic))}, " +
                      $"first topic's coarse macro-F1 {f1.ToString("0.000", CultureInfo.InvariantCulture)}" +
                      string.Concat(TopicTaxonomy.KindTopics.Select(k =>
                          $"; {k.Key} on {k.Value} items {Share(r => r.Item.ContentType == k.Value, r => r.Top.Contains(k.Key))}, on others {Share(r => r.Item.ContentType != k.Value, r => r.Top.Contains(k.Key))}"))
                      + $"; a kind of article first {Share(_ => true, r => TopicTaxonomy.KindTopics.ContainsKey(r.Top[0]))}");
    }
}
