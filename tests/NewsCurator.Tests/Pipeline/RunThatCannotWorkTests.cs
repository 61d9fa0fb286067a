using NewsCurator.Cli;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// A run in which not one feed could be read stops at Filter naming the first errors, and mails nobody (audit
/// hostile13 H13-1: every shard failed, the run exited 0 and an empty "quiet day" issue was drafted for readers).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class RunThatCannotWorkTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    private string ConfigWithDrafts(string name, string urls) => _harness.WriteFile(name, $"""
        feeds:
          urls: [{urls}]
        fetch:
          allow_private_hosts: [127.0.0.1]
          retries: 0
        content:
          min_length: 100
        delivery:
          enabled: true
          recipients: [dana@example.org]
          list_unsubscribe: "mailto:unsubscribe@example.org?subject=unsubscribe"
        """);

    [Fact]
    public async Task Run_WhenEveryFeedFails_ShouldFailAtFilterNamingTheFirstErrorsAndMailNobody()
    {
        _server.Route("down.xml", (ctx, _) => LoopbackServer.Write(ctx, 500, "oops"));
        var config = ConfigWithDrafts("down.yaml", $"\"{_server.Url("missing.xml")}\", \"{_server.Url("down.xml")}\"");

        var result = await _harness.RunAsync("all-down", config);

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("NoFeedReadException", result.Error);
        Assert.Contains("none of the 2 feeds could be read", result.Cause);
        Assert.Contains("HTTP 404", result.Cause);
        Assert.Contains("HTTP 500", result.Cause);
        Assert.Equal("Filter", _harness.Query<string>("SELECT error_stage FROM pipeline_runs WHERE run_id = 'all-down'").Single());
        Assert.Empty(await _harness.Services.Blobs.ListAsync("runs/all-down/delivery/"));
        Assert.False(_harness.BlobExists("runs/all-down/newsletter/newsletter.html"));
        // Each feed's failure is still remembered toward its backoff.
        Assert.All(Directory.GetFiles(Path.Combine(_harness.OutDir, "state", "feeds")),
            state => Assert.Equal(1, (int)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(state))!["consecutiveFailures"]!));
    }

    [Fact]
    public async Task Run_WhenEveryIngestShardCrashes_ShouldFailNamingTheCrashInsteadOfMailingAQuietDay()
    {
        // What an unparsable fetch.user_agent did before config load refused it: each shard died building its fetcher.
        _server.Serve("a.xml", Feeds.Rss("A", ("Open source LLM runs on one GPU", "https://example.org/a", Feeds.AiBody)));
        var config = ConfigWithDrafts("crash.yaml", $"\"{_server.Url("a.xml")}\"");
        var ingest = LocalPipeline.Substitutions["IngestFunctionArn"];
        var real = LocalPipeline.Resources(_harness.Services)[ingest];
        var overrides = new Dictionary<string, TaskHandler>
        {
            [ingest] = (input, invocation, ct) => input!["failure"] is null
                ? throw new FormatException("The format of value '(+https://example.org/bot' is invalid.")
                : real(input, invocation, ct),
        };

        var result = await _harness.RunAsync("crashed", config, overrides);

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("NoFeedReadException", result.Error);
        Assert.Contains("FormatException: The format of value", result.Cause);
        Assert.Empty(await _harness.Services.Blobs.ListAsync("runs/crashed/delivery/"));
    }

    [Fact]
    public async Task Run_WhenOneFeedOfManyIsRead_ShouldStillFinish()
    {
        _server.Serve("a.xml", Feeds.Rss("A", ("Open source LLM runs on one GPU", "https://example.org/a", Feeds.AiBody)));
        var config = ConfigWithDrafts("one.yaml", $"\"{_server.Url("a.xml")}\", \"{_server.Url("missing.xml")}\"");

        var result = await _harness.RunAsync("one-read", config);

        Assert.True(result.Succeeded, result.Cause);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
