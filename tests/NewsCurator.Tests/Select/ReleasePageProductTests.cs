using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Releases whose links are release pages of one repository are one product's, whatever their titles say: a project
/// that releases every patch, each titled by its change, took three of nine places (held-out review 82, F1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReleasePageProductTests
{
    private const string Notes = "Problem: the status line flickers when the window is resized quickly on a slow terminal. " +
                                 "Solution: redraw the status line once after the resize settles, not on every event.";

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Link, string Title, double Relevance)[] items)
    {
        var day = new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero);
        return (items.Select((i, n) => new Article { Id = i.Id, FeedUrl = "https://forge.example/ed/ed/releases.atom", Link = i.Link, Title = i.Title, Text = Notes + $" Patch {i.Id}.", Published = day.AddHours(-n) })
                .ToDictionary(a => a.Id),
            items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = 8 }).ToList());
    }

    [Fact]
    public void PatchReleasesOfOneRepository_TitledByTheirChanges_ShouldGiveTheNewestOnly()
    {
        var (articles, scores) = Pool(
            ("p1204", "https://forge.example/ed/ed/releases/tag/v9.1.1204", "patch 9.1.1204: status line flickers on resize", 9.6),
            ("p1206", "https://forge.example/ed/ed/releases/tag/v9.1.1206", "patch 9.1.1206: crash when closing the last tab page", 9.1),
            ("p1205", "https://forge.example/ed/ed/releases/tag/v9.1.1205", "patch 9.1.1205: redundant check for an empty buffer", 9.4));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["p1206"], selected.Select(s => s.Id));
        Assert.All(decisions.Where(d => d.ArticleId != "p1206"), d => Assert.Equal(("same_product", "p1206"), (d.Rule, d.DuplicateOf)));
    }

    [Theory]
    [InlineData("https://github.com/ed/ed/releases/tag/v9.1.1204", "github.com/ed/ed/")]
    [InlineData("https://gitlab.example/group/sub/tool/-/releases/v2.0.1", "gitlab.example/group/sub/tool/")]
    [InlineData("https://gitlab.example/group/tool/-/tags/2024-08-01", "gitlab.example/group/tool/")]
    [InlineData("https://github.com/acme/mono/releases/tag/%40acme%2Fui%403.0.0", "github.com/acme/mono/@acme/ui")]
    [InlineData("https://github.com/acme/mono/releases/tag/cli-v1.2.0", "github.com/acme/mono/cli")]
    [InlineData("https://github.com/acme/llm/releases/tag/b7303", "github.com/acme/llm/")]
    [InlineData("https://github.com/acme/codec/releases/tag/n7.1", "github.com/acme/codec/")]
    [InlineData("https://pypi.org/project/tinyparse/0.4.1/", null)]
    [InlineData("https://github.com/ed/ed/commit/3f2a1b", null)]
    [InlineData("https://blog.example/2026/04/ed-9-2-released", null)]
    public void ReleaseProduct_ShouldReadTheRepositoryAndTheTagsPackage(string link, string? product)
        => Assert.Equal(product, Selector.ReleaseProduct(link));

    [Fact]
    public void AMonoreposPackages_AndOtherRepositories_ShouldKeepTheirOwnPlaces()
    {
        var (articles, scores) = Pool(
            ("ui", "https://forge.example/acme/mono/releases/tag/%40acme%2Fui%403.0.0", "@acme/ui@3.0.0: a new theming engine", 9.0),
            ("cli", "https://forge.example/acme/mono/releases/tag/%40acme%2Fcli%401.4.0", "@acme/cli@1.4.0: parallel task runner", 8.9),
            ("other", "https://forge.example/acme/other/releases/tag/v2.0.0", "other v2.0.0: streaming decoder", 8.8));

        Assert.Equal(["ui", "cli", "other"], Selector.Choose(articles, scores, new PipelineConfig()).Selected.Select(s => s.Id));
    }
}
