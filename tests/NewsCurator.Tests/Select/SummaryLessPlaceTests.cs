using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A story without a usable summary is walked after the summarised ones only while its score is not clearly above theirs:
/// Krebs's Patch Tuesday story, its one sentence cut by the feed's "...", came after a bare CVE record at 6.38 against 3.20
/// (held-out review 70, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SummaryLessPlaceTests
{
    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(double krebs, double cve)
    {
        var articles = new Dictionary<string, Article>
        {
            ["k"] = new() { Id = "k", FeedUrl = "https://krebsonsecurity.com/feed/", Title = "Microsoft Plugs Nearly 1,000 Security Holes",
                Link = "https://krebsonsecurity.com/2026/09/microsoft-plugs-nearly-1000-security-holes/", Published = new DateTimeOffset(2026, 9, 8, 21, 44, 22, TimeSpan.Zero),
                Text = "Microsoft Corp. today issued updates to plug at least 974 security holes..." },
            ["c"] = new() { Id = "c", FeedUrl = "https://nvd.example/cvestack.rss", Title = "CVE-2018-10124", Link = "https://web.nvd.nist.gov/view/vuln/detail?vulnId=CVE-2018-10124",
                Text = "The kill_something_info function in kernel/signal.c in the Linux kernel before 4.13, when an unspecified architecture and compiler is used, might allow local users to cause a denial of service via an INT_MIN argument." },
        };
        return (articles, [new ArticleScore { Id = "k", TechRelevanceScore = krebs, QualityScore = 6 }, new ArticleScore { Id = "c", TechRelevanceScore = cve, QualityScore = 6 }]);
    }

    [Fact]
    public void AStoryWithoutASummary_ScoringClearlyAboveASummarisedOne_ShouldKeepItsPlace()
    {
        var (articles, scores) = Pool(krebs: 9.5, cve: 4.5);

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["k", "c"], selected.Select(s => s.Id));
        Assert.Contains("placed by its score though it has no summary", selected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoryWithoutASummary_WithinTheMargin_ShouldStillComeAfterTheSummarisedOne()
    {
        var (articles, scores) = Pool(krebs: 6, cve: 5.5);

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["c", "k"], selected.Select(s => s.Id));
        Assert.Contains("chosen after every story with a summary", selected[1].Reason, StringComparison.Ordinal);
    }
}
