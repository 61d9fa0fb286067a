using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A description that is its item's headline again is no text: let through a lowered content.min_length, such an item
/// was chosen with an empty summary (held-out review 95, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TitleEchoTextTests
{
    private static Article Item(string title, string summaryHtml)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://trade.example/news/engine-dataset", SummaryHtml = summaryHtml },
            new FeedSource("https://trade.example/feed"), "Trade News")!;

    [Fact]
    public void ADescriptionThatRepeatsItsTitle_ShouldBeNoText()
    {
        var article = Item("Fusion engine for orbital tugs lacks a test dataset", "<p>Fusion engine for orbital tugs lacks a test dataset</p>");
        Assert.Equal("", article.Text);
        Assert.Null(article.Description);
    }

    [Fact]
    public void ADescriptionThatGoesOnPastItsTitle_ShouldStay()
    {
        var article = Item("Fusion engine for orbital tugs lacks a test dataset",
            "<p>Fusion engine for orbital tugs lacks a test dataset, and the agency says it will not fund one before next year.</p>");
        Assert.StartsWith("Fusion engine for orbital tugs lacks a test dataset, and", article.Text, StringComparison.Ordinal);
    }
}
