using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// Finds the same story three ways: the same canonical URL, the same normalised content, and
/// nearly the same title+opening (SimHash within a few bits, found through band buckets so it
/// stays near-linear). The best copy (source priority, then the longest text) is kept.
/// </summary>
public sealed class Deduplicator(int nearDuplicateDistance)
{
    private const int Bands = 4;
    private const double MinTitleOverlap = 0.3;
    private const int MinBodyForIdentity = 200;

    private static double TitleOverlap(HashSet<string> a, HashSet<string> b)
        => a.Count == 0 || b.Count == 0 ? 0 : (double)a.Count(b.Contains) / a.Union(b).Count();

    public (List<Article> Kept, List<Decision> Dropped) Run(IEnumerable<Article> articles)
    {
        var kept = new List<Article>();
        var dropped = new List<Decision>();
        var byUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        var byContent = new Dictionary<string, string>(StringComparer.Ordinal);
        var buckets = new Dictionary<(int Band, ushort Key), List<(ulong Hash, string Id)>>();
        var titles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byBody = new Dictionary<string, (string Id, string Feed)>(StringComparer.Ordinal);

        foreach (var article in articles.OrderByDescending(a => a.FeedPriority).ThenByDescending(a => a.Text.Length).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            if (article.CanonicalUrl is { } url && byUrl.TryGetValue(url, out var sameUrl))
            {
                dropped.Add(Drop(article, "duplicate_url", $"same link as {sameUrl} ({url})", sameUrl));
                continue;
            }
            var tokens = Words.Tokenize(article.Title + " " + (article.Text.Length > 400 ? article.Text[..400] : article.Text));
            var contentKey = Hashing.ShortHash(string.Join(' ', tokens));
            if (byContent.TryGetValue(contentKey, out var sameContent))
            {
                dropped.Add(Drop(article, "duplicate_content", $"same title and text as {sameContent}", sameContent));
                continue;
            }
            // The same long body under a reworded headline from another source is the same story (syndicated
            // copies retitle). Within one feed identical bodies are templates (alerts, listings), not copies.
            var bodyKey = article.Text.Length >= MinBodyForIdentity ? "body:" + Hashing.ShortHash(string.Join(' ', Words.Tokenize(article.Text))) : null;
            if (bodyKey is not null && byBody.TryGetValue(bodyKey, out var body) && body.Feed != article.FeedUrl && body.Id is var sameBody)
            {
                dropped.Add(Drop(article, "duplicate_content", $"same text as {sameBody} under another title", sameBody));
                continue;
            }
            var hash = SimHash.Compute(tokens, shingle: 2);
            var titleWords = Words.Tokenize(article.Title).ToHashSet(StringComparer.Ordinal);
            var near = tokens.Count >= 6 ? FindNear(buckets, hash, titleWords, titles) : null;
            if (near is not null)
            {
                dropped.Add(Drop(article, "near_duplicate", $"the same story as {near.Value.Id} (SimHash {near.Value.Distance} bits apart)", near.Value.Id));
                continue;
            }
            if (article.CanonicalUrl is { } u) byUrl[u] = article.Id;
            byContent[contentKey] = article.Id;
            if (bodyKey is not null) byBody.TryAdd(bodyKey, (article.Id, article.FeedUrl));
            titles[article.Id] = titleWords;
            if (tokens.Count >= 6)
                for (var band = 0; band < Bands; band++)
                {
                    var key = (band, (ushort)(hash >> (band * 16)));
                    if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                    list.Add((hash, article.Id));
                }
            kept.Add(article);
        }
        return (kept, dropped);
    }

    /// <summary>
    /// Near in SimHash and about the same thing by title: a shared boilerplate opening (a photo
    /// credit, a paywall notice) must not merge two different stories.
    /// </summary>
    private (string Id, int Distance)? FindNear(Dictionary<(int, ushort), List<(ulong Hash, string Id)>> buckets, ulong hash,
        HashSet<string> titleWords, Dictionary<string, HashSet<string>> titles)
    {
        // Pigeonhole: two hashes within 3 bits of each other agree exactly on at least one of 4 bands.
        for (var band = 0; band < Bands; band++)
            if (buckets.TryGetValue((band, (ushort)(hash >> (band * 16))), out var list))
                foreach (var (other, id) in list)
                {
                    var distance = SimHash.Distance(hash, other);
                    if (distance <= nearDuplicateDistance && TitleOverlap(titleWords, titles[id]) >= MinTitleOverlap) return (id, distance);
                }
        return null;
    }

    private static Decision Drop(Article article, string rule, string reason, string duplicateOf) => new()
    {
        ArticleId = article.Id,
        Stage = Stages.Filter,
        Outcome = Outcomes.Dropped,
        Rule = rule,
        Reason = reason,
        DuplicateOf = duplicateOf,
    };
}
