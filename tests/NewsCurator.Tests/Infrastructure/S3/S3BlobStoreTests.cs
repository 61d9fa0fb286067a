using Amazon.Runtime;
using Amazon.S3;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.Sql;
using NewsCurator.Infrastructure.S3;

namespace NewsCurator.Tests.Infrastructure.S3;

/// <summary>The production blob store against a real S3-protocol server on loopback (scripts/test.sh starts s3rver).</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class S3BlobStoreTests : IDisposable
{
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8];
    private AmazonS3Client? _client;

    private S3BlobStore Store()
    {
        _client ??= new AmazonS3Client(new BasicAWSCredentials("S3RVER", "S3RVER"),
            new AmazonS3Config { ServiceURL = Requires.S3(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        // s3rver keeps aws-chunked framing inside objects: the option the adapter exposes for such servers.
        return new S3BlobStore(_client, "newscurator-test", _prefix, useChunkEncoding: false);
    }

    [SkippableFact]
    public async Task S3Store_ShouldRoundTripListOverwriteAndDelete()
    {
        var store = Store();
        await store.WriteTextAsync("runs/r/a.json", "{\"x\":1}", "application/json");
        await store.WriteTextAsync("runs/r/b/c.jsonl", "line\n", "application/x-ndjson");
        await store.WriteTextAsync("runs/r/a.json", "{\"x\":2}", "application/json");
        await store.WriteTextAsync("runs/other/z.json", "{}", "application/json");

        Assert.Equal(["runs/r/a.json", "runs/r/b/c.jsonl"], await store.ListAsync("runs/r/"));
        Assert.Equal("{\"x\":2}"u8.ToArray(), await store.ReadAsync("runs/r/a.json"));
        Assert.Null(await store.ReadAsync("runs/r/missing.json"));
        await store.DeleteAsync("runs/r/a.json");
        Assert.Equal(["runs/r/b/c.jsonl"], await store.ListAsync("runs/r/"));
        Assert.StartsWith($"s3://newscurator-test/{_prefix}/", store.Describe("runs/r/b/c.jsonl"));
    }

    [SkippableFact]
    public async Task RunLease_OnS3_ShouldLetOneRunAtATimeGoOn()
    {
        // The claim relies on S3 listing what was just written, no conditional write (which s3rver does not honour).
        var store = Store();
        var now = DateTimeOffset.UtcNow;
        await ActiveRuns.ClaimAsync(store, "daily", "exec-daily", now, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RunInProgressException>(() => ActiveRuns.ClaimAsync(store, "manual", "exec-manual", now, CancellationToken.None));

        Assert.Contains("run 'daily'", refused.Message);
        Assert.Equal([ActiveRuns.KeyOf("daily", "exec-daily")], await store.ListAsync(ActiveRuns.Prefix));
        await ActiveRuns.ReleaseAsync(store, "daily", "exec-daily", CancellationToken.None);
        await ActiveRuns.ClaimAsync(store, "manual", "exec-manual", now, CancellationToken.None);
        Assert.Equal([ActiveRuns.KeyOf("manual", "exec-manual")], await store.ListAsync(ActiveRuns.Prefix));
    }

    [SkippableFact]
    public async Task Pipeline_OnS3_ShouldWriteTheRunsArtifactsThere()
    {
        using var dir = new TempDir();
        var store = Store();
        var services = Adapters.Services(store, new RunRepository(Database.FromConnectionString("sqlite:" + Path.Combine(dir.Path, "db.sqlite"))));
        var runner = NewsCurator.Cli.LocalPipeline.CreateRunner(services, Repo.Definition, delay: (_, _) => Task.CompletedTask);

        var result = await runner.StartExecutionAsync("s3run", new System.Text.Json.Nodes.JsonObject { ["runId"] = "s3run", ["config"] = Repo.SampleConfig });

        Assert.True(result.Succeeded, $"{result.Error}: {result.Cause}");
        var keys = await store.ListAsync("runs/s3run/");
        Assert.Contains("runs/s3run/newsletter/newsletter.html", keys);
        Assert.Contains("runs/s3run/export/decisions.jsonl", keys);
        // The Ingest Distributed Map read its shard list from the bucket and wrote its Map Run's records there.
        Assert.Contains("runs/s3run/feeds/manifest.json", keys);
        Assert.Single(keys, k => k.StartsWith("runs/s3run/ingest/", StringComparison.Ordinal) && k.EndsWith("/manifest.json", StringComparison.Ordinal));
        Assert.Single(keys, k => k.StartsWith("runs/s3run/ingest/", StringComparison.Ordinal) && k.EndsWith("/SUCCEEDED_0.json", StringComparison.Ordinal));
        Assert.Contains("The Tech & AI Brief", System.Text.Encoding.UTF8.GetString((await store.ReadAsync("runs/s3run/newsletter/newsletter.txt"))!));
    }

    public void Dispose() => _client?.Dispose();
}
