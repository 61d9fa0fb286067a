using NewsCurator.Enhance;
using NewsCurator.Storage;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// An aggregator's items all end "Read more · Source: NAME": where the footer repeats it goes as boilerplate, and the item
/// must stay a teaser all the same (tenth held-out review, F7: the same kind of item read "excerpt" or "1 min read").
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class TeaserFooterTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly PipelineHarness _harness = new();

    private static string Summary(string subject, string source) =>
        $"<p>Researchers disclosed a flaw in {subject} that lets an attacker run commands without logging in. " +
        $"The makers of {subject} shipped a fix last week and urge every administrator to update at once, since working exploit code for {subject} is public. " +
        $"Scans for vulnerable copies of {subject} began within hours of the disclosure, according to services that track such traffic.</p>" +
        $"<p>Read more · Source: {source}</p>";

    [Fact]
    public async Task ItemsWhoseReadMoreFooterRepeats_ShouldStayTeasers_LikeTheOneWhoseFooterDoesNot()
    {
        _server.Serve("agg.xml", Feeds.Rss("Security digest",
            ("Flaw in the forum engine", _server.Url("a"), Summary("the forum engine", "thehackernews")),
            ("Flaw in the mail gateway", _server.Url("b"), Summary("the mail gateway", "thehackernews")),
            ("Flaw in the build server", _server.Url("c"), Summary("the build server", "thehackernews")),
            ("Flaw in the VPN appliance", _server.Url("d"), Summary("the VPN appliance", "cisa-kev"))));
        var config = _harness.WriteFile("p.yaml", $"feeds: {{urls: [{_server.Url("agg.xml")}]}}\nfetch: {{allow_private_hosts: [127.0.0.1], retries: 0}}");

        var result = await _harness.RunAsync("teasers", config);

        Assert.True(result.Succeeded, result.Cause);
        var (items, _) = await RawShards.LoadAsync(_harness.Services.Blobs, new RunPaths("teasers"), default);
        Assert.Equal(4, items.Count);
        Assert.True(!items.Any(a => a.Text.Contains("thehackernews", StringComparison.Ordinal)), string.Join("\n---\n", items.Select(a => a.Text)));
        Assert.All(items, a => Assert.True(a.IsTeaser || Excerpt.Is(a.Text), a.Title));
    }

    private static NewsCurator.Model.Article Words(int count)
        => new() { Id = count.ToString(System.Globalization.CultureInfo.InvariantCulture), FeedUrl = "https://blog.example.org/index.xml", Title = "Post",
                   Text = string.Join(' ', Enumerable.Repeat("word", count - 1)) + " end." };

    [Fact]
    public void AFeedOfGeneratorSummaries_ShouldBeTeasers_ButNotABlogOfShortPosts()
    {
        // Hugo's default feed: each post's first 70 words or so, to the end of a sentence (ninth held-out review, F6).
        Assert.True(NewsCurator.Ingest.IngestStage.GivesSummaries([Words(71), Words(88), Words(95), Words(121), Words(74)]));
        // Too few items to tell, one full post among them, one short note among them.
        Assert.False(NewsCurator.Ingest.IngestStage.GivesSummaries([Words(71), Words(88), Words(95), Words(121)]));
        Assert.False(NewsCurator.Ingest.IngestStage.GivesSummaries([Words(71), Words(88), Words(95), Words(121), Words(640)]));
        Assert.False(NewsCurator.Ingest.IngestStage.GivesSummaries([Words(71), Words(88), Words(95), Words(121), Words(35)]));
    }

    [Fact]
    public void AFeedOfLeadParagraphs_ShouldBeTeasers_ButNotABlogWithOneFullPost()
    {
        // Thirty-first held-out review, F4: each item the lead paragraph of its post, 22 to 100 words; the longer ones read "1 min read".
        Assert.True(NewsCurator.Ingest.IngestStage.GivesLeads([Words(22), Words(41), Words(66), Words(100), Words(30), Words(79)]));
        var dated = Words(79) with { Text = "元記事公開：2026/9/30 9:00:00（日本時間）\n" + Words(79).Text };
        Assert.True(NewsCurator.Ingest.IngestStage.GivesLeads([Words(22), Words(41), Words(66), Words(100), Words(30), dated]));
        // A post of paragraphs, a long item, or mostly longer items than deks: a blog's own texts.
        var paragraphs = Words(80) with { Text = Words(40).Text + "\n" + Words(40).Text };
        Assert.False(NewsCurator.Ingest.IngestStage.GivesLeads([Words(22), Words(41), Words(66), Words(100), Words(30), paragraphs]));
        Assert.False(NewsCurator.Ingest.IngestStage.GivesLeads([Words(22), Words(41), Words(66), Words(100), Words(30), Words(400)]));
        Assert.False(NewsCurator.Ingest.IngestStage.GivesLeads([Words(22), Words(41), Words(66), Words(100), Words(90), Words(79)]));
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
