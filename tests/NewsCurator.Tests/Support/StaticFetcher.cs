using NewsCurator.Ingest;
using NewsCurator.Model;

namespace NewsCurator.Tests.Support;

/// <summary>A fetcher that answers every request with one result: for tests of what Ingest makes of a body.</summary>
public sealed class StaticFetcher(FetchResult result) : IFeedFetcher
{
    /// <summary>A 200 with this body, from the URL asked for.</summary>
    public static StaticFetcher Body(byte[] body) => new(new FetchResult { Status = FeedStatus.Ok, Body = body });

    /// <summary>What Ingest makes of <paramref name="document"/> served as <paramref name="source"/>'s body.</summary>
    public static async Task<(FeedOutcome Outcome, List<Article> Articles)> IngestAsync(FeedSource source, string document)
    {
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(Body(System.Text.Encoding.UTF8.GetBytes(document)), source, source.Url, null, default);
        return (outcome, articles);
    }

    public Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken ct)
        => Task.FromResult(result.FinalUri is null && result.Status == FeedStatus.Ok ? result with { FinalUri = uri } : result);

    public void Dispose() { }
}
