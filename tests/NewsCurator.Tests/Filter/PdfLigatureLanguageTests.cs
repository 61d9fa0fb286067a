using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Hostile-input audit 54, H4: an abstract copied from a PDF keeps its typographic ligatures ("ﬁ", "ﬂ", U+FB01, U+FB02). They are
/// plain Latin letters in their compatibility form, not letters English never writes; a Danish text's own letters still are.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PdfLigatureLanguageTests
{
    [Fact]
    public void AnAbstractWithLigatures_StaysEnglish()
    {
        const string title = "Sparse attention revisited";
        const string text = "We show that sparse attention is suﬃcient in the ﬁrst layers, and the ﬂops saved are signiﬁcant for ﬁne models in the ﬁeld.";
        Assert.Equal("en", LanguageDetector.Detect(title + ". " + text, "en", title));
    }

    [Fact]
    public void ADanishTextDeclaredEnglish_IsStillNotEnglish()
    {
        const string text = "Virksomheden får nu værdisat sin nye løsning, og kæmpemæssig interesse fører til større køb på tværs af søsterselskaber i år.";
        Assert.NotEqual("en", LanguageDetector.Detect(text, "en", "Ny løsning"));
    }
}
