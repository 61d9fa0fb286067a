using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Export;

/// <summary>A private feed's credentials stay in the database, where its URL is the feed's key, and leave no file for people.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class PrivateFeedExportTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    [Fact]
    public async Task Exports_OfAFeedWithATokenAndUserInfo_ShouldShowItsUrlRedacted()
    {
        _server.Serve("private.xml", Feeds.Rss("Private", ("Compilers get faster", "https://e.org/compilers", Feeds.AiBody)));
        var secret = "s3cr3t-feed-token";
        var feedUrl = _server.Url($"private.xml?feed_token={secret}").Replace("http://", "http://reader:hunter2@", StringComparison.Ordinal);

        var result = await _harness.RunAsync("private", _harness.ConfigForUrls(feedUrl));

        Assert.True(result.Succeeded, result.Cause);
        foreach (var file in new[] { "articles.csv", "articles.json", "analytics.json" })
        {
            var text = _harness.ReadBlob($"runs/private/export/{file}");
            Assert.Contains("private.xml", text);
            Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain("hunter2", text);
        }
        // The database keeps the whole URL: two private feeds of one site must not collide on their key.
        Assert.Equal(1, _harness.Count("SELECT COUNT(*) FROM feed_statistics WHERE feed_url LIKE @like", new { like = $"%{secret}%" }));
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
