using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A launch covered on a trip the company paid for was chosen as plain news, its disclosure lost (held-out review 95, F5): the
/// decision's reason carries the disclosure. A story that only reports a company's travel policy carries none.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HostedTripTests
{
    private static string ReasonOf(string text)
    {
        var articles = new Dictionary<string, Article>
        {
            ["a"] = new() { Id = "a", FeedUrl = "https://cars.example/feed", FeedHome = "cars.example", Title = "Voltway shows three new robots at its launch", Link = "https://cars.example/voltway-robots", Text = text },
        };
        var (_, decisions, _) = Selector.Choose(articles, [new ArticleScore { Id = "a", TechRelevanceScore = 6, QualityScore = 5 }], new PipelineConfig());
        return decisions.Single(d => d.ArticleId == "a").Reason;
    }

    [Theory]
    [InlineData("We are back in Las Vegas for another Voltway launch. Disclaimer: Voltway paid for the author's travel and accommodations to attend this event.")]
    [InlineData("Voltway showed three robots on stage. Travel and lodging were provided by Voltway for this story.")]
    [InlineData("Voltway showed three robots on stage. This trip was sponsored by Voltway.")]
    public void AStoryOnAPaidTrip_ShouldSaySoInItsReason(string text)
        => Assert.Contains("covered on a trip its subject paid for", ReasonOf(text), StringComparison.Ordinal);

    [Fact]
    public void AStoryAboutTravelCosts_ShouldCarryNoDisclosure()
        => Assert.DoesNotContain("trip its subject paid for", ReasonOf("Voltway cut the travel budget of its sales team and now pays for flights only in economy class, its filing says."), StringComparison.Ordinal);
}
