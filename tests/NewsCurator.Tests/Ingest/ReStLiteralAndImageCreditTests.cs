using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A text made at ingest without two kinds of furniture: reStructuredText's ``literal`` marks in an HTML post (held-out
/// review 77, F7), and an opening line that credits the post's image, left first by a generator that flattens a post to
/// plain text (held-out review 79, F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReStLiteralAndImageCreditTests
{
    private static string TextOf(string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "A post", Link = "https://blog.example.org/posts/1", ContentHtml = html },
            new FeedSource("https://blog.example.org/feed.xml"), "Example").Text;

    [Fact]
    public void AReStLiteral_ShouldBeReadAsItsWord()
        => Assert.Equal("The core developers agreed that ``asyncio``'s event loop should stay, and that ``trio`` be tested beside it.".Replace("``", ""),
            TextOf("<p>The core developers agreed that ``asyncio``'s event loop should stay, and that ``trio`` be tested beside it.</p>"));

    [Theory]
    [InlineData("<p>Type <code>``</code> twice to open a literal, as in x``y.</p>", "Type `` twice to open a literal, as in x``y.")]
    [InlineData("<p>Run `make` and then `make install` in the build folder.</p>", "Run `make` and then `make install` in the build folder.")]
    public void BackticksThatAreNoReStLiteral_ShouldStay(string html, string text) => Assert.Equal(text, TextOf(html));

    [Theory]
    [InlineData("Image with a little help from Midjourney.")]
    [InlineData("Photo by Jane Doe on Unsplash")]
    [InlineData("Illustration: Ann Lee.")]
    public void AnOpeningImageCredit_ShouldNotOpenTheText(string credit)
    {
        const string prose = "Last year I wrote about running models on a laptop. Since then the tools have changed a great deal, and so has my advice.";
        Assert.Equal(prose, TextOf(credit + "\n" + prose));
    }

    [Theory]
    [InlineData("Image generation from text prompts is now ten times faster on the new chips.\nThe vendor says the gain comes from a new attention kernel.")]
    [InlineData("Photo editing in the browser got a lot better this year.\nHere is what changed.")]
    [InlineData("Photo by Jane Doe on Unsplash")]
    public void AnOpeningLineAboutImagesThatCreditsNoOne_ShouldStay(string text) => Assert.Equal(text, TextOf(text));
}
