using NewsCurator.Cli;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Pipeline;

/// <summary>Damaged state files, the same run id twice, and a failure that cannot be recorded.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class StateRobustnessTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    [Fact]
    public async Task DamagedStateFiles_ShouldBeQuarantinedWithAWarningAndTheRunGoOn()
    {
        Assert.True((await _harness.RunAsync("day1", Repo.SampleConfig)).Succeeded);
        var feedState = Directory.EnumerateFiles(Path.Combine(_harness.OutDir, "state", "feeds")).First();
        var sent = Directory.EnumerateFiles(Path.Combine(_harness.OutDir, "state", "sent")).First();
        var runJson = Path.Combine(_harness.OutDir, "runs", "day1", "run.json");
        foreach (var file in new[] { feedState, sent, runJson })
            File.WriteAllText(file, File.ReadAllText(file)[..20]); // truncated, as by a full disk

        var warnings = new List<string>();
        void Collect(string w) { lock (warnings) if (w.Contains(_harness.OutDir, StringComparison.Ordinal)) warnings.Add(w); }
        StateWarnings.Raised += Collect;
        try
        {
            Assert.True((await _harness.RunAsync("day2", Repo.SampleConfig)).Succeeded);
            Assert.True((await _harness.RunAsync("day1", Repo.SampleConfig)).Succeeded); // that run id can run again
        }
        finally
        {
            StateWarnings.Raised -= Collect;
        }
        foreach (var file in new[] { feedState, sent, runJson })
            Assert.Contains(warnings, w => w.Contains($"state file '{file}' is damaged", StringComparison.Ordinal));
        Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(_harness.OutDir, "quarantine"), "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task TheSameRunId_ShouldNotRunTwiceAtOnce()
    {
        using var dir = new TempDir();
        var stderr = new StringWriter();
        using (var held = RunLease.TryAcquire(dir.Path, "daily"))
        {
            Assert.NotNull(held);
            Assert.Null(RunLease.TryAcquire(dir.Path, "daily"));
            Assert.Equal(3, await RunCommand.ExecuteAsync(dir.Path, Repo.SampleConfig, "daily", quiet: true, new StringWriter(), stderr, default));
            Assert.Contains("run daily is already running", stderr.ToString());
            using var other = RunLease.TryAcquire(dir.Path, "other-run");
            Assert.NotNull(other); // a different run id is not held up
        }
        using var again = RunLease.TryAcquire(dir.Path, "daily");
        Assert.NotNull(again); // released with its holder
        // A run called "folder" has a lock of its own, apart from the folder's (hostile-input audit 30, H11).
        using var folder = RunLease.TryAcquireFolder(dir.Path);
        using var named = RunLease.TryAcquire(dir.Path, "folder");
        Assert.NotNull(folder);
        Assert.NotNull(named);
    }

    [Fact]
    public async Task ARunWhoseProcessWasKilled_ShouldBeMarkedFailedByTheNextRun_NotStayRunning()
    {
        // Hostile-input audit 30, H8: a killed run's row said "running" for ever, in /runs and /admin/status.
        Assert.True((await _harness.RunAsync("killed", Repo.SampleConfig)).Succeeded);
        _harness.Query<long>("UPDATE pipeline_runs SET status = 'running', completed_at = NULL WHERE run_id = 'killed'; SELECT 1");
        await ActiveRuns.ClaimAsync(new FileBlobStore(_harness.OutDir), "killed", "killed", DateTimeOffset.UtcNow, CancellationToken.None);
        var stderr = new StringWriter();

        Assert.Equal(0, await RunCommand.ExecuteAsync(_harness.OutDir, Repo.SampleConfig, "next", quiet: true, new StringWriter(), stderr, default));

        Assert.Contains("run killed ended without finishing", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(["failed"], _harness.Query<string>("SELECT status FROM pipeline_runs WHERE run_id = 'killed'"));
        Assert.Contains("lease was cleared by run next", _harness.Query<string>("SELECT error_message FROM pipeline_runs WHERE run_id = 'killed'").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputEntriesOfTheWrongKind_ShouldBeNamedWithTheFix_NotCrashOrReadAsAccessDenied()
    {
        // Hostile-input audit 30, H12: a lock that is a folder crashed the CLI with a stack trace; a feed state that is a
        // folder failed its feed on every run as "access denied".
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "locks", "folder.lock"));
        var stderr = new StringWriter();
        Assert.Equal(2, await RunCommand.ExecuteAsync(dir.Path, Repo.SampleConfig, "kinds", quiet: true, new StringWriter(), stderr, default));
        Assert.Contains("is a folder where a run's lock file belongs; remove it", stderr.ToString(), StringComparison.Ordinal);

        var blobs = new FileBlobStore(dir.Path);
        Directory.CreateDirectory(Path.Combine(dir.Path, "state", "feeds", "abc.json"));
        Assert.Null(await blobs.ReadAsync("state/feeds/abc.json"));
        Assert.Null(await blobs.OpenReadAsync("state/feeds/abc.json"));
        var refused = await Assert.ThrowsAsync<IOException>(() => blobs.WriteAsync("state/feeds/abc.json", new byte[] { 1 }, "application/json"));
        Assert.Contains("is a folder where the store keeps a file; remove it", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedDatabase_ShouldStopTheRunNamingTheFileAndTheFix()
    {
        // Hostile-input audit 30, H6: "MarkRunFailedFailed: ... see the execution history", which a local run has none of.
        using var dir = new TempDir();
        await File.WriteAllBytesAsync(Path.Combine(dir.Path, "newscurator.db"), System.Text.Encoding.ASCII.GetBytes("SQLite format 3\0" + new string('x', 84)));
        var stderr = new StringWriter();

        Assert.Equal(1, await RunCommand.ExecuteAsync(dir.Path, Repo.SampleConfig, "damaged-db", quiet: true, new StringWriter(), stderr, default));

        var said = stderr.ToString();
        Assert.Contains("newscurator.db", said, StringComparison.Ordinal);
        Assert.Contains("move it aside: the next run starts a new one", said, StringComparison.Ordinal);
        Assert.DoesNotContain("errorMessage", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRunsOfDifferentIds_ShouldNotOverlapOnOneOutputFolder()
    {
        // Overlapping runs each read the sent-story memory before either wrote it: both issues carried the same stories.
        using var dir = new TempDir();
        var stderr = new StringWriter();
        using (var running = RunLease.TryAcquireFolder(dir.Path))
        {
            Assert.NotNull(running);
            Assert.Equal(3, await RunCommand.ExecuteAsync(dir.Path, Repo.SampleConfig, "manual", quiet: true, new StringWriter(), stderr, default));
            Assert.Contains("another run is in progress on", stderr.ToString());
            Assert.Contains("pass another --out", stderr.ToString());
        }
        using var free = RunLease.TryAcquireFolder(dir.Path);
        Assert.NotNull(free); // released with its holder
    }

    [Fact]
    public async Task RecordingAFailureThatFails_ShouldKeepTheRootCause()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "db"), "a file where the database folder should be");
        var services = Adapters.Services(new ReadOnlyBlobStore(new FileBlobStore(dir.Path)), new RunRepository(Database.FromConnectionString("sqlite:" + Path.Combine(dir.Path, "db", "newscurator.db"))));
        var failure = new RunFailure { RunId = "r1", FailedStage = "Filter", Error = new CaughtError("States.TaskFailed", "the candidates file was cut short") };
        var error = await Assert.ThrowsAsync<FailureNotRecordedException>(() => new MarkRunFailedStage(services).RunAsync(failure));
        Assert.StartsWith("run r1 failed in Filter (States.TaskFailed: the candidates file was cut short)", error.Message);
        Assert.Contains("read-only", error.Message);
    }

    /// <summary>A blob store on a read-only disk (tests run as root, where file permissions do not bite).</summary>
    private sealed class ReadOnlyBlobStore(IBlobStore inner) : IBlobStore
    {
        public Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
            => throw new UnauthorizedAccessException($"'{inner.Describe(key)}': read-only file system");

        public Task WriteAsync(string key, Stream content, string contentType, CancellationToken ct = default)
            => throw new UnauthorizedAccessException($"'{inner.Describe(key)}': read-only file system");

        public Task<byte[]?> ReadAsync(string key, CancellationToken ct = default) => inner.ReadAsync(key, ct);

        public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default) => inner.OpenReadAsync(key, ct);

        public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default) => inner.ListAsync(prefix, ct);

        public Task DeleteAsync(string key, CancellationToken ct = default) => throw new UnauthorizedAccessException("read-only file system");

        public string Describe(string key) => inner.Describe(key);
    }

    public void Dispose() => _harness.Dispose();
}
