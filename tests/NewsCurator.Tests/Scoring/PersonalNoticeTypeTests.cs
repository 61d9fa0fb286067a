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

    [Theory]
    [InlineData("How language models remember long contexts")]
    // Papers open on "Farewell" and "Remembering" too (code review 49, R7).
    [InlineData("Farewell to Softmax? Linear attention at scale")]
    [InlineData("Remembering for the Right Reasons: anchors in continual learning")]
    public void APaperOnRemembering_ShouldStayResearch(string title)
        => Assert.Equal(ContentTypes.Research, TypeOf(title, ContentTypes.Research));
}
