using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsCurator.Cli;
using NewsCurator.Runs;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>Runs the real statemachine/pipeline.asl.json through the local runner into a temp folder.</summary>
public sealed class PipelineHarness : IDisposable
{
    private readonly TempDir _dir = new();

    /// <param name="clock">The services' clock (the system's unless a test pins it).</param>
    public PipelineHarness(TimeProvider? clock = null) => Services = LocalServices.Create(_dir.Path) with { Clock = clock ?? TimeProvider.System };

    public PipelineServices Services { get; }

    public string OutDir => _dir.Path;

    public List<ExecutionEvent> Events { get; } = [];

    public string WriteFile(string name, string content) => _dir.File(name, content);

    public async Task<ExecutionResult> RunAsync(string runId, string configPath, IDictionary<string, TaskHandler>? overrides = null)
    {
        var runner = LocalPipeline.CreateRunner(Services, Repo.Definition, e => { lock (Events) Events.Add(e); },
            delay: (_, _) => Task.CompletedTask, overrides: overrides);
        return await runner.StartExecutionAsync(runId, new JsonObject { ["runId"] = runId, ["config"] = configPath });
    }

    public string ReadBlob(string key) => File.ReadAllText(Path.Combine(OutDir, key));

    public bool BlobExists(string key) => File.Exists(Path.Combine(OutDir, key));

    public List<T> Query<T>(string sql, object? args = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(OutDir, "newscurator.db")};Pooling=False");
        return connection.Query<T>(sql, args).ToList();
    }

    public long Count(string sql, object? args = null) => Query<long>(sql, args).Single();

    /// <summary>The sample config, written elsewhere with its relative paths made absolute, then edited.</summary>
    public string CopyOfSampleConfig(string name, Func<string, string> edit) => WriteFile(name, edit(File.ReadAllText(Repo.SampleConfig)
        .Replace("../samples/feeds.opml", Repo.Path("samples", "feeds.opml"))
        .Replace("../batch-gpu/model/minilm-heads.nceh", Repo.Path("batch-gpu", "model", "minilm-heads.nceh"))));

    /// <summary>A config that reads the given feed URLs (loopback allowed) and otherwise uses the sample settings.</summary>
    public string ConfigForUrls(params string[] urls) => WriteFile("pipeline.yaml", $"""
        feeds:
          urls: [{string.Join(", ", urls.Select(u => $"\"{u}\""))}]
        fetch:
          allow_private_hosts: [127.0.0.1]
          retries: 0
          timeout_seconds: 5
        content:
          min_length: 100
        """);

    /// <summary>
    /// A config file for one loopback feed that runs may repeat (no memory of sent stories), plus the
    /// test's own sections as YAML at the top level.
    /// </summary>
    public string RepeatableConfig(string name, string feedUrl, string sections) => WriteFile(name, $"""
        feeds:
          urls: ["{feedUrl}"]
        fetch:
          allow_private_hosts: [127.0.0.1]
          retries: 0
        content:
          min_length: 100
          sent_memory_days: 0

        """ + sections);

    public void Dispose() => _dir.Dispose();
}
