using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The publisher's own section corrects the head's "release" where it files the post as a report or an event: an engine's
/// "Progress Report" articles and its "Events" line-up went out as releases, and the mistypes made its blog a changelog
/// feed (held-out review 96, F4). A "Pre-release" section files a release. A release filed as a release stays one.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReportSectionTypeTests
{
    private static string? TypeOf(string title, string guessed, params string[] categories)
        => ContentTypeCues.Apply(new Article
            {
                Id = "a", FeedUrl = "https://engine.example/rss.xml", Title = title, Categories = categories,
                Text = "Over the last months the team reworked how the engine talks to the graphics driver, and this post walks through what changed and why.",
            },
            new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Where the C# support stands on each platform in Engine 5.1", ContentTypes.News, "Progress Report")]
    [InlineData("Frame pacing in Engine 5.2: what we changed", ContentTypes.News, "Devlog")]
    [InlineData("Our line-up for the spring conferences", ContentTypes.Event, "Events")]
    public void AReleaseFiledAsAReportOrAnEvent_ShouldTakeTheSection(string title, string expected, string section)
        => Assert.Equal(expected, TypeOf(title, ContentTypes.Release, section));

    [Theory]
    [InlineData("Tilekit v1.4 is out!", "Devlog")]
    [InlineData("Version 0.9.2 released: faster imports and a new tile picker", "Dev Blog")]
    [InlineData("Introducing Tilekit 2.0", "Dev Diary")]
    public void AReleaseFiledOnlyUnderTheDevBlog_ShouldStayARelease(string title, string section)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, ContentTypes.Release, section));

    [Theory]
    [InlineData("What we learned porting Tilekit 1.4 to the web", "Devlog")]
    [InlineData("Tilekit 1.4 is out!", "Progress Report")]
    public void AReportOnTheDevBlog_OrAnyPostFiledAsAReport_ShouldBeNews(string title, string section)
        => Assert.Equal(ContentTypes.News, TypeOf(title, ContentTypes.Release, section));

    [Fact]
    public void AnItemFiledAsAPreRelease_ShouldBeARelease()
        => Assert.Equal(ContentTypes.Release, TypeOf("Dev snapshot: Engine 5.2 dev 3", ContentTypes.Other, "Pre-release"));

    [Theory]
    [InlineData("Engine 5.1 is out", "Release")]
    [InlineData("Engine 5.1 is out", "News")]
    public void AReleaseFiledAsARelease_OrAsNews_ShouldStayARelease(string title, string section)
        => Assert.Equal(ContentTypes.Release, TypeOf(title, ContentTypes.Release, section));
}
