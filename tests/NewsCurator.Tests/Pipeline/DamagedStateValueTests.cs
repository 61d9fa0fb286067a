using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>
/// State files that are valid JSON with values no run could have written (a null list, a null story, a date in
/// year 9999, no URL) are quarantined with a warning like broken JSON, and the run goes on without them
/// (audit hostile13: they failed Filter, or a whole Ingest shard, on every later run).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class DamagedStateValueTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly List<string> _warnings = [];

    public DamagedStateValueTests() => StateWarnings.Raised += Collect;

    private void Collect(string warning)
    {
        lock (_warnings) if (warning.Contains(_harness.OutDir, StringComparison.Ordinal)) _warnings.Add(warning);
    }

    private string Quarantine => Path.Combine(_harness.OutDir, "quarantine");

    [Fact]
    public async Task SentMemoryWithNulls_ShouldBeQuarantinedAndTheRunGoOnRememberingTheRest()
    {
        Assert.True((await _harness.RunAsync("day1", Repo.SampleConfig)).Succeeded);
        var sentAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("O");
        var damaged = new[]
        {
            _harness.WriteFile("state/sent/z1.json", $$"""{"runId":"z1","sentAt":"{{sentAt}}","stories":null}"""),
            _harness.WriteFile("state/sent/z2.json", $$"""{"runId":"z2","sentAt":"{{sentAt}}","stories":[null]}"""),
            _harness.WriteFile("state/sent/z3.json", $$"""{"runId":"z3","sentAt":"{{sentAt}}","stories":[{"articleId":null,"titleHash":1,"title":"x"}]}"""),
            _harness.WriteFile("state/sent/z4.json", $$"""{"runId":"z4","sentAt":"{{sentAt}}"}"""),
        };

        var day2 = await _harness.RunAsync("day2", Repo.SampleConfig);

        Assert.True(day2.Succeeded, day2.Cause);
        foreach (var file in damaged)
            Assert.Contains(_warnings, w => w.Contains($"state file '{file}' is damaged", StringComparison.Ordinal));
        Assert.Equal(damaged.Length, Directory.EnumerateFiles(Quarantine, "*", SearchOption.AllDirectories).Count());
        // day1's memory, undamaged, still keeps its stories out of day2.
        Assert.True(_harness.Count("SELECT COUNT(*) FROM articles WHERE run_id = 'day2' AND decision_rule = 'already_sent'") >= 20);
    }

    public void Dispose()
    {
        StateWarnings.Raised -= Collect;
        _harness.Dispose();
    }
}
