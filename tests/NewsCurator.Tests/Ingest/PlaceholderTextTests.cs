using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A scraper's placeholder for a missing description ("[0]" on two of a lab's ten system cards) is no text: kept, it
/// counted among the feed's texts, the feed fell under the dek share, and its lead story was dropped at min_length
/// (held-out review 66, F1). It is blank after normalisation; a number or a code in prose is a text.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlaceholderTextTests
{
    private static Article Normalize(string description)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "ChatGPT Images 2.5 System Card", Link = "https://openai.example/index/chatgpt-images-2-5-system-card", SummaryHtml = description },
            new FeedSource("https://openai.example/system-cards.rss"), "OpenAI");

    [Theory]
    [InlineData("[0]")]
    [InlineData("0")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("undefined")]
    [InlineData("N/A")]
    [InlineData("-")]
    [InlineData(" — ")]
    [InlineData("<p>[0]</p>")]
    public void APlaceholderDescription_ShouldLeaveNoText(string description)
    {
        var article = Normalize(description);

        Assert.Equal("", article.Text);
        Assert.Null(article.Description);
        Assert.Equal("ChatGPT Images 2.5 System Card", article.Title);
    }

    [Theory]
    [InlineData("42 is the answer.")]
    [InlineData("3.8.11")]
    [InlineData("42")]
    [InlineData("0-day")]
    [InlineData("GPT-6")]
    [InlineData("Null pointers, twenty years on.")]
    [InlineData("人工智能")]
    public void ANumberOrACodeInProse_ShouldStayAText(string description)
        => Assert.Equal(description, Normalize(description).Text);

    [Theory]
    // Held-out review 117, F4: a photo post's whole caption was an emoji, and it went as a placeholder.
    [InlineData("🖤")]
    [InlineData("★★★")]
    [InlineData("♥")]
    public void AnEmojiOrASymbolAlone_ShouldStayTheText(string description)
        => Assert.Equal(description, Normalize(description).Text);
}
