using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A title labelled as a tip or a how-to ("Quick Tip: ...", "How-to: ...") is a tutorial, whatever the head read: an
/// accessibility blog's tips went out as other, their guess a release (held-out review 110, F7). A title that only speaks of
/// tips, and an advisory, keep their types.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TipTitleTypeTests
{
    private static Article Item(string title) => new()
    {
        Id = "a", FeedUrl = "f", Title = title,
        Text = "Screen readers pick a voice from the page's declared language. Without it, a French page may be read with English rules, which makes it hard to follow.",
    };

    [Theory]
    [InlineData("Quick Tip: Use the \"lang\" Attribute for Better Accessibility")]
    [InlineData("How-to: hide decorative images from screen readers")]
    [InlineData("Quick test: does your page zoom to 400%?")]
    [InlineData("Pro tip - label every form field")]
    public void ATipsLabel_ShouldMakeATutorial(string title)
    {
        Assert.Equal(ContentTypes.Tutorial, ContentTypeCues.Apply(Item(title), new ArticleScore { Id = "a", ContentType = ContentTypes.Other, TypeGuess = ContentTypes.Release }).ContentType);
        Assert.Equal(ContentTypes.Tutorial, ContentTypeCues.Apply(Item(title), new ArticleScore { Id = "a", ContentType = ContentTypes.News }).ContentType);
    }

    [Theory]
    [InlineData("Tips for surviving the layoffs, from people who did")]
    [InlineData("Google tips its hand on the new search ranking")]
    public void ATitleThatOnlySpeaksOfTips_ShouldKeepItsType(string title)
        => Assert.Equal(ContentTypes.News, ContentTypeCues.Apply(Item(title), new ArticleScore { Id = "a", ContentType = ContentTypes.News }).ContentType);
}
