using NewsCurator.Cli;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;
using NewsCurator.Wiring;

namespace NewsCurator.Tests.Cli;

/// <summary>The local runner reads the wiring table the CDK app reads, grants included.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class LocalWiringTests
{
    [Fact]
    public void Substitutions_ShouldBeOnePerRowPlusTheBatchTaskAndTheBucket()
    {
        var rows = PipelineWiring.Functions.Select(f => f.Placeholder!).ToList();
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(rows.Append(PipelineWiring.GpuJobQueuePlaceholder).Append(PipelineWiring.ScoringJobDefinitionPlaceholder).Append(PipelineWiring.ArtifactsBucketPlaceholder).Order(),
            LocalPipeline.Substitutions.Keys.Order());
        Assert.Equal("arn:aws:lambda:local:000000000000:function:newscurator-mark-run-failed", LocalPipeline.Substitutions["MarkRunFailedFunctionArn"]);
    }

    [Fact]
    public async Task GrantedStore_ShouldRefuseEveryKeyOutsideTheRowsGrants()
    {
        using var dir = new TempDir();
        var filter = PipelineWiring.ForPlaceholder("FilterFunctionArn");
        var store = new GrantedBlobStore(new FileBlobStore(dir.Path), filter);

        await store.WriteTextAsync("runs/r/candidates.jsonl", "{}\n", "application/x-ndjson");
        Assert.Empty(await store.ListAsync("state/sent/"));
        await store.DeleteAsync("state/sent/old.json"); // a damaged record may be moved away
        await store.WriteTextAsync("quarantine/state/sent/old.json.1", "x", "text/plain");
        var write = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.WriteTextAsync("state/sent/r.json", "{}", "application/json"));
        Assert.Contains("FilterHandler may not write 'state/sent/r.json'", write.Message);
        Assert.Contains("PipelineWiring", write.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.ReadAsync("state/feeds/a.json"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.ListAsync("cache/llm/"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.DeleteAsync("runs-other/x"));
    }

    [Fact]
    public async Task Run_WhenARowLacksAGrantItsStageUses_ShouldFailAtThatStageNamingTheGrant()
    {
        using var harness = new PipelineHarness();
        var filter = PipelineWiring.ForPlaceholder("FilterFunctionArn");
        var narrowed = filter with { Blobs = filter.Blobs.Where(g => !g.Prefix.StartsWith("state/", StringComparison.Ordinal)).ToList() };
        var overrides = new Dictionary<string, NewsCurator.StateMachine.TaskHandler>
        {
            [LocalPipeline.Substitutions["FilterFunctionArn"]] = LocalPipeline.Lambda(LocalPipeline.Handler(narrowed, harness.Services)),
        };

        var result = await harness.RunAsync("narrow", Repo.SampleConfig, overrides);

        Assert.Equal("FAILED", result.Status);
        Assert.Equal(nameof(UnauthorizedAccessException), result.Error);
        Assert.Contains("FilterHandler may not list 'state/sent/'", result.Cause);
    }

    [Fact]
    public void Handler_ShouldBeFoundByTheNameLambdaUses()
    {
        using var dir = new TempDir();
        var services = LocalServices.Create(dir.Path);
        foreach (var row in PipelineWiring.Functions.Append(PipelineWiring.ReadApi))
            Assert.StartsWith($"NewsCurator.Functions::NewsCurator.Functions.{row.HandlerClass}::Handle", row.LambdaHandler, StringComparison.Ordinal);
        foreach (var row in PipelineWiring.Functions)
            Assert.NotNull(LocalPipeline.Handler(row, services));
        var missing = Assert.Throws<InvalidOperationException>(() => LocalPipeline.Handler(new FunctionWiring("X", "NoSuchHandler", 128, 10), services));
        Assert.Contains("no class NoSuchHandler", missing.Message);
    }
}
