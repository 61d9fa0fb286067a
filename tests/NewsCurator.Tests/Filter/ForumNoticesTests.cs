using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A forum's furniture and its notices about itself are no stories: the topic a Discourse opens for each category ("About the
/// ... category") and the forum's word that it closes (held-out review 76, F6: a forum's closing notice was chosen at rank 7).
/// A project's end of life told on its forum, and a post about another thing that closes, stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumNoticesTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text, string link = "https://talk.example.org/t/a-topic/9")
        => new() { Id = "x", FeedUrl = "https://talk.example.org/latest.rss", Title = title, Link = link, Language = "en", Text = text };

    [Theory]
    [InlineData("About the Machine Learning category", "Discussions about training and serving models. Why should people use this category? What is it for?")]
    [InlineData("About the Site Feedback category", "Discussion about this site, its organization, how it works, and how we can improve it.")]
    public void ACategoryTopic_OnAForum_ShouldBeASitePage(string title, string text)
        => Assert.Equal("site_page", Rules.CheckContent(Post(title, text))?.Rule);

    [Theory]
    [InlineData("Rust Embedded forum is discontinued", "Thank you all who took part. Hosting this forum costs more than it is used, so I am closing it and keeping a static copy.")]
    [InlineData("The forum is moving to a new address", "From Monday the forum lives at a new address; accounts move with it.")]
    [InlineData("Closing this forum at the end of the month", "Few posts come in now, so the forum closes; the archive stays online.")]
    public void TheForumsNoticeAboutItself_ShouldBeASitePage(string title, string text)
        => Assert.Equal("site_page", Rules.CheckContent(Post(title, text))?.Rule);

    [Theory]
    // A project's end of life is its news, told on its forum.
    [InlineData("Acmeboard is Retired", "Back in 2017 we introduced Acmeboard, an open hardware kit. We are retiring the hardware; existing boards keep working.")]
    [InlineData("Acmeboard hardware is discontinued", "We stop making the board this year; the firmware stays open source.")]
    // A post about a category of things, not the forum's own.
    [InlineData("About the new sensor category in the hardware store", "The store adds a sensor category with twelve parts from three makers.")]
    public void AProjectsNewsOnItsForum_ShouldStay(string title, string text) => Assert.Null(Rules.CheckContent(Post(title, text)));
}
