using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// content.min_length in letters of English (held-out review 74, F3): ithome's four-paragraph ARCore article, 281 Chinese
/// characters of title and text and as much as 140 English words, was dropped as a teaser.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CjkMinLengthTests
{
    private const string ArCoreTitle = "Google新技术ARCore，要让一亿人抓起手机玩增强现实";

    private const string ArCoreText = """
        苹果的ARKit为什么神奇？
        Expeditions的生物学课程：染色体
        然而，推广增强现实版Expeditions当时的难点在硬件上，简单来说就是没有那么多模组手机可以买到，模组较贵不利于推广——ARCore的问世显著降低了硬件门槛。
        但目前，ARCore仅支持Google和三星的高端机型：Pixel、Pixel XL和S8、S8+。不过Google说正在和华为、三星、LG、华硕等主流厂商合作。Google的目标是到今年冬天推出ARCore 1.0，让1亿人抓起Android手机就能玩增强现实。
        """;

    private static Article Item(string title, string text, string language) => new()
    {
        Id = "a", FeedUrl = "https://f.example/feed", Title = title, Text = text, Link = "https://f.example/a",
        CanonicalUrl = "https://f.example/a", Language = language,
    };

    private static ContentRules Open(params string[] languages) => new(new ContentConfig { Languages = languages }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    [Fact]
    public void ChineseArticle_ShouldPassMinLength_CountedInLettersOfEnglish()
    {
        var article = Item(ArCoreTitle, ArCoreText, "zh");
        Assert.True((ArCoreTitle + ArCoreText).Length < 300, "the case is a text under 300 characters");
        Assert.True(ContentRules.TitleAndTextLength(article) >= 500, $"{ContentRules.TitleAndTextLength(article)}");
        Assert.Null(Open("zh").CheckContent(article));
    }

    [Fact]
    public void ChineseOneLiner_ShouldStillBeDropped_WithAReasonThatSaysHowItWasCounted()
    {
        // The opening question alone: a one-line teaser in any script.
        var drop = Open("zh").CheckContent(Item("ARCore", "苹果的ARKit为什么神奇？Google新技术ARCore，要让一亿人抓起手机玩增强现实。", "zh"));
        Assert.Equal("min_length", drop?.Rule);
        Assert.Contains("letters' worth of title and text (a Chinese or Japanese character counted as 3, a Hangul syllable as 2)", drop!.Value.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LatinAndCyrillicTeasers_ShouldBeCountedAsBefore()
    {
        // heise's one-sentence dek and Habr's two-sentence teaser stay dropped, their length and reason unchanged.
        const string heise = "Am 6. Juni 2012 veranstaltet die Internet Society den IPv6 World Launch Day, an dem teilnehmende Internet Service Provider, Netzwerkhersteller und Service-Anbieter dauerhaft IPv6 schalten werden.";
        var dek = Item("Am 6. Juni ist World IPv6 Launch Day", heise, "de");
        Assert.Equal(36 + heise.Length, ContentRules.TitleAndTextLength(dek));
        Assert.Equal(("min_length", $"{36 + heise.Length} characters of title and text, below content.min_length 300"), Open("de").CheckContent(dek));
        const string habr = "Cloud native — это подход к созданию и запуску приложений, который использует преимущества облачной модели. Разберёмся, что это значит на практике.";
        var teaser = Item("Введение в Cloud native", habr, "ru");
        Assert.Equal(23 + habr.Length, ContentRules.TitleAndTextLength(teaser));
        Assert.Equal("min_length", Open("ru").CheckContent(teaser)?.Rule);
    }
}
