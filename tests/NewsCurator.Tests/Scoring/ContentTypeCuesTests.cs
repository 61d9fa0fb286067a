using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>A title that says what the article is outweighs the scorer's guess: a launch filed under "opinion" (fifth held-out review, F7).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ContentTypeCuesTests
{
    private static string? TypeOf(string title, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Introducing Mistral AI Studio.", ContentTypes.Opinion, ContentTypes.Release)]
    [InlineData("Announcing .NET 10", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Say hello to the new inference API", ContentTypes.Other, ContentTypes.Release)]
    [InlineData("Now available: Postgres 18 on every plan", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Introducing our sponsor, a GPU cloud", ContentTypes.Sponsored, ContentTypes.Sponsored)]
    [InlineData("Introducing the team: episode 12", ContentTypes.Podcast, ContentTypes.Podcast)]
    [InlineData("Why introducing types late is hard", ContentTypes.Opinion, ContentTypes.Opinion)]
    [InlineData("Mistral AI Studio is here", ContentTypes.Opinion, ContentTypes.Opinion)]
    public void Title_ThatAnnouncesARelease_ShouldMakeItOne_ButNotAnAdOrAnEpisode(string title, string guessed, string expected)
        => Assert.Equal(expected, TypeOf(title, guessed));
}
