using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A company blog's invitation to an event by its name is an event, not a story the head typed other (held-out review 78,
/// F6). A recap of what was announced there keeps the head's type.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EventInvitationTypeTests
{
    private static string? TypeOf(string title, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = "Sessions on the new runtime, the compiler and the tooling. Register now." },
            new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Join the Kotlin Team at DevWorld Summit 2026!", ContentTypes.Other)]
    [InlineData("Join us at PyCon US 2026", ContentTypes.News)]
    [InlineData("Meet the Azure SQL team at Ignite", ContentTypes.Other)]
    public void AnInvitationToAnEventByName_ShouldBeAnEvent(string title, string guessed)
        => Assert.Equal(ContentTypes.Event, TypeOf(title, guessed));

    [Theory]
    [InlineData("What we announced at DevWorld Summit 2026", ContentTypes.News)]
    [InlineData("Join us in welcoming our new maintainers", ContentTypes.News)]
    public void ARecapOrAWelcome_ShouldKeepItsType(string title, string guessed)
        => Assert.Equal(guessed, TypeOf(title, guessed));
}
