using NewsCurator.Model;

namespace NewsCurator.Storage;

/// <summary>What Ingest left for a run: every shard's items (deduplicated by id) and per-feed outcomes.</summary>
public static class RawShards
{
    public static async Task<(List<Article> Items, List<FeedOutcome> Outcomes)> LoadAsync(IBlobStore blobs, RunPaths paths, CancellationToken ct)
    {
        var items = new List<Article>();
        var outcomes = new List<FeedOutcome>();
        foreach (var key in await blobs.ListAsync(paths.RawPrefix, ct))
        {
            if (key.EndsWith(".feeds.json", StringComparison.Ordinal)) outcomes.AddRange(await blobs.ReadRequiredJsonAsync<List<FeedOutcome>>(key, ct));
            else if (key.EndsWith(".jsonl", StringComparison.Ordinal)) items.AddRange(await blobs.ReadJsonLinesAsync<Article>(key, ct));
        }
        // A feed listed in two shards (or an entry repeated in one feed) counts once.
        return (items.DistinctBy(a => a.Id).ToList(), outcomes);
    }

    /// <summary>
    /// Every shard's items one at a time, in a stable order (shards by key, items as written), repeats
    /// included: a stage that streams numbers them by this order and drops repeated ids itself.
    /// </summary>
    public static async IAsyncEnumerable<Article> StreamAsync(IBlobStore blobs, RunPaths paths, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var key in await blobs.ListAsync(paths.RawPrefix, ct))
            if (key.EndsWith(".jsonl", StringComparison.Ordinal))
                await foreach (var item in blobs.StreamJsonLinesAsync<Article>(key, ct))
                    yield return item;
    }
}
