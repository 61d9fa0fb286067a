using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A congratulation or an obituary is news of a person, no paper: "Congratulations, Dr. ...!" on a thesis defence printed as
/// research (held-out review 102, F9). A paper whose title merely mentions remembering stays research.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PersonalNoticeTypeTests
{
    private static string? TypeOf(string title, string guessed)
        => ContentTypeCues.Apply(new Article
            {
                Id = "a", FeedUrl = "https://theory.example/rss.xml", Title = title,
                Text = "Last week our student defended a thesis on lower bounds for streaming algorithms, and the committee was delighted.",
            },
            new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Congratulations, Dr. Okafor!")]
    [InlineData("In memoriam: a teacher of algorithms")]
    public void ACongratulationOrObituary_ShouldBeNews(string title)
        => Assert.Equal(ContentTypes.News, TypeOf(title, ContentTypes.Research));

    [Fact]
    public void APaperOnRemembering_ShouldStayResearch()
        => Assert.Equal(ContentTypes.Research, TypeOf("How language models remember long contexts", ContentTypes.Research));
}
