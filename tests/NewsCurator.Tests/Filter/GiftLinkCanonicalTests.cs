using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Held-out review 88, F3: one newspaper article linked twice, once as a share link ("?reflink=...&amp;st=..."), kept two
/// dedupe keys, and only the embedding later caught the pair. Gift and share tokens name no content; "st" alone may.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class GiftLinkCanonicalTests
{
    [Theory]
    [InlineData("https://news.example.com/tech/ai/chip-deal-4f2a91?reflink=desktopwebshare_permalink&st=aBcD12", "https://news.example.com/tech/ai/chip-deal-4f2a91")]
    [InlineData("https://gadgets.example/2026/9/1/robot-vacuum?view_token=eyJhbGciOi&utm_medium=gift-link", "https://gadgets.example/2026/9/1/robot-vacuum")]
    [InlineData("https://paper.example/2026/09/01/technology/ai-chips.html?unlocked_article_code=1.xyz&smid=url-share", "https://paper.example/2026/09/01/technology/ai-chips.html")]
    [InlineData("https://daily.example/story/launch?gift=Qk9&share_token=77a", "https://daily.example/story/launch")]
    public void Canonicalize_AGiftOrShareLink_ShouldKeyAsTheArticle(string url, string expected)
        => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    [Theory]
    // Without a reflink beside it, "st" may name content (a start time, a state): it stays.
    [InlineData("https://video.example/watch?id=9&st=120", "https://video.example/watch?id=9&st=120")]
    [InlineData("https://maps.example/search?q=rail&st=ny", "https://maps.example/search?q=rail&st=ny")]
    public void Canonicalize_AnStParameterWithoutAShareLink_ShouldStay(string url, string expected)
        => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
}
