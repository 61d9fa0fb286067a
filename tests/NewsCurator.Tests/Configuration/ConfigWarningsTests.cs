using NewsCurator.Configuration;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

/// <summary>
/// content.languages opened to languages the scoring model cannot read is said as the run starts (held-out review 74): their
/// stories passed the language filter and were dropped for relevance, and only each decision said why.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ConfigWarningsTests
{
    private static IReadOnlyList<string> WarningsFor(string languages)
        => ConfigWarnings.Of(ConfigLoader.Parse($"feeds: {{urls: [\"https://e.org/feed\"]}}\ncontent: {{languages: {languages}}}\n", "newsletter.yaml"));

    [Fact]
    public void EnglishOnly_ShouldWarnOfNothing() => Assert.Empty(WarningsFor("[en]"));

    [Fact]
    public void TheShippedConfig_ShouldWarnOfNothing()
        => Assert.Empty(ConfigWarnings.Of(ConfigLoader.Load(Path.Combine(Repo.Root, "config", "pipeline.yaml"))));

    [Fact]
    public void LanguagesTheModelCannotRead_ShouldBeNamed()
    {
        var warning = Assert.Single(WarningsFor("[en, de, ja]"));
        Assert.Contains("'de', 'ja'", warning, StringComparison.Ordinal);
        Assert.Contains("English only", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("'en'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyList_ShouldSayEveryLanguagePasses()
        => Assert.Contains("every language", Assert.Single(WarningsFor("[]")), StringComparison.Ordinal);
}
