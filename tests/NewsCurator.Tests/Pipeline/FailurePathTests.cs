using System.Text.Json.Nodes;
using NewsCurator.Cli;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>What happens when feeds, configs or stages go wrong, through the production definition.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class FailurePathTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task Run_WhenOneFeed404sAndAnotherIsMalformed_ShouldRecordBothAndFinish()
    {
        _server.Serve("good.xml", Feeds.Rss("Good",
            ("New open source LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody),
            ("Compiler engineers speed up Rust builds", "https://example.org/rust", Feeds.AiBody.Replace("language model", "Rust compiler"))));
        _server.Serve("broken.xml", "<rss version=\"2.0\"><channel><title>Broken</title><item><title>half");
        var config = _harness.ConfigForUrls(_server.Url("good.xml"), _server.Url("missing.xml"), _server.Url("broken.xml"));

        var result = await _harness.RunAsync("http-run", config);

        Assert.True(result.Succeeded, result.Cause);
        var feeds = _harness.Query<(string Url, string Status, string? Error, long? Http, long Items)>(
            "SELECT feed_url, status, error, http_status, total_articles FROM feed_statistics WHERE run_id = 'http-run' ORDER BY feed_url");
        var missing = feeds.Single(f => f.Url.EndsWith("missing.xml", StringComparison.Ordinal));
        Assert.Equal(("error", 404L), (missing.Status, missing.Http!.Value));
        Assert.Contains("HTTP 404", missing.Error);
        var broken = feeds.Single(f => f.Url.EndsWith("broken.xml", StringComparison.Ordinal));
        Assert.Equal("error", broken.Status);
        Assert.Contains("line", broken.Error);
        Assert.Equal(2, feeds.Single(f => f.Url.EndsWith("good.xml", StringComparison.Ordinal)).Items);
        Assert.Equal(1L, _harness.Count("SELECT consecutive_failures FROM feeds WHERE feed_url LIKE '%missing.xml'"));
        Assert.Contains("open source LLM", _harness.ReadBlob("runs/http-run/newsletter/newsletter.txt"));
    }

    [Fact]
    public async Task Run_WhenAStageThrows_ShouldCatchMarkTheRunFailedWithItsStageAndFail()
    {
        var overrides = new Dictionary<string, TaskHandler>
        {
            [LocalPipeline.Substitutions["FilterFunctionArn"]] = (_, _, _) => throw new InvalidOperationException("filter exploded"),
        };

        var result = await _harness.RunAsync("boom", Repo.SampleConfig, overrides);

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("InvalidOperationException", result.Error);
        Assert.Contains("filter exploded", result.Cause);
        var run = _harness.Query<(string Status, string Stage, string Message)>("SELECT status, error_stage, error_message FROM pipeline_runs WHERE run_id = 'boom'").Single();
        Assert.Equal(("failed", "Filter"), (run.Status, run.Stage));
        Assert.Contains("filter exploded", run.Message);
        Assert.Contains("\"stage\": \"Filter\"", _harness.ReadBlob("runs/boom/failure.json"));
        Assert.Contains(result.Events, e => e.Type == "StateCaught" && e.State == "Filter");
    }

    [Fact]
    public async Task Run_WhenAStageFailsTransiently_ShouldRetryItAndSucceed()
    {
        var services = _harness.Services;
        var real = LocalPipeline.Resources(services)[LocalPipeline.Substitutions["SelectFunctionArn"]];
        var calls = 0;
        var overrides = new Dictionary<string, TaskHandler>
        {
            [LocalPipeline.Substitutions["SelectFunctionArn"]] = (input, invocation, ct) =>
                // What the Select Lambda reports for a broken blob-store stream (LambdaHandler classifies it).
                Interlocked.Increment(ref calls) == 1 ? throw NewsCurator.Runs.TransientFailureException.Classify(new IOException("blob store hiccup")) : real(input, invocation, ct),
        };

        var result = await _harness.RunAsync("flaky", Repo.SampleConfig, overrides);

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(2, calls);
        Assert.Contains(result.Events, e => e.Type == "StateRetried" && e.State == "Select");
        Assert.Equal(20, _harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'flaky' AND decision = 'selected'"));
    }

    [Fact]
    public async Task Run_WhenTheConfigHasAnUnknownKey_ShouldFailInStartRunBeforeFetchingAnything()
    {
        _server.Serve("feed.xml", Feeds.Rss("Feed", ("t", "https://example.org/a", Feeds.AiBody)));
        var config = _harness.WriteFile("bad.yaml", $"""
            feeds:
              urls: ["{_server.Url("feed.xml")}"]
            select:
              max_article: 10
            """);

        var result = await _harness.RunAsync("badconfig", config);

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("ConfigurationException", result.Error);
        Assert.Contains("unknown key 'select.max_article' (did you mean 'max_articles'?)", result.Cause);
        Assert.Equal(0, _server.Hits("feed.xml"));
        Assert.Equal("StartRun", _harness.Query<string>("SELECT error_stage FROM pipeline_runs WHERE run_id = 'badconfig'").Single());
    }

    [Fact]
    public async Task Run_WhenCandidatesExceedTheGpuThreshold_ShouldScoreThroughTheBatchJob()
    {
        var config = _harness.CopyOfSampleConfig("gpu.yaml", c => c.Replace("gpu_threshold: 11000", "gpu_threshold: 10"));

        var result = await _harness.RunAsync("gpu", config);

        Assert.True(result.Succeeded, result.Cause);
        Assert.Contains(result.Events, e => e.Type == "StateExited" && e.State == "ScoreOnGpu");
        Assert.DoesNotContain(result.Events, e => e.State == "ScoreOnCpu");
        Assert.True(_harness.BlobExists("runs/gpu/scores.jsonl"));
        using var analytics = System.Text.Json.JsonDocument.Parse(_harness.ReadBlob("runs/gpu/export/analytics.json"));
        Assert.Equal("gpu", analytics.RootElement.GetProperty("scoring").GetProperty("device").GetString());
        Assert.False(analytics.RootElement.GetProperty("scoring").GetProperty("fellBackFromGpu").GetBoolean());
    }

    [Fact]
    public async Task Run_WhenCandidatesExceedWhatOneGpuJobScoresInItsTime_ShouldScoreThroughAnArrayJobOfPartitions()
    {
        // One item a second for a minute: 60 candidates a job, so the sample's candidates need several jobs.
        var config = _harness.CopyOfSampleConfig("gpu-array.yaml", c => c.Replace("gpu_threshold: 11000", "gpu_threshold: 10")
            .Replace("gpu_items_per_second: 2000", "gpu_items_per_second: 1").Replace("gpu_partition_minutes: 15", "gpu_partition_minutes: 1"));

        var result = await _harness.RunAsync("gpu-array", config);

        Assert.True(result.Succeeded, result.Cause);
        var candidates = (int)result.Output!["counts"]!["afterAdDetection"]!;
        var partitions = Math.Min(8, (candidates + 59) / 60);
        Assert.True(partitions >= 2, $"{candidates} candidates");
        Assert.Contains(result.Events, e => e.Type == "StateExited" && e.State == "ScoreOnGpuArray");
        Assert.DoesNotContain(result.Events, e => e.State is "ScoreOnGpu" or "ScoreOnCpu");
        using var analytics = System.Text.Json.JsonDocument.Parse(_harness.ReadBlob("runs/gpu-array/export/analytics.json"));
        Assert.Equal("gpu", analytics.RootElement.GetProperty("scoring").GetProperty("device").GetString());
        Assert.Equal(partitions, analytics.RootElement.GetProperty("scoring").GetProperty("partitions").GetInt32());
        Assert.Equal(20, _harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'gpu-array' AND decision = 'selected'"));

        // Each child scored its share only (candidate lines i, i + n, ...), and together exactly every candidate once.
        Assert.False(_harness.BlobExists("runs/gpu-array/scores.jsonl"));
        var shares = Enumerable.Range(0, partitions).Select(i => _harness.ReadBlob($"runs/gpu-array/scores/part-{i:D4}.jsonl")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Length).ToList();
        Assert.Equal(candidates, shares.Sum());
        Assert.True(shares.Max() - shares.Min() <= 1, string.Join(", ", shares));
        Assert.Equal(candidates, _harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'gpu-array' AND tech_relevance_score IS NOT NULL"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_001)]
    public async Task LocalBatchAdapter_WhenTheArraySizeIsOutOfBatchsRange_ShouldFailLikeSubmitJob(int size)
    {
        var submit = LocalPipeline.Resources(_harness.Services)[LocalPipeline.BatchSubmitJobSync];
        var input = System.Text.Json.Nodes.JsonNode.Parse("""{"JobName":"score-x","ArrayProperties":{"Size":__SIZE__},"ContainerOverrides":{"Environment":[{"Name":"RUN_ID","Value":"x"}]}}"""
            .Replace("__SIZE__", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var error = await Assert.ThrowsAsync<StatesError>(() => submit(input, new TaskInvocation("S", LocalPipeline.BatchSubmitJobSync, 0, new System.Text.Json.Nodes.JsonObject()), default));

        Assert.Equal("Batch.ClientException", error.Error);
        Assert.Contains("2 to 10,000", error.Cause);
    }

    [Fact]
    public async Task Run_WhenTheGpuJobFails_ShouldScoreOnTheCpuInTheSameRunAndRecordTheFallback()
    {
        var config = _harness.CopyOfSampleConfig("gpu-down.yaml", c => c.Replace("gpu_threshold: 11000", "gpu_threshold: 10"));
        var submissions = 0;
        var overrides = new Dictionary<string, TaskHandler>
        {
            // What batch:submitJob.sync reports when Batch cancels a job that waited too long for capacity.
            [LocalPipeline.BatchSubmitJobSync] = (_, _, _) =>
            {
                Interlocked.Increment(ref submissions);
                throw new StatesError(StatesError.TaskFailed, """{"JobName":"score-gpu-down","Status":"FAILED","StatusReason":"Job cancelled: RUNNABLE for 600 s (CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY)","Attempts":[]}""");
            },
        };

        var result = await _harness.RunAsync("gpu-down", config, overrides);

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(1, submissions); // the job's own failure is not retried by the state machine
        Assert.Contains(result.Events, e => e.Type == "StateCaught" && e.State == "ScoreOnGpu");
        Assert.Contains(result.Events, e => e.Type == "StateExited" && e.State == "ScoreOnCpu");
        Assert.Equal(20, _harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'gpu-down' AND decision = 'selected'"));
        using var analytics = System.Text.Json.JsonDocument.Parse(_harness.ReadBlob("runs/gpu-down/export/analytics.json"));
        var scoring = analytics.RootElement.GetProperty("scoring");
        Assert.Equal("cpu", scoring.GetProperty("device").GetString());
        Assert.True(scoring.GetProperty("fellBackFromGpu").GetBoolean());
        Assert.Equal("States.TaskFailed", scoring.GetProperty("gpuError").GetString());
        Assert.Contains("INSUFFICIENT_INSTANCE_CAPACITY", scoring.GetProperty("gpuReason").GetString());
        Assert.False(scoring.TryGetProperty("gpuFailure", out _), "the raw Batch cause is condensed, not carried on");
    }

    [Fact]
    public async Task Run_WhenAnIngestShardFailsForGood_ShouldRecordItsFeedsAsFailedAndFinishTheRun()
    {
        foreach (var name in new[] { "a", "b", "c" })
            _server.Serve($"{name}.xml", Feeds.Rss(name, ($"Open source LLM {name} runs on one GPU", $"https://example.org/{name}", Feeds.AiBody)));
        var config = _harness.WriteFile("shards.yaml", $"""
            feeds:
              urls: ["{_server.Url("a.xml")}", "{_server.Url("b.xml")}", "{_server.Url("c.xml")}"]
              shard_size: 1
            fetch:
              allow_private_hosts: [127.0.0.1]
              retries: 0
            content:
              min_length: 100
            """);
        var ingest = LocalPipeline.Substitutions["IngestFunctionArn"];
        var real = LocalPipeline.Resources(_harness.Services)[ingest];
        var overrides = new Dictionary<string, TaskHandler>
        {
            // The second shard's Lambda crashes on every attempt; recording its failure works.
            [ingest] = (input, invocation, ct) => ((string)input!["shard"]!).EndsWith("shard-0001.json", StringComparison.Ordinal) && input["failure"] is null
                ? throw new InvalidOperationException("the ingest function crashed")
                : real(input, invocation, ct),
        };

        var result = await _harness.RunAsync("shard-down", config, overrides);

        Assert.True(result.Succeeded, result.Cause);
        var feeds = _harness.Query<(string Url, string Status, string? Error)>(
            "SELECT feed_url, status, error FROM feed_statistics WHERE run_id = 'shard-down' ORDER BY feed_url");
        Assert.Equal(3, feeds.Count); // every feed ends in a recorded state
        var failed = Assert.Single(feeds, f => f.Status == "error");
        Assert.EndsWith("b.xml", failed.Url);
        Assert.Contains("shard runs/shard-down/feeds/shard-0001.json failed (InvalidOperationException: the ingest function crashed)", failed.Error);
        Assert.Equal(0, _server.Hits("b.xml"));
        // The Map Run's records sit where the ResultWriter put them; the state holds only their location.
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(_harness.ReadBlob("runs/shard-down/feeds/manifest.json"))!.AsArray();
        Assert.Equal(3, manifest.Count);
        Assert.Single(result.Events, e => e.Type == "MapRunSucceeded" && e.State == "Ingest");
        var resultsManifest = Directory.GetFiles(Path.Combine(_harness.OutDir, "runs", "shard-down", "ingest"), "manifest.json", SearchOption.AllDirectories).Single();
        var export = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(resultsManifest))!;
        var succeeded = export["ResultFiles"]!["SUCCEEDED"]!.AsArray();
        Assert.Single(succeeded);
        Assert.Empty(export["ResultFiles"]!["FAILED"]!.AsArray());
        Assert.Contains(result.Events, e => e.Type == "StateCaught" && e.State == "IngestShard");
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
