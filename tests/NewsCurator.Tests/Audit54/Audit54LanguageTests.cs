using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit54;

/// <summary>
/// Hostile-input audit 54: <c>LanguageDetector.WrittenInForeignLetters</c> (session 47) counts a lower-case word with any
/// character above U+007F as written in letters English never writes. A paper's abstract copied from its PDF keeps the
/// typographic ligatures "ﬁ" and "ﬂ" (U+FB01, U+FB02: lower-case letters), a fifth of its words carry one, English is
/// taken out of the running and the abstract is read as Dutch on its "in" and "is", and dropped.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit54LanguageTests
{
    [Fact]
    public void AnEnglishAbstractWithPdfLigatures_StaysEnglish()
    {
        const string title = "Fine-tuning study";
        const string text = "We ﬁnd that ﬁne-tuning is efﬁcient in the ﬁrst ﬁve ﬁelds, and the ﬂow is signiﬁcant in the ﬁnal ﬁgure.";
        Assert.Equal("en", LanguageDetector.Detect(title + ". " + text, "en", title));
    }
}
