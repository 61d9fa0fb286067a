using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A news story whose subject is a medium ("... Adds Podcast Discovery Features") is no episode: the type head's "podcast"
/// goes unless the item says it is itself heard or watched (held-out review 88, F6). Show notes keep it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MediaAsSubjectTypeTests
{
    private static string? TypeOf(string title, string text)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text },
            new ArticleScore { Id = "a", ContentType = ContentTypes.Podcast }).ContentType;

    [Theory]
    [InlineData("Deezer Adds AI-Powered Podcast Recommendations and Video Clips",
        "Deezer is adding AI features to help listeners find podcasts. The update, shown at its Paris event, brings a conversational search and a weekly audio digest of recommended episodes.")]
    [InlineData("Spotify tests video podcasts in three more markets",
        "Spotify is testing video for its podcast hosts in Brazil, Mexico and Indonesia, the company said on Tuesday.")]
    public void AStoryAboutAMedium_IsNoPodcast(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, text));

    [Theory]
    // Show notes with a media word and no "this episode" (the labelled shows' form).
    [InlineData("231: Thermal Throttling", "Our hosts talk about fan curves and a new laptop. Sponsored by a mattress company.")]
    // A story's title over an episode that says it is one.
    [InlineData("Google launches video generation in Gemini", "In this episode we talk with the Gemini team about the new video model.")]
    public void AShowsNotes_StayAPodcast(string title, string text)
        => Assert.Equal(ContentTypes.Podcast, TypeOf(title, text));
}
