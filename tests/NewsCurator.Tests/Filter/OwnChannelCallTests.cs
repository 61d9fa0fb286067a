using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A publisher's call to subscribe to or follow its own channel is a house ad: "Subscribe to the X YouTube channel!" over "Are you
/// subscribed ...? click here!" passed scoring and was kept out only by the publisher's cap (held-out review 108, F9). A story
/// about a platform's subscriptions, or a call to follow someone else's channel, is no house ad.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OwnChannelCallTests
{
    private static Article Post(string title, string text, string feedTitle = "Sparkfab", string link = "https://blog.sparkfab.com/2026/03/02/post/")
        => new() { Id = "a", FeedUrl = "https://blog.sparkfab.com/feed/", FeedTitle = feedTitle, Title = title, Link = link, Text = text, Language = "en" };

    private const string Plug = "Have you subscribed yet? If not, click here! http://spkf.ab/yt . It is a free way to keep up with our newest videos. "
        + "Here is what we are up to this week: a live soldering show on Tuesday, a parts unboxing on Thursday and our weekly questions hour.";

    [Fact]
    public void ATitleCallingReadersToThePublishersChannel_ShouldBeAHouseAd()
        => Assert.NotNull(HouseAds.Why(Post("Subscribe to the Sparkfab YouTube channel!", Plug)));

    [Fact]
    public void AnOpeningQuestionAboutOurChannel_ShouldBeAHouseAd()
        => Assert.NotNull(HouseAds.Why(Post("This week on video",
            "Are you subscribed to our YouTube channel? If not, click here! " + Plug)));

    [Theory]
    [InlineData("YouTube changes how subscriber counts work", "YouTube will round subscriber counts on every channel page from next month, the company said. Creators "
        + "have complained that the rounded numbers hide growth, and analysts expect the change to affect how sponsors price their reads.")]
    [InlineData("Subscribe to the Veritasium YouTube channel for better physics", "Veritasium's videos on physics are the best introduction we know: this week's on "
        + "the brachistochrone is a fine example. Our own take on the curve, with a marble run we built, is below, with the code for the simulation.")]
    public void AStoryAboutSubscriptionsOrAnotherChannel_ShouldNotBeAHouseAd(string title, string text)
        => Assert.Null(HouseAds.Why(Post(title, text)));
}
