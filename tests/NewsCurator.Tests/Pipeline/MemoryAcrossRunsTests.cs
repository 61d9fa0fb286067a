using System.Text.Json;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

[Trait(Category.Name, Category.Integration)]
public sealed class MemoryAcrossRunsTests : IDisposable
{
    private readonly PipelineHarness _harness = new();

    private List<string> Selected(string run) => _harness.Query<string>(
        "SELECT canonical_url FROM articles WHERE run_id = @run AND decision = 'selected' ORDER BY rank", new { run });

    [Fact]
    public async Task StoriesSentYesterday_ShouldNotBeSentAgain_AndARerunShouldNotRememberItself()
    {
        Assert.True((await _harness.RunAsync("monday", Repo.SampleConfig)).Succeeded);
        var monday = Selected("monday");
        var mondayNewsletter = _harness.ReadBlob("runs/monday/newsletter/newsletter.txt");

        Assert.True((await _harness.RunAsync("tuesday", Repo.SampleConfig)).Succeeded);
        var tuesday = Selected("tuesday");
        Assert.Equal(20, tuesday.Count);
        Assert.Empty(monday.Intersect(tuesday));
        var remembered = _harness.Query<string>("SELECT decision_reason FROM articles WHERE run_id = 'tuesday' AND decision_rule = 'already_sent'");
        Assert.True(remembered.Count >= 20, $"{remembered.Count} remembered");
        Assert.All(remembered, r => Assert.Contains("run monday", r));

        // Re-running Monday reproduces Monday: it neither remembers itself nor the later Tuesday.
        Assert.True((await _harness.RunAsync("monday", Repo.SampleConfig)).Succeeded);
        Assert.Equal(monday, Selected("monday"));
        Assert.Equal(mondayNewsletter, _harness.ReadBlob("runs/monday/newsletter/newsletter.txt"));
    }

    [Fact]
    public async Task Clusters_ShouldGroupCopiesOfOneStoryUnderTheKeptRepresentative()
    {
        Assert.True((await _harness.RunAsync("clusters", Repo.SampleConfig)).Succeeded);
        using var clusters = JsonDocument.Parse(_harness.ReadBlob("runs/clusters/export/clusters.json"));
        var all = clusters.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(all);
        var ids = all.Select(c => c.GetProperty("representative").GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(all, c => Assert.NotEmpty(c.GetProperty("members").EnumerateArray()));
        // Daring Fireball's Atom and JSON feeds carry the same posts: one cluster per post.
        Assert.Contains(all, c => c.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("rule").GetString() == "duplicate_url"));
    }

    public void Dispose() => _harness.Dispose();
}
