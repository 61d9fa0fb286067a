using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Lines of code and the pieces of identifiers are no words of a language: a page of shell settings under an English
/// heading read as Portuguese on LESS_TERMCAP_me's "me" and LESS_TERMCAP_se's "se" (held-out review 115, F4). Prose in
/// another language stays that language, with its code or without.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CodeLinesLanguageTests
{
    private const string ManColors = "Specify custom man colors\n# Less Colors for Man Pages\n# put in .bashrc os similar\n"
        + "export LESS_TERMCAP_mb=$'\\E[01;31m' # begin blinking\nexport LESS_TERMCAP_md=$'\\E[01;38;5;74m' # begin bold\n"
        + "export LESS_TERMCAP_me=$'\\E[0m' # end mode\nexport LESS_TERMCAP_se=$'\\E[0m' # end standout-mode\n"
        + "export LESS_TERMCAP_so=$'\\E[38;5;246m' # begin standout-mode - info box\nexport LESS_TERMCAP_ue=$'\\E[0m' # end underline\n"
        + "export LESS_TERMCAP_us=$'\\E[04;38;5;146m' # begin underline";

    [Fact]
    public void APageOfShellSettingsUnderAnEnglishHeading_ShouldNotBePortuguese()
        => Assert.Contains(LanguageDetector.Detect(ManColors, declared: null), new[] { "en", LanguageDetector.Undetermined });

    [Fact]
    public void AnEnglishPostQuotingAnEnvironmentFile_ShouldBeEnglish()
    {
        const string text = "We moved every service to one configuration file this week, and the change was easier than we thought it would be.\n"
            + "DATABASE_URL=postgres://db/app\nexport CACHE_TTL_se=30\nMAX_RETRIES_me=5\n"
            + "The team found that the defaults were safe for most of the services, and only the queue needed a larger timeout.";
        Assert.Equal("en", LanguageDetector.Detect(text, declared: null));
    }

    [Theory]
    // Portuguese prose with a shell setting in it stays Portuguese.
    [InlineData("pt", "Neste artigo vamos mostrar como configurar as cores do terminal para que as páginas de manual fiquem mais legíveis.\nexport LESS_TERMCAP_md=$'\\E[01;38;5;74m'\nDepois de salvar o arquivo, abra um novo terminal e veja que as cores já estão aplicadas em todas as páginas.")]
    // A German paragraph on one line that quotes a call is prose, not a line of code.
    [InlineData("de", "Die neue Version der Bibliothek ist seit heute verfügbar, und mit ihr kommt eine Funktion, die viele Entwickler lange erwartet haben: der Aufruf config.load() liest die Einstellungen jetzt auch aus der Umgebung, und die Dokumentation wurde für diese Version vollständig überarbeitet.")]
    public void ProseInAnotherLanguage_ShouldStayThatLanguage(string expected, string text)
        => Assert.Equal(expected, LanguageDetector.Detect(text, declared: null));
}
