using System.Text.Json.Nodes;
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

    [Fact]
    public async Task FeedStateWithImpossibleValues_ShouldBeQuarantinedAndOnlyThatFeedReadAfresh()
    {
        Assert.True((await _harness.RunAsync("day1", Repo.SampleConfig)).Succeeded);
        // Three feeds that were read: a feed that fails anyway (the samples hold broken ones) would say nothing. State files
        // are named by a hash of the URL, which holds the checkout's path, so which come first differs by machine.
        var read = _harness.Query<string>("SELECT feed_url FROM feed_statistics WHERE run_id = 'day1' AND status = 'ok'").ToHashSet(StringComparer.Ordinal);
        var states = Directory.EnumerateFiles(Path.Combine(_harness.OutDir, "state", "feeds")).Order(StringComparer.Ordinal)
            .Where(s => JsonNode.Parse(File.ReadAllText(s))?["url"]?.GetValue<string>() is { } url && read.Contains(url)).Take(3).ToList();
        var urls = states.Select(s => (string)JsonNode.Parse(File.ReadAllText(s))!["url"]!).ToList();
        Edit(states[0], s => { s["consecutiveFailures"] = 7; s["lastAttemptAt"] = "9999-12-31T23:00:00+00:00"; });
        Edit(states[1], s => s["url"] = null);
        // A clock once days fast: the feed must not sit backed off, silently, until that date.
        Edit(states[2], s => { s["consecutiveFailures"] = 7; s["lastAttemptAt"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O"); });

        var day2 = await _harness.RunAsync("day2", Repo.SampleConfig);

        Assert.True(day2.Succeeded, day2.Cause);
        var feeds = _harness.Query<(string Url, string Status, string? Error)>("SELECT feed_url, status, error FROM feed_statistics WHERE run_id = 'day2'");
        Assert.DoesNotContain(feeds, f => f.Error?.Contains("shard", StringComparison.Ordinal) == true);
        Assert.All(urls, url => Assert.Equal("ok", feeds.Single(f => f.Url == url).Status));
        foreach (var file in states)
            Assert.Contains(_warnings, w => w.Contains($"state file '{file}' is damaged", StringComparison.Ordinal));
        Assert.Equal(3, Directory.EnumerateFiles(Quarantine, "*", SearchOption.AllDirectories).Count());
    }

    private static void Edit(string file, Action<JsonObject> edit)
    {
        var state = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        edit(state);
        File.WriteAllText(file, state.ToJsonString());
    }

    public void Dispose()
    {
        StateWarnings.Raised -= Collect;
        _harness.Dispose();
    }
}
