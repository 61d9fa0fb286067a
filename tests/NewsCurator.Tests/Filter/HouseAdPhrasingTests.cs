using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A house ad announced without "I/we + verb" ("Announcing our new newsletter", "Forthcoming: my AI newsletter", "Our email
/// course starts Monday") or asking readers to "save your seat" or "RSVP" is a house ad too (hostile-input audit 50, H5);
/// a platform's product whose name holds an offer's word ("our new course builder") and an event that is no offer stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HouseAdPhrasingTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text)
        => new() { Id = "a", FeedUrl = "https://blog.example.com/feed.xml", Title = title, Text = text, Link = "https://blog.example.com/posts/1", Language = "en" };

    [Theory]
    [InlineData("Introducing my newsletter on applied ML",
        "Introducing my newsletter on applied ML: every Tuesday, one paper explained in plain words with the code to try it. Subscribe for free.")]
    [InlineData("Spring cohort",
        "Our data engineering course opens its spring cohort on March 2, with twelve live sessions and weekly office hours. Grab your spot now.")]
    [InlineData("Live Q&A on fine-tuning",
        "We're hosting a live webinar on fine-tuning small models this Friday. Get on the waitlist today.")]
    public void AHouseAd_OwnedByAPossessiveOrALabel_OrACallToSaveASeat_ShouldBeAHouseAd(string title, string text)
        => Assert.Equal("house_ad", Rules.CheckAds(Post(title, text))?.Rule);

    [Theory]
    // A platform's release: the offer's word names what its product serves, not an offer of the publisher's.
    [InlineData("Our new course builder is here",
        "Our new course builder lets any creator turn a video series into a paid course, with quizzes and certificates built in. Sign up for free.")]
    // An event the publisher hosts is no offer: its talks are what it announces.
    [InlineData("Our annual conference comes to Berlin",
        "Our annual conference comes to Berlin in June, with two days of talks on databases and streaming. Save your seat here.")]
    // News of someone else's newsletter, in the third person.
    [InlineData("The Verge launches a newsletter on AI policy",
        "The Verge has launched a weekly newsletter on AI policy, written by its Washington reporters. Readers can subscribe today on its site.")]
    public void APlatformsRelease_AnEvent_OrNewsOfAnotherNewsletter_ShouldStayNews(string title, string text)
        => Assert.Null(Rules.CheckAds(Post(title, text)));
}
