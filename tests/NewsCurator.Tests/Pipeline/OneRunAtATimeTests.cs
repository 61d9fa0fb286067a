using NewsCurator.Cli;
using NewsCurator.Runs;
using NewsCurator.StateMachine;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// One run at a time on an artifact store (ActiveRuns), through the production definition: in AWS the daily schedule and
/// a manual start overlapped, each read the memory of sent stories before the other wrote it, and both issues carried them.
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class OneRunAtATimeTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    private string Config()
    {
        _server.Serve("feed.xml", Feeds.Rss("AI feed", ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody)));
        return _harness.ConfigForUrls(_server.Url("feed.xml"));
    }

    [Fact]
    public async Task Run_WhileAnotherIsInProgress_ShouldNotStart_NorTouchTheOneInProgress_AndStartOnceItHasEnded()
    {
        var blobs = _harness.Services.Blobs;
        // The daily execution is between StartRun and Deliver.
        await ActiveRuns.ClaimAsync(blobs, "daily", "exec-daily", DateTimeOffset.UtcNow, CancellationToken.None);
        var config = Config();

        var refused = await _harness.RunAsync("manual", config);

        Assert.Equal("FAILED", refused.Status);
        Assert.Equal(nameof(RunInProgressException), refused.Error);
        var message = new CaughtError(refused.Error, refused.Cause).Message();
        Assert.Contains("run 'daily' (execution exec-daily) has been in progress", message);
        Assert.Contains("delete state/active-runs/daily--exec-daily.json", message);
        Assert.DoesNotContain(refused.Events, e => e.State == "MarkRunFailed");
        // Nothing of the refused start under the run's prefix: no config, shards, run.json, nor its invocation's cost record
        // (with the same run id, that would have counted in the live run's cost).
        Assert.Empty(await blobs.ListAsync("runs/manual/"));
        Assert.Equal(0L, _harness.Count("SELECT COUNT(*) FROM pipeline_runs WHERE run_id = 'manual'"));
        Assert.Equal([ActiveRuns.KeyOf("daily", "exec-daily")], await blobs.ListAsync(ActiveRuns.Prefix));
        // StartRun was tried again (with jitter in AWS) before the run ended in RunNotStarted.
        Assert.Equal(2, refused.Events.Count(e => e.Type == "StateRetried" && e.State == "StartRun"));

        await ActiveRuns.ReleaseAsync(blobs, "daily", "exec-daily", CancellationToken.None);
        var started = await _harness.RunAsync("manual", config);

        Assert.True(started.Succeeded, $"{started.Error}: {started.Cause}");
        Assert.Empty(await blobs.ListAsync(ActiveRuns.Prefix)); // Deliver gave it back
    }

    [Fact]
    public async Task Run_ThatFails_ShouldGiveItsLeaseBack_SoTheNextRunStarts()
    {
        var config = Config();
        var overrides = new Dictionary<string, TaskHandler>
        {
            [LocalPipeline.Substitutions["SelectFunctionArn"]] = (_, _, _) => throw new InvalidOperationException("select exploded"),
        };

        var failed = await _harness.RunAsync("broken", config, overrides);

        Assert.Equal("InvalidOperationException", failed.Error);
        Assert.Empty(await _harness.Services.Blobs.ListAsync(ActiveRuns.Prefix));
        Assert.True((await _harness.RunAsync("next", config)).Succeeded);
    }

    [Fact]
    public async Task Lease_ShouldKeepARetryOfItsExecution_RefuseAnotherExecutionOfTheId_AndIgnoreAStaleOrDamagedOne()
    {
        var blobs = _harness.Services.Blobs;
        var now = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
        await ActiveRuns.ClaimAsync(blobs, "daily", "exec-1", now, CancellationToken.None);
        await ActiveRuns.ClaimAsync(blobs, "daily", "exec-1", now.AddMinutes(1), CancellationToken.None); // StartRun retried

        // The same run id started again by a second execution: its own lease, which sees the first.
        var twice = await Assert.ThrowsAsync<RunInProgressException>(() => ActiveRuns.ClaimAsync(blobs, "daily", "exec-2", now.AddMinutes(2), CancellationToken.None));
        Assert.Contains("run 'daily' (execution exec-1) has been in progress since 2026-12-01 05:00:00 UTC", twice.Message);
        // A refused start gives back nothing of the run in progress.
        await ActiveRuns.ReleaseAsync(blobs, "daily", "exec-2", CancellationToken.None);
        Assert.Equal([ActiveRuns.KeyOf("daily", "exec-1")], await blobs.ListAsync(ActiveRuns.Prefix));

        // An execution stopped by hand never gave it back: past the state machine's timeout, the lease holds nothing.
        await ActiveRuns.ClaimAsync(blobs, "manual", "exec-3", now + ActiveRuns.StaleAfter, CancellationToken.None);
        await blobs.WriteTextAsync(ActiveRuns.KeyOf("garbled", "x"), "{not json", "application/json");
        await ActiveRuns.ReleaseAsync(blobs, "manual", "exec-3", CancellationToken.None);
        await ActiveRuns.ClaimAsync(blobs, "later", "exec-4", now + ActiveRuns.StaleAfter, CancellationToken.None);
    }

    [Fact]
    public async Task TwoStartsInTheSameMoment_ShouldNeverBothGoOn()
    {
        // B has written its lease and not yet listed when A claims: A sees B and stops; B, listing next, sees A's lease
        // gone or there and goes on or stops, but never both on. (Strong read-after-write listing is all it takes.)
        var blobs = _harness.Services.Blobs;
        var now = DateTimeOffset.UtcNow;
        await blobs.WriteJsonAsync(ActiveRuns.KeyOf("manual", "exec-b"), new ActiveRun("manual", "exec-b", now));

        await Assert.ThrowsAsync<RunInProgressException>(() => ActiveRuns.ClaimAsync(blobs, "daily", "exec-a", now, CancellationToken.None));

        Assert.Equal([ActiveRuns.KeyOf("manual", "exec-b")], await blobs.ListAsync(ActiveRuns.Prefix));
    }

    [Fact]
    public void Lease_ShouldGoStaleOnlyAfterTheLongestAnExecutionRuns()
    {
        var definition = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.Definition))!;
        Assert.Equal(ActiveRuns.MaxRunDuration.TotalSeconds, (int)definition["TimeoutSeconds"]!);
        Assert.True(ActiveRuns.StaleAfter > ActiveRuns.MaxRunDuration);
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
