using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A product's newest release keeps the place of its best-ranked one where it has no summary: it waited for want of one, ranked
/// by its own lower score, and the older release took the product's place; the newest was then dropped as another release of it
/// (held-out review 82, F1: a library's v5.1.0 was printed, its v6.0.0 dropped).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NewestReleaseWithoutSummaryTests
{
    private const string Notes = "This release adds a constexpr parser for the 128-bit type and fixes rounding in the division of subnormal values. " +
                                 "Builds on older compilers now need the compatibility flag described in the migration notes.";

    // One cut sentence, as a tag's notes often are: no summary, its preview stands in.
    private const string Cut = "Breaking: the default rounding mode of the fast types changes, and...";

    private static readonly DateTimeOffset Day = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Article Tag(string id, string repo, string tag, string text, int daysAgo) => new()
    {
        Id = id, FeedUrl = $"https://forge.example/acme/{repo}/tags.atom", Link = $"https://forge.example/acme/{repo}/releases/tag/{tag}",
        Title = $"{repo} {tag}", Text = text, Published = Day.AddDays(-daysAgo),
    };

    private static Article Story(string id, double hours) => new()
    {
        Id = id, FeedUrl = "https://news.example/feed", Link = $"https://news.example/{id}", Title = $"Compilers are getting better at vectorising loops {id}",
        Text = Notes.Replace("This release adds", "The new compilers add", StringComparison.Ordinal), Published = Day.AddHours(-hours),
    };

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (Article Article, double Relevance)[] items)
        => (items.ToDictionary(i => i.Article.Id, i => i.Article),
            items.Select(i => new ArticleScore { Id = i.Article.Id, TechRelevanceScore = i.Relevance, QualityScore = 6 }).ToList());

    [Fact]
    public void TheNewestReleaseWithoutASummary_BesideAnOlderOneScoredHigher_ShouldTakeTheProductsPlace()
    {
        var (articles, scores) = Pool(
            (Tag("v6", "decimal", "v6.0.0", Cut, 10), 6.0),
            (Tag("v5", "decimal", "v5.1.0", Notes, 60), 9.5),
            (Story("other", 5), 4.0));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["v6", "other"], selected.Select(s => s.Id));
        Assert.Contains("the newest release takes it", selected[0].Reason, StringComparison.Ordinal);
        Assert.Equal(("same_product", "v6"), decisions.Where(d => d.ArticleId == "v5").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void TheNewestReleaseWithoutASummary_WithinTheMargin_ShouldWaitAndStillBeTheOneChosen()
    {
        var (articles, scores) = Pool(
            (Tag("v6", "decimal", "v6.0.0", Cut, 10), 6.0),
            (Tag("v5", "decimal", "v5.1.0", Notes, 60), 9.5),
            (Story("other", 5), 8.0));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["other", "v6"], selected.Select(s => s.Id));
        Assert.Equal(("same_product", "v6"), decisions.Where(d => d.ArticleId == "v5").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void AnotherProductsRelease_BesideOneWithoutASummary_ShouldKeepItsOwnPlace()
    {
        // What must not change: two repositories are two products; the one with a summary is not held back.
        var (articles, scores) = Pool(
            (Tag("a", "decimal", "v6.0.0", Cut, 10), 9.0),
            (Tag("b", "charconv", "v2.1.0", Notes, 12), 8.5));
        articles["b"] = articles["b"] with { FeedUrl = articles["a"].FeedUrl };

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["b", "a"], selected.Select(s => s.Id));
    }
}
