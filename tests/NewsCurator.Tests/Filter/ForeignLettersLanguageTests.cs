using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A story whose words carry letters English never writes is not English because its feed says so and its one "i" matches
/// (held-out review 93, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForeignLettersLanguageTests
{
    [Fact]
    public void DanishTeaser_InAFeedDeclaringEnglish_ShouldNotBeEnglish()
    {
        const string title = "Chipfabrik får gigantisk støtte: Værdisættes til 900 milliarder kroner";
        var text = title + ". Virksomheden bag chippen får tilført næsten 300 milliarder kroner i ny kapital fra andre it-selskaber.";

        Assert.NotEqual("en", LanguageDetector.Detect(text, "en", title));
    }

    [Fact]
    public void DanishTeaser_WithNoDeclaration_ShouldBeDanish()
    {
        const string title = "Chipfabrik får gigantisk støtte: Værdisættes til 900 milliarder kroner";
        var text = title + ". Virksomheden bag chippen får tilført næsten 300 milliarder kroner i ny kapital fra andre it-selskaber.";

        Assert.Equal("da", LanguageDetector.Detect(text, null, title));
    }

    [Fact]
    public void EnglishStoryQuotingNordicNames_ShouldStayEnglish()
    {
        const string title = "Søren Ærø joins the board of a Malmö chip startup";
        var text = title + ". The former executive will advise on manufacturing, the company said in a statement on Tuesday.";

        Assert.Equal("en", LanguageDetector.Detect(text, "en", title));
    }
}
