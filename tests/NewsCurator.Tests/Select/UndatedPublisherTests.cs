using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A publisher none of whose stories carries a date, beside dated publishers, is a site's standing pages (a portfolio's
/// project pages took four places of a held-out issue: fifty-first held-out review, F2): one story in an issue, a short one too.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UndatedPublisherTests
{
    private static readonly DateTimeOffset RunStart = new(2026, 12, 5, 6, 0, 0, TimeSpan.Zero);

    private static readonly string[] Projects = ["a VLSI placer", "quantum circuits for Bell states", "an asbestos fibre detector", "a study planner"];
    private static readonly string[] Posts = ["compilers", "kernel schedulers", "vector databases"];

    private static (Article, ArticleScore) Project(int i) => (
        new Article { Id = $"p{i}", FeedUrl = "https://portfolio.example/rss.xml", FeedHome = "https://portfolio.example/", Title = $"Project: {Projects[i]}",
            Link = $"https://portfolio.example/projects/{i}", Text = $"Improvement of {Projects[i]} built with a small team." },
        new ArticleScore { Id = $"p{i}", TechRelevanceScore = 8.5, QualityScore = 6 });

    private static (Article, ArticleScore) Post(int i) => (
        new Article { Id = $"d{i}", FeedUrl = "https://blog.example/feed", FeedHome = "https://blog.example/", Title = $"Notes on {Posts[i]}",
            Link = $"https://blog.example/{i}", Published = RunStart.AddDays(-2 - i), Text = $"A long look at {Posts[i]} and what they teach." },
        new ArticleScore { Id = $"d{i}", TechRelevanceScore = 6, QualityScore = 6 });

    [Fact]
    public async Task APublisherThatDatesNoneOfItsStories_BesideADatedOne_ShouldTakeOnePlace_EvenInAShortIssue()
    {
        var input = Enumerable.Range(0, 4).Select(Project).Concat(Enumerable.Range(0, 3).Select(Post)).ToList();
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig(), asOf: RunStart).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);

        Assert.Single(result.Selected, s => s.Article.Id.StartsWith('p'));
        Assert.Equal(3, result.Selected.Count(s => s.Article.Id.StartsWith('d')));
        var capped = decisions.Where(d => d.ArticleId.StartsWith('p') && d.Outcome != Outcomes.Selected).ToList();
        Assert.Equal(3, capped.Count);
        Assert.All(capped, d => Assert.Equal("feed_cap", d.Rule));
        Assert.All(capped, d => Assert.Contains("none of whose stories carries a date", d.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublisherThatDatesOneOfItsStories_ShouldKeepTheUsualCap()
    {
        var input = Enumerable.Range(0, 4).Select(Project).Select((p, i) => i == 3 ? (p.Item1 with { Published = RunStart.AddDays(-40) }, p.Item2) : p)
            .Concat(Enumerable.Range(0, 3).Select(Post)).ToList();
        var result = await new Selector(new PipelineConfig(), asOf: RunStart).ChooseAsync(() => input.ToAsyncEnumerable(), _ => { });

        Assert.True(result.Selected.Count(s => s.Article.Id.StartsWith('p')) >= new PipelineConfig().Select.PerFeedCap);
    }
}
