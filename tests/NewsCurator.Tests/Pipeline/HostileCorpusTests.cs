using System.Text.Json;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// The whole hostile corpus plus one good feed, through the full pipeline in one run. Bounds:
/// each feed is bounded by fetch.timeout_seconds (3 s here) and fetch.max_body_bytes (2 MB), so the
/// run is bounded by the feed count over the concurrency times that timeout, and memory by the
/// concurrency times the body limit plus what parsing one bounded body costs (the depth-limit
/// tests bound that per document).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class HostileCorpusTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    [Fact(Timeout = 300_000)]
    public async Task EveryHostileFeed_ShouldEndInARecordedStateAndTheNewsletterStillGoOut()
    {
        var corpus = HostileCorpus.Entries(_server.Prefix);
        foreach (var entry in corpus) _server.Route(entry.Name, entry.Respond);
        _server.Serve("good.xml", Feeds.Rss("Good Tech", ("New open source LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody)));
        // The good feed first: read before the body that never ends and the trickle load the loopback server, on a CI
        // machine busy with the other test classes (one CI run saw it time out, last in the list, at 3 s).
        var urls = corpus.Select(e => _server.Url(e.Name)).Prepend(_server.Url("good.xml")).ToList();
        var config = _harness.WriteFile("hostile.yaml", $"""
            feeds:
              urls: [{string.Join(", ", urls.Select(u => $"\"{u}\""))}]
            fetch:
              allow_private_hosts: [127.0.0.1]
              retries: 0
              timeout_seconds: 5
              max_body_bytes: 2097152
              max_per_host: 8
            content:
              min_length: 100
            """);

        var result = await Task.Run(() => _harness.RunAsync("hostile", config));

        Assert.True(result.Succeeded, result.Cause);
        var statuses = _harness.Query<(string Url, string Status)>("SELECT feed_url AS Url, status AS Status FROM feed_statistics WHERE run_id = 'hostile'")
            .ToDictionary(r => r.Url, r => r.Status);
        Assert.Equal(urls.Order(), statuses.Keys.Order());
        Assert.All(statuses.Values, s => Assert.Contains(s, new[] { "ok", "error" }));
        Assert.Equal("ok", statuses[_server.Url("good.xml")]);
        // The entity bomb's and the external entity's items are read with their references dropped: nothing is ever expanded.
        Assert.Equal(("xxe", "ok"), ("xxe", statuses[_server.Url("xxe")]));
        Assert.Equal(("entity-bomb", "ok"), ("entity-bomb", statuses[_server.Url("entity-bomb")]));
        foreach (var refused in new[] { "redirect-metadata", "redirect-nat64", "redirect-file", "gzip-bomb", "endless", "trickle", "html-page" })
            Assert.Equal((refused, "error"), (refused, statuses[_server.Url(refused)]));

        foreach (var refused in new[] { "broken-gzip", "short-body", "unasked-304" })
            Assert.Equal((refused, "error"), (refused, statuses[_server.Url(refused)]));
        // A broken server fails its own feed: no shard (and so no innocent neighbour) is lost.
        Assert.All(_harness.Query<string?>("SELECT error FROM feed_statistics WHERE run_id = 'hostile'"),
            e => Assert.DoesNotContain("were not read this run", e ?? "", StringComparison.Ordinal));
        // Only http(s) links without credentials reach rows and exports; a root-relative link is the feed site's.
        var links = _harness.Query<string?>("SELECT url FROM articles WHERE run_id = 'hostile'").Where(u => u is not null).Select(u => u!).ToList();
        Assert.All(links, u => Assert.True(u.StartsWith("http://", StringComparison.Ordinal) || u.StartsWith("https://", StringComparison.Ordinal), u));
        Assert.All(links, u => Assert.DoesNotContain("hunter2", u, StringComparison.Ordinal));
        Assert.Contains(_server.Url("2021/post"), links);
        Assert.Contains("https://e.org/creds", links);
        var meta = JsonDocument.Parse(_harness.ReadBlob("runs/hostile/newsletter/newsletter.json")).RootElement;
        Assert.DoesNotContain('\n', meta.GetProperty("subject").GetString()!);
        var html = _harness.ReadBlob("runs/hostile/newsletter/newsletter.html");
        Assert.Contains("New open source LLM runs on one GPU", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("root:", html, StringComparison.Ordinal);
        var titles = _harness.Query<string>("SELECT title FROM articles WHERE run_id = 'hostile'");
        Assert.All(titles, t => Assert.DoesNotContain('\n', t));
        Assert.All(titles, t => Assert.DoesNotContain("lollol", t, StringComparison.Ordinal));
        Assert.All(titles, t => Assert.DoesNotContain('\r', t));
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
