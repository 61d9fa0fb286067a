using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A company's press release (a dateline at the opening, then the company in its own words) ranks below an engineer's
/// write-up that scores a little lower, and still has its place (held-out review 90, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PressReleaseRankTests
{
    private const string Release = "PORTLAND, Ore. – Quarrydata, a leading provider of cloud-native backup platforms, has released Vault Enterprise, a production-grade "
        + "system for backing up and restoring databases on Kubernetes. The release adds point-in-time recovery, encryption at rest and a web console for operators.";

    private const string WriteUp = "Last week our connection pooler started queueing clients at peak hours although the database itself was idle. The pooler shared its host "
        + "with a batch job that pinned every core, and lowering that job's priority with renice brought the wait times back under a millisecond. Here is how we found it.";

    private static (Article, ArticleScore) Story(string id, string text, double relevance, double quality) => (
        new Article { Id = id, FeedUrl = $"https://{id}.example/feed/", Title = $"Story {id}", Link = $"https://{id}.example/2026/post/", Text = text, Language = "en" },
        new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = quality });

    private static async Task<(Selection Result, List<Decision> Decisions)> Choose(params (Article, ArticleScore)[] input)
    {
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig()).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        return (result, decisions);
    }

    [Fact]
    public async Task APressRelease_ShouldRankBelowAWriteUpCloseBehind_AndSayWhy()
    {
        var (result, decisions) = await Choose(Story("vendor", Release, 8.8, 5.9), Story("pooler", WriteUp, 8.2, 5.6));

        Assert.Equal(["pooler", "vendor"], result.Selected.Select(s => s.Article.Id));
        Assert.Contains("a company's press release ('PORTLAND, Ore. – Quarrydata, a leading provider of')", decisions.Single(d => d.ArticleId == "vendor").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - Quarrydata, a leading provider of backup software, said on Tuesday it would cut 200 jobs.")]
    [InlineData("Quarrydata, a leading provider of backup software, today announced a new release, the company said in a press release. Engineers we spoke to were unimpressed.")]
    [InlineData("PORTLAND, Ore. – A fire at a data centre took down three cloud regions on Monday, the operator said.")]
    public void NewsThatQuotesARelease_ShouldNotBeOne(string text)
        => Assert.Null(PressReleases.Opening(new Article { Id = "n", FeedUrl = "https://news.example/feed", Title = "News", Text = text }));
}
