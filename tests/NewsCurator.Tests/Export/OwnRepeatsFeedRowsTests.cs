using System.Text.Json;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Export;

/// <summary>
/// A commit feed whose every item is a commit or a repeat of one is warned of in feed_statistics (held-out review 115, F3):
/// Filter counts a feed's repeats of its own items apart from the items its content rules judged.
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class OwnRepeatsFeedRowsTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    private static string Entry(string title, string sha, int day)
        => $"<entry><id>tag:github.com,2008:Grit::Commit/{sha}</id><link type=\"text/html\" rel=\"alternate\" href=\"https://github.com/o/objx/commit/{sha}\"/>"
           + $"<title>{title}</title><updated>2026-11-{day:00}T10:00:00Z</updated><content type=\"html\">&lt;pre&gt;{title}&lt;/pre&gt;</content></entry>";

    [Fact]
    public async Task ACommitFeedWithARepeatedCommit_ShouldBeWarnedOfAsACommitFeed()
    {
        // Review 115, F3's probe: four commits, two of them "bump version number" (an item of under three words is known by its link alone: review 117, F4).
        _server.Serve("commits.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>tag:github.com,2008:/o/objx/commits/master</id>"
            + "<link type=\"text/html\" rel=\"alternate\" href=\"https://github.com/o/objx/commits/master\"/><title>Recent Commits to objx:master</title><updated>2026-11-20T10:00:00Z</updated>"
            + Entry("fix", "0f7b047b0a81253b6d146e05d561545303016b74", 20) + Entry("bump version number", "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", 19)
            + Entry("bump version number", "9f8e7d6c5b4a39281706f5e4d3c2b1a098765432", 18) + Entry("nits", "abcdef0123456789abcdef0123456789abcdef01", 17) + "</feed>",
            "application/atom+xml");
        var config = _harness.ConfigForUrls(_server.Url("commits.atom"));

        var result = await _harness.RunAsync("repeats", config);

        Assert.True(result.Succeeded, result.Cause);
        var warnings = _harness.Query<string?>("SELECT warnings FROM feed_statistics WHERE run_id = 'repeats'").Single();
        var warning = Assert.Single(JsonSerializer.Deserialize<List<string>>(warnings!)!);
        // The three distinct commits fell to one rule (here the loopback feed is not on the code host, so to min_length), the fourth repeated one.
        Assert.StartsWith("all 3 distinct items were dropped by the content rule ", warning, StringComparison.Ordinal);
        Assert.Contains(", and 1 more repeated them: ", warning, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
