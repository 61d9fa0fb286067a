using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>An item of no words (an image post, a title alone) has nothing to read and no reading time (held-out review 113, F3).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NoWordsReadingTimeTests
{
    private static EnhancedArticle Enhanced(string text) => EnhanceStage.Enhance(
        new Article { Id = "a", FeedUrl = "https://comics.example.com/rss", Title = "Side Effects", Text = text, Link = "https://comics.example.com/123/" },
        new ArticleScore { Id = "a" }, 1, new EnhanceConfig());

    [Fact]
    public void AnItemOfNoText_ShouldHaveNoReadingTime()
    {
        Assert.True(Enhanced("").IsExcerpt);
    }

    [Fact]
    public void AShortArticle_ShouldKeepItsMinute()
    {
        var enhanced = Enhanced(string.Join("\n", Enumerable.Repeat("The library's maintainers released version 2.0 with a new parser, faster builds and a migration guide for users of the old API.", 4)));

        Assert.False(enhanced.IsExcerpt);
        Assert.Equal(1, enhanced.ReadingTimeMinutes);
    }
}
