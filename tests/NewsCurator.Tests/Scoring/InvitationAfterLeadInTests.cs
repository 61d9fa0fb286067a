using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// An invitation whose title leads in with the publisher's own words before a separator ("Our Engine Goes to Conferences -
/// Meet us at GameDevCon!") is an invitation still, so it is typed an event and lapses as a notice (held-out review 96, F6).
/// A title that only names a team or a place after its separator stays as it was.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class InvitationAfterLeadInTests
{
    private static Article Item(string title) => new()
    {
        Id = "a", FeedUrl = "f", Title = title,
        Text = "The team will attend the Game Makers Conference (March 10-14) this year. Stop by our booth for demos and talks.",
    };

    [Theory]
    [InlineData("Our Engine Goes to Conferences - Meet us at GameDevCon!")]
    [InlineData("Spring events: join us at RustConf 2026")]
    [InlineData("Roadshow | Visit us at Embedded World")]
    public void AnInvitationAfterTheLeadIn_ShouldBeAnEventAndANotice(string title)
    {
        Assert.True(ContentTypeCues.InvitesToAnEvent(Item(title)));
        Assert.Equal(ContentTypes.Event, ContentTypeCues.Apply(Item(title), new ArticleScore { Id = "a", ContentType = ContentTypes.News }).ContentType);
        Assert.NotNull(NewsCurator.Select.TimeBoundNotices.ShelfDays(Item(title)));
    }

    [Theory]
    [InlineData("Conference recap - what we showed at GameDevCon")]
    [InlineData("Hiring - meeting users at their own pace")]
    public void ARecapAfterASeparator_ShouldBeNoInvitation(string title)
        => Assert.False(ContentTypeCues.InvitesToAnEvent(Item(title)));
}
