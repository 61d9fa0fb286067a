using System.Text;
using System.Text.Json;
using NewsCurator.Functions;
using NewsCurator.Runs;
using NewsCurator.Tests.Support;
using NewsCurator.Cli;

namespace NewsCurator.Tests.Pipeline;

/// <summary>The invocation records the run's cost estimate reads: one per stage input, every attempt in it.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class InvocationCostTests : IDisposable
{
    private readonly TempDir _dir = new();

    private sealed record Input(string? RunId, string Item);

    /// <summary>Fails its first call transiently (as a dropped connection would), then succeeds.</summary>
    private sealed class FlakyOnce(PipelineServices services) : LambdaHandler<Input, Input>(services)
    {
        private int _calls;

        protected override string Stage => "Enhance";

        public override Task<Input> HandleAsync(Input input, CancellationToken ct)
            => Interlocked.Increment(ref _calls) == 1 ? throw new IOException("unexpected end of stream") : Task.FromResult(input);
    }

    private static async Task InvokeAsync(FlakyOnce handler, Input input)
    {
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(input, NewsCurator.Storage.Json.Options)));
        await using var _ = await handler.Handle(payload);
    }

    [Fact]
    public async Task ARetriedInvocation_ShouldAddAnAttempt_AndEachInputKeepItsOwnRecord()
    {
        var services = LocalServices.Create(_dir.Path);
        var handler = new FlakyOnce(services);
        var first = new Input("cost-1", "a");
        await Assert.ThrowsAsync<TransientFailureException>(() => InvokeAsync(handler, first));
        await InvokeAsync(handler, first); // the state machine's retry: same input
        await InvokeAsync(handler, first with { Item = "b" }); // another Map iteration
        await InvokeAsync(handler, new Input(null, "c")); // no run: nothing to charge

        var records = Directory.GetFiles(Path.Combine(_dir.Path, "runs", "cost-1", "invocations"))
            .Select(f => JsonSerializer.Deserialize<InvocationRecord>(File.ReadAllText(f), NewsCurator.Storage.Json.Options)!).ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(("Enhance", LambdaSizes.MemoryMb["Enhance"]), (r.Stage, r.MemoryMb)));
        Assert.Equal(new[] { new[] { true, false }, new[] { false } }, records.Select(r => r.Attempts.Select(a => a.Failed).ToArray()).OrderByDescending(a => a.Length).ToArray());
        Assert.Single(Directory.GetDirectories(Path.Combine(_dir.Path, "runs")));
    }

    public void Dispose() => _dir.Dispose();
}
