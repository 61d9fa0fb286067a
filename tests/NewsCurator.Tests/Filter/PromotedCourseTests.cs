using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A publisher's training sold at an early-bird price, and an item its feed files under its marketing or its training
/// catalogue, are promotion (held-out review 77, F5; held-out review 75, F2). News of a conference opening registration, a
/// release filed under a plain "Marketing" tag and a course report stay stories.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PromotedCourseTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text, params string[] categories)
        => new() { Id = "a", FeedUrl = "https://www.example.org/news.rss", Title = title, Text = text, Link = "https://www.example.org/news/1", Language = "en", Categories = categories };

    [Theory]
    [InlineData("Enrolment Open for the Accessible Web Design Course; Early Bird Price until 3 March",
        "Sign up now for the next online course on accessible web design, starting 20 March. Our lead instructor covers ARIA, keyboard navigation and testing with screen readers. Enrol before March 3 to get the early bird price.")]
    [InlineData("New CSS Layout Masterclass: register before 12 May",
        "The two-day online masterclass covers grid, subgrid and container queries with hands-on exercises. Register before 12 May to save on the fee.")]
    public void ACourseSoldAtAnEarlyBirdPrice_ShouldBeAHouseAd(string title, string text)
        => Assert.Equal("house_ad", Rules.CheckAds(Post(title, text))?.Rule);

    [Fact]
    public void AnItemFiledUnderTheFeedsMarketingPath_ShouldBeAHouseAd()
    {
        var post = Post("Three New Cloud Skills Labs to Help You Grow",
            "We have added three of our most requested hands-on labs to the training portfolio, so you can take a class near you. Each lab covers serverless functions, container orchestration and data pipelines. Find upcoming classes in the class calendar.",
            "marketing:brand/training-and-certification");
        Assert.Equal("house_ad", Rules.CheckAds(post)?.Rule);
    }

    [Theory]
    // A conference opening registration, with news of its programme: no course, so no offer.
    [InlineData("Registration opens for RustConf 2026; early bird tickets available",
        "RustConf 2026 will be held in Montreal in September. The programme includes a keynote on the new trait solver and talks on async closures. Early bird tickets are available until June.")]
    // A release filed under a plain "Marketing" tag (a marketing tool's blog), and under a product path.
    [InlineData("Mailer 4.2 adds scheduled campaigns",
        "Mailer 4.2 adds scheduled campaigns, a new template editor and an API for suppression lists. The update is available to every workspace today.", "Marketing")]
    [InlineData("Mailer 4.2 adds scheduled campaigns",
        "Mailer 4.2 adds scheduled campaigns, a new template editor and an API for suppression lists. The update is available to every workspace today.", "general:products/mailer")]
    public void NewsOfARegistrationOrARelease_ShouldNotBeAHouseAd(string title, string text, params string[] categories)
        => Assert.Null(Rules.CheckAds(Post(title, text, categories)));
    // Hostile-input audit 52, H2: a path that only opens with "marketing" is a site's navigation or a topic, not promotion.
    [Theory]
    [InlineData("marketing:marchitecture/databases,general:products/managed-postgres")]
    [InlineData("general:products/managed-postgres,marketing:marchitecture/databases")]
    [InlineData("Marketing/Data Platforms")]
    public void AnAnnouncementFiledUnderAMarketingNavigationPath_ShouldNotBeAHouseAd(string category)
        => Assert.Null(Rules.CheckAds(Post("Managed Postgres now supports logical replication slots on read replicas",
            "Managed Postgres now lets read replicas hold logical replication slots, so change-data-capture tools no longer load the primary. The feature is available in every region at no extra cost and is enabled with one parameter.", category)));

    [Fact]
    public void ACatalogueFiledUnderTrainingAmongOtherPaths_ShouldStayAHouseAd()
        => Assert.Equal("house_ad", Rules.CheckAds(Post("Two New Data Engineering Courses Join the Catalogue",
            "Our catalogue adds two instructor-led courses on streaming pipelines and warehouse design. Classes run in every region.",
            "general:products/training,marketing:brand/training-and-certification,general:audience/developers"))?.Rule);
}
