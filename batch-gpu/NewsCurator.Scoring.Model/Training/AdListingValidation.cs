using NewsCurator.Configuration;
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
        var anchors = EditorialAnchors.Embed(listings.Select(l => (l.Name, l.Phrases)), encoder, tokenizer);
        var rows = items.Where(i => table.Items.ContainsKey(i.Article.Id)).Select(i =>
        {
            var (title, body) = table.Items[i.Article.Id];
            var t = anchors.Similarities(title);
            var b = anchors.Similarities(body);
            return (Item: i, Similarity: t.Keys.ToDictionary(k => k, k => Math.Max(t[k], b[k]), StringComparer.Ordinal));
        }).ToList();
        var results = new List<KindResult>();
        var caughtAny = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listing in listings)
        {
            var nonAds = rows.Where(r => !r.Item.IsAd).Select(r => r.Similarity[listing.Name]).OrderByDescending(s => s).ToList();
            string Top(double share) => nonAds.Count == 0 ? "-" : nonAds[Math.Min(nonAds.Count - 1, (int)(share * nonAds.Count))].ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
            var flagged = rows.Where(r => r.Similarity[listing.Name] >= listing.MinSimilarity).ToList();
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
}
