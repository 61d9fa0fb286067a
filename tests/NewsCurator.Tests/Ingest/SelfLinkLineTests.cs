using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A generator's chrome found by its shape (held-out review 76, F5): a last paragraph that is only a link to the item's
/// own page ("Read full topic") goes whatever the feed's size, and a counted footer is one shape in the singular and the
/// plural ("1 post - 1 participant", "6 posts - 4 participants"). A teaser's "Continue reading" link stays: it tells a teaser.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SelfLinkLineTests
{
    private const string Post = "https://talk.example.org/t/retiring-the-v1-board/905/1";

    private static Article Read(string html, string link = Post)
        => ArticleNormalizer.ToArticleOrNull(new ParsedItem { Title = "Retiring the v1 board", Link = link, ContentHtml = html }, new FeedSource("https://talk.example.org/t/retiring-the-v1-board/905.rss"), "Board")!;

    [Fact]
    public void ALastParagraphLinkingToTheItemsOwnPage_ShouldGo()
    {
        var article = Read($"""<p>We are retiring the v1 board at the end of the year. Spare parts stay on sale until March.</p><p><a href="{Post}">See the whole thread</a></p>""");
        Assert.Equal("We are retiring the v1 board at the end of the year. Spare parts stay on sale until March.", article.Text.Trim());
    }

    [Fact]
    public void ALinkElsewhere_OrATeasersWayToTheRest_ShouldStay()
    {
        var elsewhere = Read("""<p>We are retiring the v1 board at the end of the year.</p><p><a href="https://shop.example.org/v2">The v2 board</a></p>""");
        Assert.EndsWith("The v2 board", elsewhere.Text.Trim(), StringComparison.Ordinal);
        var teaser = Read($"""<p>We are retiring the v1 board at the end of the year, and here is why we made that call after six years.</p><p><a href="{Post}">Continue reading</a></p>""");
        Assert.EndsWith("Continue reading", teaser.Text.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void ACountedFooter_ShouldHaveOneShape_InTheSingularAndThePlural()
    {
        Assert.Equal(FeedBoilerplate.Shape("1 post - 1 participant", "t"), FeedBoilerplate.Shape("6 posts - 4 participants", "t"));
        Assert.Equal(FeedBoilerplate.Shape("1 reply", "t"), FeedBoilerplate.Shape("12 replies", "t"));
        Assert.NotEqual(FeedBoilerplate.Shape("1 post - 1 participant", "t"), FeedBoilerplate.Shape("1 post - 1 reader", "t"));
        Assert.False(Excerpt.Is("We are retiring the v1 board at the end of the year, and this note says what happens to the spare parts and the support forum. " +
                                "Orders placed before the end of the year ship as usual, and the forum stays open for questions about the v1 board for two more years."));
    }
}
