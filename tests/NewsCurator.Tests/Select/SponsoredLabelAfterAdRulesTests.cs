using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A story every ad rule let through is not printed as sponsored: a shop's own engineering post, typed sponsored by the type
/// head, was kept as news in the calibrated ad band and went out "· sponsored" (held-out review 108, F1). A kept story whose
/// text carries a sign of an ad (a sponsor's credit) keeps the label: there it is the reader's warning.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SponsoredLabelAfterAdRulesTests
{
    private const string Post = "Our hardware team asked a reasoning model to draft the schematic for a small motor-driver board. "
        + "It proposed a part list, checked the pinout against the datasheet and caught a swapped ground pin before we sent the board out. "
        + "We walk through what it got right and where an engineer still had to step in.";

    private static async Task<(Selection Result, List<Decision> Decisions)> ChooseAsync(string text, double adProbability, bool advertisement)
    {
        var article = new Article { Id = "p", FeedUrl = "https://shop.example.com/blog/feed/", Title = "Our first model-assisted circuit board design", Text = text, Link = "https://shop.example.com/blog/2026/02/model-assisted-board/" };
        var score = new ArticleScore { Id = "p", TechRelevanceScore = 8, QualityScore = 7, AdProbability = adProbability, IsAdvertisement = advertisement, AdThreshold = 0.15, ContentType = ContentTypes.Sponsored };
        var decisions = new List<Decision>();
        var result = await new Selector(new PipelineConfig()).ChooseAsync(() => new List<(Article, ArticleScore)> { (article, score) }.ToAsyncEnumerable(), decisions.Add);
        return (result, decisions);
    }

    [Theory]
    [InlineData(0.28, true)]
    [InlineData(0.05, false)]
    public async Task AStoryKeptAsNews_TypedSponsored_ShouldNotBePrintedAsSponsored(double adProbability, bool advertisement)
    {
        var (result, decisions) = await ChooseAsync(Post, adProbability, advertisement);
        var (_, score, _) = Assert.Single(result.Selected);
        Assert.Equal(ContentTypes.Other, score.ContentType);
        Assert.Contains("printed as other, without the 'sponsored' label", decisions.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStory_WithASponsorsCredit_UnderTheThreshold_ShouldKeepTheLabel()
    {
        var (result, decisions) = await ChooseAsync("This post is sponsored by Acme Boards. " + Post, 0.05, false);
        var (_, score, _) = Assert.Single(result.Selected);
        Assert.Equal(ContentTypes.Sponsored, score.ContentType);
        Assert.DoesNotContain("without the 'sponsored' label", decisions.Single().Reason, StringComparison.Ordinal);
    }
}
