using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Held-out review 92, F5: a public audit office's reports and a commission's consultation went out untyped ('other'). An
/// audit's summary headings and a call for comments on a draft are news of a public body's work; an opinion about a
/// consultation, and a text that only mentions what someone found, keep their types.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OfficialReportTypeTests
{
    private static string? TypeOf(string title, string text, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Coast Guard: Better Data Needed to Plan Icebreaker Maintenance", "What NAO Found\nThe Coast Guard maintains a fleet of icebreakers whose repairs have grown costlier each year.")]
    [InlineData("Rail safety: oversight of level crossings", "Why we did this audit\nLevel crossings account for a large share of rail accidents. What we found\nThe regulator inspected fewer than half of them.")]
    [InlineData("Ministry invites comments on draft rules for data centre energy reporting", "The ministry has opened a public consultation on the draft rules, which would require operators to publish their energy use. Comments are due by 30 September.")]
    public void AnOfficialReportOrConsultation_ShouldBeNews(string title, string text)
        => Assert.Equal(ContentTypes.News, TypeOf(title, text, ContentTypes.Other));

    [Fact]
    public void AnOpinionAboutAConsultation_ShouldStayOpinion()
        => Assert.Equal(ContentTypes.Opinion, TypeOf("The ministry's data centre consultation misses the point",
            "The ministry invites comments on draft rules for energy reporting, but I think the rules measure the wrong thing.", ContentTypes.Opinion));

    [Fact]
    public void ATextThatOnlyMentionsAFinding_ShouldStayOther()
        => Assert.Equal(ContentTypes.Other, TypeOf("Notes from my garden",
            "This spring we planted tomatoes again. What we found was that the early ones did best in the shade.", ContentTypes.Other));
}
