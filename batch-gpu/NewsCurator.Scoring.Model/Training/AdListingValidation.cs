using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// How the configured kinds of ad listing (ads.listings) sort the labelled items. Per kind: the
/// cosine the top 1 %, 0.2 % and 0.1 % of non-ads reach (where a threshold is chosen: from non-ads
/// alone, so it needs no ad of the kind), and at the configured min_similarity the non-ads it calls
/// ads and the ads it catches, by feed. The rule learns nothing from the labels, so no item is one it
/// was fitted on; only its thresholds were read off these non-ads.
/// </summary>
public static class AdListingValidation
{
    public sealed record KindResult(string Kind, double MinSimilarity, int FalsePositives, int NonAds, int Caught, int Ads);

    public static List<KindResult> Run(IReadOnlyList<LabeledItem> items, EmbeddingTable table, IReadOnlyList<AdListing> listings,
        ISentenceEncoder encoder, WordPieceTokenizer tokenizer, TextWriter log)
    {
        var matcher = new AdListingMatcher(listings, encoder, tokenizer);
        var rows = items.Where(i => table.Items.ContainsKey(i.Article.Id))
            .Select(i => (Item: i, Similarity: matcher.Similarities(table.Items[i.Article.Id].Title, table.Items[i.Article.Id].Body, i.Article.Title))).ToList();
        var results = new List<KindResult>();
        var caughtAny = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in listings)
        {
            var nonAds = rows.Where(r => !r.Item.IsAd).Select(r => r.Similarity[listing.Name]).OrderByDescending(s => s).ToList();
            string Top(double share) => nonAds.Count == 0 ? "-" : nonAds[Math.Min(nonAds.Count - 1, (int)(share * nonAds.Count))].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            var flagged = rows.Where(r => r.Similarity[listing.Name] >= listing.MinSimilarity && ListingEvidence.Offers(r.Item.Article.Title, r.Item.Article.Text)).ToList();
            var caught = flagged.Where(r => r.Item.IsAd).ToList();
            foreach (var r in caught) caughtAny.Add(r.Item.Article.Id);
            var result = new KindResult(listing.Name, listing.MinSimilarity, flagged.Count - caught.Count, nonAds.Count, caught.Count, rows.Count(r => r.Item.IsAd));
            results.Add(result);
            log.WriteLine($"{listing.Name}: non-ads' top 1 % reach {Top(0.01)}, top 0.2 % {Top(0.002)}, top 0.1 % {Top(0.001)}; " +
                          $"at min_similarity {listing.MinSimilarity:0.00}: {result.FalsePositives} of {result.NonAds} non-ads called ads, {result.Caught} of {result.Ads} ads caught");
            foreach (var feed in caught.GroupBy(r => r.Item.Feed).OrderByDescending(g => g.Count()))
                log.WriteLine($"  caught {feed.Count()} of the {rows.Count(r => r.Item.IsAd && r.Item.Feed == feed.Key)} ads of {feed.Key}");
            foreach (var r in flagged.Where(r => !r.Item.IsAd).OrderByDescending(r => r.Similarity[listing.Name]))
                log.WriteLine($"  non-ad called an ad: {r.Similarity[listing.Name]:0.000} relevance {r.Item.Relevance} | {r.Item.Article.Title}");
        }
        log.WriteLine($"all kinds: {caughtAny.Count} of {rows.Count(r => r.Item.IsAd)} ads caught over {rows.Count} labelled items");
        return results;
    }

    /// <summary>
    /// The ad rules of a run, item by item: the Filter's (sponsorship marker, the configured patterns)
    /// and the listings (on the pretrained embeddings in <paramref name="pretrained"/>); id to rule.
    /// </summary>
    public static Dictionary<string, string> RuleVerdicts(IReadOnlyList<LabeledItem> items, PipelineConfig config, EmbeddingTable pretrained,
        ISentenceEncoder encoder, WordPieceTokenizer tokenizer)
    {
        var rules = new NewsCurator.Filter.ContentRules(config.Content, config.Ads, DateTimeOffset.UtcNow);
        var matcher = new AdListingMatcher(config.Ads.Listings, encoder, tokenizer);
        var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (rules.CheckAds(item.Article) is { } hit) verdicts[item.Article.Id] = hit.Rule;
            else if (pretrained.Items.TryGetValue(item.Article.Id, out var e) && matcher.Match(e.Title, e.Body, item.Article.Title, item.Article.Text) is not null) verdicts[item.Article.Id] = "ad_listing";
        }
        return verdicts;
    }

    /// <summary>
    /// One scorer's ad F1 once a run's ad rules are applied on top of its verdicts (an item a rule calls
    /// an ad is dropped as one), for all the rules and for the listings alone.
    /// </summary>
    public static string WithRulesLine(IReadOnlyList<LabeledItem> items, IReadOnlyList<ArticleScore> scores, IReadOnlyDictionary<string, string> verdicts)
    {
        double F1(Func<string, bool> rule)
        {
            var ruled = scores.Select(s => verdicts.TryGetValue(s.Id, out var r) && rule(r) ? s with { IsAdvertisement = true } : s).ToList();
            return Evaluator.Evaluate(items, ruled).AdF1;
        }
        var ads = items.Where(i => i.IsAd).Select(i => i.Article.Id).ToHashSet(StringComparer.Ordinal);
        var called = items.Count(i => verdicts.ContainsKey(i.Article.Id));
        var right = items.Count(i => verdicts.ContainsKey(i.Article.Id) && ads.Contains(i.Article.Id));
        return $"with a run's ad rules: ad F1 {F1(_ => true):0.000} (listings alone {F1(r => r == "ad_listing"):0.000}); the rules call {called} of these items ads, {right} rightly";
    }
}
