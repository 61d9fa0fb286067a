using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Two pre-releases of one product on two lines, "Dev snapshot: Engine 5.2 dev 4" and the newer "Dev snapshot: Engine 4.9
/// beta 3": the development build written apart from its version is a pre-release too, so the newer of the two takes the
/// product's place, not the one that read as a release (held-out review 96, F7). A release still goes before a pre-release.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DevSnapshotLineTests
{
    private const string Feed = "https://engine.example/rss.xml";
    private static readonly DateTimeOffset Day = new(2024, 5, 14, 0, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Title, int DaysAgo, double Relevance)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article
            {
                Id = i.Id, FeedUrl = Feed, FeedHome = "engine.example", Title = i.Title, Link = $"https://engine.example/article/{i.Id}/", Published = Day.AddDays(-i.DaysAgo),
                Text = $"{i.Title} is out for testing. This build brings fixes to the renderer, the physics engine and the editor; report any regressions you find on the tracker.",
            }),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = 6 }).ToList());

    [Fact]
    public void TwoLinesPreReleases_ShouldGiveThePlaceToTheNewer()
    {
        var (articles, scores) = Pool(("beta", "Dev snapshot: Engine 4.9 beta 3", 1, 7.5), ("dev", "Dev snapshot: Engine 5.2 dev 4", 13, 7.0));

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal("beta", selected.First().Id);
    }

    [Fact]
    public void AReleaseBesideADevSnapshot_ShouldKeepTheReleaseFirst()
    {
        var (articles, scores) = Pool(("dev", "Engine 5.2 dev 4", 1, 7.5), ("stable", "Engine 5.1.2", 13, 7.0));

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal("stable", selected.First().Id);
    }
}
