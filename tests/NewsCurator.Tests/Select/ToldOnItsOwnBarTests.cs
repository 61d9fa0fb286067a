using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A dek admitted under content.min_length only on its own evidence (Article.ToldOnItsOwn, held-out review 95, F4's
/// exemption) takes no place it cannot summarise: an SEO "release date" question over one sentence the summarizer could not
/// use reached rank 13 through the short-issue fill on review 86's feeds. A finished dek with a summary is chosen as before,
/// and an item its feed's habit admitted still fills a short issue.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ToldOnItsOwnBarTests
{
    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(bool toldOnItsOwn, string text)
    {
        var articles = new Dictionary<string, Article>
        {
            ["s"] = new() { Id = "s", FeedUrl = "https://screens.example/feed/", Title = "When does season 3 of The Long Night arrive on streaming?",
                Link = "https://screens.example/streaming/the-long-night-season-3-release-date", ToldOnItsOwn = toldOnItsOwn, Text = text },
            ["c"] = new() { Id = "c", FeedUrl = "https://nvd.example/cvestack.rss", Title = "CVE-2018-10124", Link = "https://web.nvd.nist.gov/view/vuln/detail?vulnId=CVE-2018-10124",
                Text = "The kill_something_info function in kernel/signal.c in the Linux kernel before 4.13, when an unspecified architecture and compiler is used, might allow local users to cause a denial of service via an INT_MIN argument." },
        };
        return (articles, [new ArticleScore { Id = "s", TechRelevanceScore = 5.5, QualityScore = 6 }, new ArticleScore { Id = "c", TechRelevanceScore = 5, QualityScore = 6 }]);
    }

    private const string NoSummary = "The Long Night season 3 episode 4 comes out later this week...";

    [Fact]
    public void ADekToldOnItsOwnWithoutASummary_ShouldFillNoShortIssue()
    {
        var (articles, scores) = Pool(toldOnItsOwn: true, NoSummary);

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["c"], selected.Select(s => s.Id));
        Assert.Equal("no_summary", decisions.Single(d => d.ArticleId == "s").Rule);
    }

    [Fact]
    public void AnItemItsFeedAdmittedWithoutASummary_ShouldStillFillAShortIssue()
    {
        var (articles, scores) = Pool(toldOnItsOwn: false, NoSummary);

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["c", "s"], selected.Select(s => s.Id));
        Assert.Contains("chosen after every story with a summary", selected[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADekToldOnItsOwnWithASummary_ShouldBeChosenByItsScore()
    {
        var (articles, scores) = Pool(toldOnItsOwn: true,
            "A new streaming deal brings every episode of the series to three services at once, and the studio will release the final season in weekly parts.");

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["s", "c"], selected.Select(s => s.Id));
    }

    [Fact]
    public void ADekToldOnItsOwnUnderMinRelevance_ShouldNotPassByProfile_AndAFeedsItemStill()
    {
        const string text = "A new open model for protein design matches the best closed ones on every benchmark its authors ran this spring.";
        var articles = new Dictionary<string, Article>
        {
            ["own"] = new() { Id = "own", FeedUrl = "https://scraped.example/feed/", Title = "An open model for protein design reaches the closed ones", Link = "https://scraped.example/a", ToldOnItsOwn = true, Text = text },
            ["feed"] = new() { Id = "feed", FeedUrl = "https://lab.example/news.xml", Title = "Our open model for protein design reaches the closed ones", Link = "https://lab.example/b", Text = text },
        };
        var near = new Dictionary<string, double> { ["AI"] = 0.4 };
        List<ArticleScore> scores = [new() { Id = "own", TechRelevanceScore = 3, QualityScore = 6, Profile = near }, new() { Id = "feed", TechRelevanceScore = 3, QualityScore = 6, Profile = near }];
        var config = new PipelineConfig { Profile = new ProfileConfig { PassSimilarity = 0.35, Interests = [new ProfileInterest("AI", 1.0, ["machine learning"])] } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["feed"], selected.Select(s => s.Id));
        Assert.Equal("min_relevance", decisions.Single(d => d.ArticleId == "own").Rule);
    }
}
