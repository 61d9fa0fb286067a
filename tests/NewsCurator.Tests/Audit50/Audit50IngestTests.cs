using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit50;

/// <summary>
/// Ingest: the shard's deadline. The feed that holds the shard's time until the deadline is recorded as left unread, like its
/// victims: no attempt, no failure toward its back-off, so it is read first again next run and the same feeds behind it are
/// never read (IngestStage.NotReadInTime). Helpers as in ShardDeadlineTests: the deadline fires when the slow feed is asked for.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit50ShardDeadlineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("audit50-deadline-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);


    private async Task<SlowHostFetcher> RunShard(string runId, params FeedSource[] feeds)
    {
        var clock = new ManualClock();
        var fetcher = new SlowHostFetcher(clock, uri => uri.Host == "slow.example");
        var blobs = new NewsCurator.Storage.FileBlobStore(_root);
        var paths = new NewsCurator.Storage.RunPaths(runId);
        await blobs.WriteJsonAsync(paths.Config, new PipelineConfig { Fetch = new FetchConfig { MaxConcurrency = 1 } });
        var shard = paths.FeedShard(0);
        await blobs.WriteJsonAsync(shard, feeds.ToList());
        var services = new NewsCurator.Runs.PipelineServices
        {
            Blobs = blobs, Runs = null!, Reader = null!, FetcherFactory = _ => fetcher, ChatClientFactory = null!, Secrets = null!, Mail = null!, Clock = clock,
        };
        await new IngestStage(services).RunShardAsync(runId, shard, TimeSpan.FromMinutes(9), CancellationToken.None);
        return fetcher;
    }

    // ---- H2: a feed that runs out the shard's clock every run starves the feeds behind it, unrecorded ---------------------

    [Fact]
    public async Task H2_AFeedLeftUnreadBehindAFeedThatRanOutTheClock_ShouldBeReadOnALaterRun()
    {
        FeedSource[] feeds = [new("https://a.example/feed"), new("https://slow.example/feed"), new("https://c.example/feed")];
        var asked = new List<string>();
        foreach (var run in new[] { "run-1", "run-2", "run-3" })
            asked.AddRange((await RunShard(run, feeds)).Asked);
        // The error told c.example's operator "it is read next run": three runs on, it was never asked for, and the feed that
        // held the shard's time each run was never charged a failure or backed off.
        Assert.Contains("https://c.example/feed", asked);
    }
}

/// <summary>Trust scope: a public feed's link to a host fetch.allow_private_hosts lists (ArticleNormalizer.PrivateHostOf).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit50TrustScopeTests
{
    // ---- H1: a listed host whose name looks public (split-horizon DNS) keeps a public feed's link to it ---------------------

    [Theory]
    [InlineData("http://wiki.corp.acme.com/admin/reset-all")]
    [InlineData("http://WIKI.CORP.ACME.COM./admin/reset-all")]
    [InlineData("http://wiki.corp.acme.com:8443/admin/reset-all")]
    [InlineData("http://reader@wiki.corp.acme.com/admin/reset-all")]
    public void H1_APublicFeedsLinkToAListedPrivateHost_ShouldBeRemoved_WhateverTheNameLooksLike(string link)
        => Assert.NotNull(ArticleNormalizer.PrivateHostOf(link, new FeedSource("https://news.example.com/feed.xml"), ["wiki.corp.acme.com"]));
}
