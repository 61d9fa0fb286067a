using System.Collections.Concurrent;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Ingest;

public sealed record ShardSummary(string Shard, int Feeds, int FeedsFailed, int Items);

/// <summary>
/// One Map iteration: read every feed of one shard, parse, normalise. Writes the shard's items
/// and per-feed outcomes; a broken feed becomes an outcome with its error, never an exception.
/// </summary>
public sealed class IngestStage(PipelineServices services)
{
    public async Task<ShardSummary> RunShardAsync(string runId, string shardKey, CancellationToken ct = default)
    {
        var paths = new RunPaths(RunPaths.ValidateRunId(runId));
        if (!shardKey.StartsWith(paths.Prefix + "feeds/", StringComparison.Ordinal))
            throw new ArgumentException($"shard key '{shardKey}' does not belong to run '{runId}'");
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var feeds = await services.Blobs.ReadRequiredJsonAsync<List<FeedSource>>(shardKey, ct);

        using var fetcher = services.CreateFetcher(config.Fetch);
        var results = new ConcurrentDictionary<int, (FeedOutcome Outcome, List<Article> Articles)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, feeds.Count),
            new ParallelOptions { MaxDegreeOfParallelism = config.Fetch.MaxConcurrency, CancellationToken = ct },
            async (i, token) => results[i] = await ReadFeedAsync(fetcher, feeds[i], token));

        // Keep feed order so a retried shard writes byte-identical files.
        var ordered = Enumerable.Range(0, feeds.Count).Select(i => results[i]).ToList();
        var articles = ordered.SelectMany(r => r.Articles).DistinctBy(a => a.Id).ToList();
        var outcomes = ordered.Select(r => r.Outcome).ToList();
        await services.Blobs.WriteJsonLinesAsync(paths.RawShard(shardKey), articles, ct);
        await services.Blobs.WriteJsonAsync(paths.FeedOutcomes(shardKey), outcomes, ct);
        return new ShardSummary(shardKey, feeds.Count, outcomes.Count(o => o.Status == FeedStatus.Error), articles.Count);
    }

    public static async Task<(FeedOutcome Outcome, List<Article> Articles)> ReadFeedAsync(IFeedFetcher fetcher, FeedSource feed, CancellationToken ct)
    {
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri))
            return (new FeedOutcome { FeedUrl = feed.Url, FeedTitle = feed.Title, Status = FeedStatus.Error, Error = $"'{feed.Url}' is not an absolute URL" }, []);
        var fetched = await fetcher.FetchAsync(uri, ct);
        var outcome = new FeedOutcome
        {
            FeedUrl = feed.Url,
            FeedTitle = feed.Title,
            Status = fetched.Status,
            HttpStatus = fetched.HttpStatus,
            Error = fetched.Error,
            LatencyMs = fetched.LatencyMs,
        };
        if (fetched.Status != FeedStatus.Ok || fetched.Body is null) return (outcome, []);
        try
        {
            var parsed = FeedParser.Parse(fetched.Body, fetched.FinalUri ?? uri, fetched.Charset);
            var usable = parsed.Items.Where(item => !ArticleNormalizer.IsEmpty(item)).ToList();
            var articles = usable.Select(item => ArticleNormalizer.ToArticle(item, feed, parsed.Title)).ToList();
            return (outcome with
            {
                FeedTitle = feed.Title ?? parsed.Title,
                Format = parsed.Format,
                Items = articles.Count,
                SkippedItems = parsed.Items.Count - usable.Count,
                // A truncated document keeps its complete items but is still reported as broken.
                Status = parsed.Error is null ? FeedStatus.Ok : FeedStatus.Error,
                Error = parsed.Error is null ? null : $"{feed.Url}: {parsed.Error}",
            }, articles);
        }
        catch (FeedParseException ex)
        {
            return (outcome with { Status = FeedStatus.Error, Error = $"{feed.Url}: {ex.Message}" }, []);
        }
    }
}
