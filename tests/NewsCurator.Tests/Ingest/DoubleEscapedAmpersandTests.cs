using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 86, F8: a publisher that escapes only its ampersands twice ("Verizon&amp;amp;Co" in the CDATA) showed no
/// reference glued to a word, so every "&amp;" of the body stayed and a summary printed "AT&amp;T customers ...".
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DoubleEscapedAmpersandTests
{
    [Fact]
    public void AnAmpersandEscapedTwiceInAName_ShouldReadAsTheAmpersand()
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "B&N raises its plan prices", Link = "https://gadgets.example.com/bn-plans",
            SummaryHtml = "<p>B&amp;amp;N subscribers on the family plan will pay $5 more a month from June. The carrier&#039;s R&amp;amp;D arm also showed new earbuds from Bower &amp;amp; Wilkins.</p>" },
            new FeedSource("https://gadgets.example.com/rss"), "Gadgets");

        Assert.Contains("B&N subscribers", article.Text, StringComparison.Ordinal);
        Assert.Contains("R&D arm", article.Text, StringComparison.Ordinal);
        Assert.Contains("Bower & Wilkins", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Prose about markup writes the code out on purpose: it stays as written.
    [InlineData("In HTML you write AT&amp;T so the ampersand is not read as the start of an entity.")]
    [InlineData("Type Q&amp;A where the page shows Q&A, and &lt;b&gt; where it shows a tag.")]
    [InlineData("The link must carry ?id=7&amp;page=2 in its query string.")]
    public void AnAmpersandCodeInProseAboutMarkup_ShouldStayAsWritten(string text)
        => Assert.Equal(text, EscapedText.InBody(text));

    [Fact]
    public void AnAmpersandBetweenSpacedLowerCaseWords_ShouldStayAsWritten()
        => Assert.Equal("search &amp; replace", EscapedText.InBody("search &amp; replace"));
}
