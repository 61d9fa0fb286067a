using NewsCurator.Configuration;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>StartRun takes its input from whoever may start a run: it checks the run id and the config it names.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class StartRunInputTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    [Theory]
    [InlineData("config/production.yaml")]
    [InlineData("config/pipeline.yaml")]
    [InlineData("config/teams/ai-weekly.yml")]
    public void AllowedConfig_ShouldAcceptYamlFilesUnderThePrefix(string config)
        => Assert.Equal(config, StartRunStage.AllowedConfig(config, "config/"));

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("config/../../etc/passwd.yaml")]
    [InlineData("config/./production.yaml")]
    [InlineData("config//production.yaml")]
    [InlineData("config/production.json")]
    [InlineData("samples/pipeline.yaml")]
    [InlineData("configs/pipeline.yaml")]
    [InlineData("config/pro duction.yaml")]
    [InlineData("s3://bucket/config/production.yaml")]
    public void AllowedConfig_ShouldRejectAnythingElseAndSayWhatIsAllowed(string config)
    {
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.AllowedConfig(config, "config"));
        Assert.Contains($"config '{config}' is not allowed", error.Message);
        Assert.Contains("under 'config/'", error.Message);
    }

    [Fact]
    public void AllowedConfig_WithoutAPrefix_ShouldTakeTheLocalPathAsGiven()
        => Assert.Equal("/tmp/my.yaml", StartRunStage.AllowedConfig("/tmp/my.yaml", null));

    [Theory]
    [InlineData("../runs")]
    [InlineData("a/b")]
    [InlineData("-leading-dash")]
    [InlineData("")]
    [InlineData("run id")]
    public async Task StartRun_WhenTheRunIdIsInvalid_ShouldRefuseBeforeTouchingAnything(string runId)
    {
        await _harness.Services.Blobs.WriteTextAsync("runs/keep/run.json", "{}", "application/json");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new StartRunStage(_harness.Services)
            .RunAsync(new StartRunRequest { RunId = runId, Config = Repo.SampleConfig }));

        Assert.Contains("run id", error.Message);
        Assert.True(_harness.BlobExists("runs/keep/run.json"));
    }

    [Fact]
    public async Task StartRun_ShouldListEveryFeedInTheShardManifest_AndKeepTheFeedListOutOfTheConfigEveryStageReads()
    {
        var context = await new StartRunStage(_harness.Services).RunAsync(new StartRunRequest { RunId = "sharded", Config = Repo.SampleConfig });

        var shards = System.Text.Json.JsonSerializer.Deserialize<List<string>>(_harness.ReadBlob("runs/sharded/feeds/manifest.json"))!;
        Assert.Equal(context.ShardCount, shards.Count);
        Assert.Equal("runs/sharded/feeds/manifest.json", context.Manifest);
        var feeds = 0;
        foreach (var shard in shards) feeds += System.Text.Json.Nodes.JsonNode.Parse(_harness.ReadBlob(shard))!.AsArray().Count;
        Assert.Equal(context.Counts.Feeds, feeds);
        Assert.Equal(23, feeds);
        // Each Ingest shard and every later stage read config.json: it must not grow with the feed list.
        var config = System.Text.Json.Nodes.JsonNode.Parse(_harness.ReadBlob("runs/sharded/config.json"))!;
        Assert.Empty(config["feeds"]!["resolved"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task StartRun_WhenRestartingARun_ShouldClearOnlyItsOwnPrefix()
    {
        var blobs = _harness.Services.Blobs;
        await blobs.WriteTextAsync("runs/daily/stale.json", "{}", "application/json");
        await blobs.WriteTextAsync("runs/daily-2/newsletter/newsletter.txt", "another run", "text/plain");
        await blobs.WriteTextAsync("state/feeds/validators.json", "{}", "application/json");

        await new StartRunStage(_harness.Services).RunAsync(new StartRunRequest { RunId = "daily", Config = Repo.SampleConfig });

        Assert.False(_harness.BlobExists("runs/daily/stale.json"));
        Assert.True(_harness.BlobExists("runs/daily/config.json"));
        Assert.True(_harness.BlobExists("runs/daily-2/newsletter/newsletter.txt"));
        Assert.True(_harness.BlobExists("state/feeds/validators.json"));
    }

    public void Dispose() => _harness.Dispose();
}
