using NewsCurator.Enhance.Llm;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

[Trait(Category.Name, Category.Unit)]
public sealed class TokenEstimateTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("The scheduler favours interactive tasks.", 10)] // 40 characters of English: 4 a token
    [InlineData("英伟达本周开始向云服务商交付芯片", 16)]              // Chinese: a token a character
    [InlineData("엔비디아가 칩을 출하했다", 12)]                      // Hangul syllables count one each; the spaces a quarter
    [InlineData("Нвидиа начала поставки", 11)]                      // Cyrillic: two characters a token
    [InlineData("Launch \U0001F680", 3)]                            // an emoji, two UTF-16 units, is one character
    public void Of_ShouldChargeEachScriptAboutWhatATokeniserTakes(string text, int tokens)
        => Assert.Equal(tokens, TokenEstimate.Of(text));
}
