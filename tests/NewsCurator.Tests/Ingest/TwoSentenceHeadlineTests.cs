using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 93, F6: a headline of two sentences over 120 characters ("Question? Answer, says X") was cut to its
/// first sentence, losing its point, though the item gave a description of its own.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TwoSentenceHeadlineTests
{
    private static string HeadlineOf(string title, string text)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://weekly.example.com/a", SummaryHtml = $"<p>{text}</p>" },
            new FeedSource("https://weekly.example.com/feed.xml"), "Business Weekly").Title;

    private const string Dek = "A survey of four hundred office workers finds most hide their use of chatbots from colleagues, and a researcher who studies workplace habits argues the secrecy costs teams more than it saves anyone.";

    [Theory]
    [InlineData("Do you feel a little awkward when a chatbot wrote half of your report for you? Then get over the shame right away, says a professor")]
    [InlineData("Say goodbye to the five-day office week at the bank. Its chief executive says agents will take over most of the back office by 2027")]
    public void TwoSentenceHeadline_OverADekOfItsOwn_ShouldStayWhole(string title)
        => Assert.Equal(title, HeadlineOf(title, Dek));

    [Fact]
    public void RunOnTitle_ThatTheTextOpensWith_ShouldStillBeCutToItsFirstSentence()
    {
        const string title = "Our teen fought off a burglar with a garden hose last night. The police say she will now face a fine herself for the damage to his car";
        Assert.Equal("Our teen fought off a burglar with a garden hose last night.",
            HeadlineOf(title, title + " and the neighbours have started a petition to have the fine dropped before the hearing next month."));
    }
}
