using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A site's section and index pages listed as items are no stories: a topic page, a paginated news list, the site's name
/// at its newsroom, a sign-up page, an item titled with its address (held-out review 98, F1). Only the length floor stopped
/// them, and a topic page's blurb was chosen once it ran long; here each has a blurb past the floor. A post under a section,
/// or a post titled "News: ..." at its own address, stays a story.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SectionPageTests
{
    private static readonly string Blurb = string.Join(' ', Enumerable.Repeat("The latest advances in machine learning, robotics, chips and the software that runs them, from our editors and reporters.", 4));

    private static (string Rule, string Reason)? Check(string title, string link)
        => new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = "https://aggregator.example/robots.xml", Title = title, Text = Blurb, Link = link, Language = "en" });

    [Theory]
    [InlineData("News | Acme Robotics", "https://acmerobotics.com/news/")]
    [InlineData("Blogs | Acme Robotics", "https://acmerobotics.com/blog/")]
    [InlineData("Machine Learning News & Articles - Artificial Intelligence Updates", "https://wired-lab.example.org/topic/machine-learning/")]
    [InlineData("Energy News & Articles", "https://wired-lab.example.org/topic/energy/")]
    [InlineData("News - Page 3 of 12 - Tracktor", "https://tracktorsystems.com/news/page/3/")]
    [InlineData("Drone Technologies: News and Product Announcements", "https://www.dronedaily.com/category/news/")]
    [InlineData("Walkerbots - News & Media", "https://www.walkerbots.com/about/press")]
    [InlineData("News Center - Hexa Robotics", "https://www.hexa.com/news")]
    [InlineData("Helion", "https://www.helion.com/newsroom/")]
    [InlineData("About Drone Daily", "https://www.dronedaily.com/about-drone-daily/")]
    [InlineData("Drone Daily Enewsletter - Drone Daily", "https://www.dronedaily.com/drone-daily-enewsletter/")]
    [InlineData("https://www.hexa.com/news/41", "https://www.hexa.com/news/41")]
    public void ASectionOrIndexPage_ShouldBeNoStory(string title, string link)
        => Assert.Equal("site_page", Check(title, link)?.Rule);

    [Theory]
    [InlineData("Making the Walker See the World | Acme Robotics", "https://acmerobotics.com/blog/making-the-walker-see/")]
    [InlineData("News: Acme Robotics raises $300M for its humanoid", "https://acmerobotics.com/news/series-c/")]
    [InlineData("Helion Fuses Its First Plasma at Scale", "https://www.helion.com/newsroom/")]
    [InlineData("Why Energy News Is Hard to Get Right", "https://wired-lab.example.org/2025/05/energy-news/")]
    [InlineData("Lab notes: what the energy grid needs", "https://wired-lab.example.org/topic/energy/")]
    [InlineData("About Face: how we redesigned our robot's head", "https://www.dronedaily.com/about-face/")]
    public void APostUnderASection_ShouldStayAStory(string title, string link)
        => Assert.Null(Check(title, link));
}
