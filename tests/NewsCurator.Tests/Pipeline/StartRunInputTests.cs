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

    [Fact]
    public async Task StartRun_WithALargeOpml_ShouldShardEveryDistinctFeedInOrder_AndRefuseABrokenOneBeforeWritingAnything()
    {
        // 12,345 outlines, every tenth URL listed twice: StartRun streams the list, so each shard is written as it fills.
        var outlines = string.Join("\n", Enumerable.Range(0, 12_345).Select(i => i % 10 == 9 ? i - 1 : i)
            .Select(j => $"<outline text=\"f{j}\" xmlUrl=\"https://feeds{j % 7}.example.com/{j}.xml\"/>"));
        var opml = _harness.WriteFile("big.opml", $"<opml version=\"2.0\"><body><outline text=\"folder\">{outlines}</outline></body></opml>");
        var config = _harness.WriteFile("big.yaml", $"feeds:\n  opml: {opml}\n  shard_size: 500\n");
        var context = await new StartRunStage(_harness.Services).RunAsync(new StartRunRequest { RunId = "big", Config = config });

        var urls = System.Text.Json.JsonSerializer.Deserialize<List<string>>(_harness.ReadBlob("runs/big/feeds/manifest.json"))!
            .SelectMany(shard => System.Text.Json.Nodes.JsonNode.Parse(_harness.ReadBlob(shard))!.AsArray().Select(f => (string)f!["url"]!)).ToList();
        var expected = Enumerable.Range(0, 12_345).Where(i => i % 10 != 9).Select(i => $"https://feeds{i % 7}.example.com/{i}.xml").ToList();
        Assert.Equal(expected, urls);
        Assert.Equal(expected.Count, context.Counts.Feeds);
        Assert.Equal((expected.Count + 499) / 500, context.ShardCount);

        // The same list with one feed changed is another config: the digest covers the feed list, not only config.json.
        _harness.WriteFile("big.opml", File.ReadAllText(opml).Replace("/0.xml", "/zero.xml", StringComparison.Ordinal));
        var changed = await new StartRunStage(_harness.Services).RunAsync(new StartRunRequest { RunId = "big", Config = config });
        Assert.NotEqual(context.ConfigDigest, changed.ConfigDigest);

        // A list that breaks near its end fails StartRun before anything of the run exists (it is read whole first). The
        // run above has ended (MarkRunFailed or Deliver gives its lease back in a run; here, by hand).
        await ActiveRuns.ReleaseAsync(_harness.Services.Blobs, "big", "big", CancellationToken.None);
        _harness.WriteFile("big.opml", File.ReadAllText(opml).Replace("</body>", "<outline xmlUrl=\"https://x.example.com/a.xml\"></body>", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<ConfigurationException>(() => new StartRunStage(_harness.Services).RunAsync(new StartRunRequest { RunId = "broken", Config = config }));
        Assert.Contains("not valid XML", error.Message);
        Assert.Empty(await _harness.Services.Blobs.ListAsync("runs/broken/"));
    }

    public void Dispose() => _harness.Dispose();
}
