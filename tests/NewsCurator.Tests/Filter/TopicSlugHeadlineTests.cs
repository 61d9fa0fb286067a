using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Hostile-input audit 54, H5: a site that files its posts under a topic section keeps the story's slug there. A slug of four words
/// or more that repeats the headline is a story's, even where the headline ends on a listing's word; a topic's own slug is short.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicSlugHeadlineTests
{
    private static Article Item(string title, string link)
        => new() { Id = "a", FeedUrl = "https://site.example.net/feed", Title = title, Link = link,
                   Text = "The company said on Thursday that the rollout would reach every region by the end of the quarter, later than planned." };

    [Theory]
    [InlineData("Regulators question chipmaker's press", "https://site.example.net/tag/regulators-question-chipmakers-press")]
    [InlineData("Browser stopped shipping updates", "https://site.example.net/topics/browser-stopped-shipping-updates")]
    public void AHeadlineSlugUnderATopicSection_IsAStory(string title, string link)
        => Assert.Null(SitePages.Of(Item(title, link)));

    [Theory]
    [InlineData("Robotics News", "https://site.example.net/tag/robotics-news")]
    [InlineData("Cloud Security Updates", "https://site.example.net/category/cloud-security-updates")]
    public void ATopicsOwnPage_IsStillASectionPage(string title, string link)
        => Assert.NotNull(SitePages.Of(Item(title, link)));
}
