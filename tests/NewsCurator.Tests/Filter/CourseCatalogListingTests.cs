using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A course catalog's listing is the learning business's offer, not a story; a third party's news of a course, and a tutorial,
/// stay (held-out review 114, F1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CourseCatalogListingTests
{
    private static Article Item(string title, string text, string link = "https://learn.example.org/course/data-viz-part-2")
        => new() { Id = "a", FeedUrl = "https://learn.example.org/catalog/rss", Title = title, Text = text, Link = link, Language = "en" };

    [Fact]
    public void ACatalogsListingOfACourseRun_ShouldBeAHouseAd()
    {
        var text = "Ready to tell stories with your data? Data Visualization Part 2: Charts for the Web will teach you the principles of visual encoding and how to build "
                   + "interactive charts with open-source libraries.\n\nThis module explores how readers perceive charts and how to test your designs with them.\n\n"
                   + "This course is part of a three-part Data Visualization series:\n\nDV101.1x: Data Visualization Part 1: Seeing Data\nDV101.2x: Data Visualization Part 2: Charts for the Web\n"
                   + "DV101.3x: Data Visualization Part 3: Dashboards";

        Assert.Contains("course catalog", HouseAds.Why(Item("Data Visualization Part 2: Charts for the Web", text)), StringComparison.Ordinal);
    }

    [Fact]
    public void NewsOfACourse_ToldByAThirdParty_ShouldStayNews()
    {
        var text = "The university announced on Monday that it will put its graduate machine learning course online free, with recorded lectures and problem sets. "
                   + "The course will teach you the mathematics behind modern models, the department said, and takes about 10 hours per week over eleven weeks.";

        Assert.Null(HouseAds.Why(Item("University puts its machine learning course online for free", text, "https://news.example.com/2026/03/ml-course")));
    }

    [Fact]
    public void ATutorial_ThatSaysWhatYouWillLearn_ShouldStay()
    {
        var text = "In this tutorial you will learn how to profile a Go service with pprof, read a flame graph and find the allocation that slows your handler. "
                   + "We start from a small HTTP server and add load with a benchmark, then compare the profiles before and after the fix.";

        Assert.Null(HouseAds.Why(Item("Profiling Go services with pprof", text, "https://blog.example.dev/pprof")));
    }

    [Fact]
    public void AShortHowTo_ThatWillTeachYou_AndListsPrerequisites_ShouldStay()
    {
        // A guide's "will teach you" and its prerequisites are a tutorial's, not a catalog's (review of session 51, R3).
        var text = "This walkthrough will teach you how to ship a small Python web app to a container platform with a Dockerfile and a CI pipeline. "
                   + "Prerequisites: a registry account, Docker 25 and a repository you can push to. We build the image, tag it, and let the pipeline "
                   + "roll it out on every merge, then add a health check so a broken release never takes traffic.";

        Assert.Null(HouseAds.Why(Item("Shipping a Python web app with Docker and CI", text, "https://notes.example.dev/ship-python")));
    }

    [Fact]
    public void ACatalogsListing_ThatSaysThisCourseIntroduces_ShouldBeAHouseAd()
    {
        // "This course introduces" is the catalog's voice, not news of an introduction (review of session 51, R10).
        var text = "This course introduces learners to the foundations of stream processing: event time, windows, state and exactly-once delivery. "
                   + "Through short lectures and graded labs you will build a small pipeline from source to dashboard. Self-paced, 4-6 hours per week.";

        Assert.Contains("course catalog", HouseAds.Why(Item("Stream Processing Foundations", text)), StringComparison.Ordinal);
    }

    [Fact]
    public void NewsThatACourseAddsAModule_ShouldStayNews()
    {
        // A course's news told in the third person reports an event, whatever verb tells it (review of session 51, R10).
        var text = "The university's popular CS75x adds a module on building web agents this spring. The course will teach you how to plan, call tools "
                   + "and test an agent's answers, and it remains self-paced and free to audit, the department said.";

        Assert.Null(HouseAds.Why(Item("University's CS75x adds a module on AI agents", text, "https://news.example.com/2026/04/cs75x-agents")));
    }
}
