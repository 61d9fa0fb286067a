using NewsCurator.Configuration;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

/// <summary>
/// Config values that a later stage parses (a header, a language code, a subject line) are refused when the config
/// is loaded, naming the key, instead of failing every feed or dropping every item (audit hostile13).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HostileConfigValueTests
{
    private const string Feeds = "feeds: {urls: [\"https://example.org/feed\"]}\n";

    [Theory]
    [InlineData("NewsCurator/1.0 (+https://example.org/bot; ops@example.org")] // the closing parenthesis missing
    [InlineData("NewsCurator/1.0\\r\\nX-Injected: 1")]                           // a second header
    [InlineData("   ")]
    [InlineData("NewsCurator/1.0 (café)")]                                       // parses, but no request can carry it (audit hostile22, H2)
    public void UserAgent_ThatNoHttpRequestCouldCarry_ShouldBeRefusedNamingTheKey(string userAgent)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse($"{Feeds}fetch:\n  user_agent: \"{userAgent}\"\n", "pipeline.yaml"));
        Assert.Contains("'fetch.user_agent'", error.Message);
        Assert.Contains("product/version", error.Message);
    }

    [Theory]
    [InlineData("ads:\n  patterns: [\"sponsored by\", \" \"]\n", "'ads.patterns[1]' is ' '")]
    [InlineData("content:\n  blocklist: [horoscope, \".\"]\n", "'content.blocklist[1]' is '.'")]
    public void APhraseWithNoWord_ShouldBeRefused_ForItIsInEveryArticle(string yaml, string expected)
    {
        // Audit hostile22, H5: ads.patterns [" "] dropped every item of a run as an ad, and the issue said "a quiet day".
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(Feeds + yaml, "pipeline.yaml"));

        Assert.Contains(expected, error.Message);
        Assert.Contains("needs a word", error.Message);
    }

    [Fact]
    public void UserAgent_OfTheShippedConfigs_ShouldStillLoad()
    {
        Assert.StartsWith("NewsCurator/", ConfigLoader.Load(Repo.SampleConfig).Fetch.UserAgent);
        Assert.Equal("Bot/2.0 (+https://example.org/bot; ops@example.org) extra/1", ConfigLoader.Parse(
            $"{Feeds}fetch:\n  user_agent: \"Bot/2.0 (+https://example.org/bot; ops@example.org) extra/1\"\n", "p.yaml").Fetch.UserAgent);
    }

    [Theory]
    [InlineData("english", "'content.languages[0]' is 'english' (did you mean 'en'?)")]
    [InlineData("en-GB", "'content.languages[0]' is 'en-gb' (did you mean 'en'?)")]
    [InlineData("xx", "'content.languages[0]' is 'xx'")]
    public void Languages_TheDetectorCannotReturn_ShouldBeRefusedListingTheCodesItKnows(string language, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse($"{Feeds}content:\n  languages: [{language}]\n", "pipeline.yaml"));
        Assert.Contains(expected, error.Message);
        Assert.Contains("af, ar, be, ca, cs, da, de, el, en,", error.Message);
    }

    [Fact]
    public void Languages_ThatTheDetectorReturns_ShouldLoadInAnyCase()
        => Assert.Equal(["en", "de", "ja"], ConfigLoader.Parse($"{Feeds}content:\n  languages: [EN, de, ja]\n", "p.yaml").Content.Languages);

    [Theory]
    [InlineData("The Brief\\r\\nBcc: victim@example.org", "one line")]
    [InlineData("<script>alert(1)</script> Brief", "no markup")]
    [InlineData("The\\u202eBrief", "one line")]
    [InlineData(" ", "is empty")]
    public void NewsletterTitle_ThatIsNotOneLineOfPlainText_ShouldBeRefusedNamingTheKey(string title, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse($"{Feeds}newsletter:\n  title: \"{title}\"\n", "pipeline.yaml"));
        Assert.Contains("'newsletter.title'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void NewsletterTitle_WithAnAmpersand_ShouldLoad()
        => Assert.Equal("The Tech & AI Brief", ConfigLoader.Load(Repo.SampleConfig).Newsletter.Title);
}
