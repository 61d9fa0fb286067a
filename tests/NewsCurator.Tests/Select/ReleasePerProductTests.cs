using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// One release per product in an issue, the newest (fourteenth held-out review, F1: three versions of one changelog and
/// three of one release feed printed as six stories, the oldest first).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReleasePerProductTests
{
    private const string Notes = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, double Relevance, DateTimeOffset? Published)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title, Text = Notes + $" Build {i.Id} ships to every user this week.", Published = i.Published }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = 8 }).ToList());

    [Fact]
    public void UndatedVersionsOfOneChangelog_ShouldGiveTheNewestOnly()
    {
        var (articles, scores) = Pool(("v31", "cc", "Claude Code v2.1.31", 8.7, null), ("v33", "cc", "Claude Code v2.1.33", 8.6, null),
            ("v32", "cc", "Claude Code v2.1.32", 8.5, null), ("other", "news", "A new scheduler for Linux", 8.0, null));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["v33", "other"], selected.Select(s => s.Id));
        var older = decisions.Where(d => d.Rule == "same_product").ToDictionary(d => d.ArticleId);
        Assert.Equal(["v31", "v32"], older.Keys.Order());
        Assert.Equal("v33", older["v31"].DuplicateOf);
        Assert.Contains("Claude Code v2.1.33", older["v31"].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewMajorLine_ShouldWinOverAnOldLinesLaterMaintenanceRelease()
    {
        var day = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var (articles, scores) = Pool(("old", "node", "Node v18.20.3", 9, day.AddDays(3)), ("new", "node", "Node v22.2.0", 8, day));

        Assert.Equal(["new"], Selector.Choose(articles, scores, new PipelineConfig()).Selected.Select(s => s.Id));
    }

    [Fact]
    public void DatedReleases_ShouldGiveTheNewestRelease_BeforeAnyPreRelease()
    {
        // Thirtieth held-out review, F2: OctoPrint's 1.11.0rc3 led an issue, its stable security release 1.10.3 dropped as older.
        var day = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var (articles, scores) = Pool(("a", "air", "Web Client 2.13.2", 9.0, day.AddDays(-25)), ("b", "air", "Web Client 2.14.0 Beta", 8.0, day.AddDays(200)),
            ("c", "air", "Web Client 2.13.3", 8.5, day.AddDays(18)));
        Assert.Equal(["c"], Selector.Choose(articles, scores, new PipelineConfig()).Selected.Select(s => s.Id));

        (articles, scores) = Pool(("rc3", "octo", "OctoPrint 1.11.0rc3", 9.0, day.AddDays(30)), ("rc2", "octo", "OctoPrint 1.11.0rc2", 8.9, day.AddDays(20)),
            ("stable", "octo", "OctoPrint 1.10.3", 8.0, day.AddDays(10)));
        Assert.Equal(["stable"], Selector.Choose(articles, scores, new PipelineConfig()).Selected.Select(s => s.Id));

    }

    [Fact]
    public void APreRelease_BesideTheReleaseOfItsVersion_ShouldGiveWay_ThoughTheirTitlesShareNoWords()
    {
        // Fifty-seventh held-out review, F2: Ardour's "9.0-rc2 tagged" notice led the issue and its subject line, above "Ardour 9.0 released".
        var day = new DateTimeOffset(2026, 2, 5, 0, 0, 0, TimeSpan.Zero);
        var (articles, scores) = Pool(("rc", "ardour", "Development update: 9.0-rc2 tagged (+ string freeze)", 9.8, day.AddDays(-48)),
            ("final", "ardour", "Ardour 9.0 released", 8.0, day),
            // A pre-release with no release of its version yet, and one whose release another publisher reports, stay.
            ("postgis", "postgis", "PostGIS 3.6.0rc1", 7.9, day), ("go-rc", "go", "Go 1.26 RC 2 is out", 7.8, day), ("go-news", "lwn", "Go 1.26 brings generic type aliases to every package", 7.7, day));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["final", "postgis", "go-rc", "go-news"], selected.Select(s => s.Id));
        var stage = decisions.Single(d => d.ArticleId == "rc");
        Assert.Equal(("same_product", "final"), (stage.Rule, stage.DuplicateOf));
        Assert.Contains("pre-release of the version", stage.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development update: 9.0-rc2 tagged (+ string freeze)", "9")]
    [InlineData("PostGIS 3.5.0rc1", "3.5")]
    [InlineData("Web Client 2.14.0 Beta", "2.14")]
    [InlineData("v4.1-preview.2 of the SDK", "4.1")]
    [InlineData("Ardour 9.0 released", null)]
    [InlineData("Tesla shares up 4.2% today", null)]
    public void APreReleasesVersion_ShouldBeReadFromItsTitle(string title, string? version) => Assert.Equal(version, Selector.PreReleaseVersion(title));

    [Fact]
    public void ReleasesFromTwoPublishers_OrIssuesOfASeries_ShouldStayStoriesOfTheirOwn()
    {
        var (articles, scores) = Pool(("go-blog", "go", "Go 1.23.0 is released", 9, null), ("news", "lwn", "Go 1.22.0 is released", 8.9, null),
            ("i1", "twir", "This Week in Rust 1234", 8.8, null), ("i2", "twir", "This Week in Rust 1235", 8.7, null),
            // Amounts and magnitudes are no versions.
            ("q1", "usgs", "M 4.6 - 12 km SSW of Ridgecrest, CA", 8.6, null), ("q2", "usgs", "M 3.1 - 12 km SSW of Ridgecrest, CA", 8.5, null),
            ("s1", "mkt", "Tesla shares up 4.2% today", 8.4, null), ("s2", "mkt", "Tesla shares up 3.1% today", 8.3, null));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        // Two issues of a weekly are one series, of which the newest goes in (hostile-input audit 39, H6), and no release.
        Assert.Equal(["go-blog", "news", "i2", "q1", "q2", "s1", "s2"], selected.Select(s => s.Id));
        Assert.Equal("same_series", decisions.Single(d => d.ArticleId == "i1").Rule);
        Assert.DoesNotContain(decisions, d => d.Rule == "same_product");
    }
}
