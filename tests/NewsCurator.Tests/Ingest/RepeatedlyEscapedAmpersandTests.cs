using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 93, F10: an ampersand the publisher escaped four times ("R&amp;amp;amp;amp;D" in the feed) leaked as
/// "R&amp;amp;D" into the text, while a twice-escaped one was mended.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RepeatedlyEscapedAmpersandTests
{
    [Fact]
    public void AnAmpersandEscapedFourTimesInAName_ShouldReadAsTheAmpersand()
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "Seed-stage founders pitch investors on agents", Link = "https://startups.example.com/pitch-day",
            SummaryHtml = "<p>Six founders showed agents for invoice matching, fraud checks and R&amp;amp;amp;D tax credits to a room of investors on Tuesday.</p>" },
            new FeedSource("https://startups.example.com/rss"), "Startups");

        Assert.Contains("R&D tax credits", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Prose about markup, and a link's query, keep their codes as written.
    [InlineData("In XML you write R&amp;amp;D when the text must show the code itself.")]
    [InlineData("The link must carry ?id=x&amp;amp;page=2 in its query.")]
    public void AnAmpersandCodeWrittenOut_ShouldStayAsWritten(string text)
        => Assert.Equal(text, EscapedText.InBody(text));
}
