using System.Text;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// The language a feed declares is read and used as the prior for its items' languages: an English title of arXiv
/// category codes ("str-el / dis-nn") read as Spanish on its "el" in a feed declaring en-us (tenth held-out review, F9).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedLanguageTests
{
    private const string ArxivBrief = "2026-03-01 — arXiv brief (str-el / dis-nn / quant-ph / stat-mech / supr-con). Daily arXiv audio brief.";

    private static ParsedFeed Parse(string document) => FeedParser.Parse(Encoding.UTF8.GetBytes(document), new Uri("https://example.org/feed"));

    [Theory]
    [InlineData("en-us", "en")]
    [InlineData(" EN-GB ", "en")]
    [InlineData("de_DE", "de")]
    [InlineData("pt-BR", "pt")]
    [InlineData("zh-Hans-CN", "zh")]
    [InlineData("no", "nb")]
    [InlineData("in-ID", "id")]
    [InlineData("English", null)]
    [InlineData("en us", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void ADeclaration_ShouldBeReadAsItsPrimaryLanguageTag(string? declared, string? expected)
        => Assert.Equal(expected, FeedLanguage.Of(declared));

    [Fact]
    public void EveryFormatsDeclaration_ShouldBeRead()
    {
        Assert.Equal("en-us", Parse("""<rss version="2.0"><channel><title>T</title><language>en-us</language><item><title>A</title></item></channel></rss>""").Language);
        Assert.Equal("fr", Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>T</title><dc:language>fr</dc:language></channel>
              <item rdf:about="https://example.org/1"><title>A</title></item>
            </rdf:RDF>
            """).Language);
        Assert.Equal("de", Parse("""<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>T</title><entry><title>A</title></entry></feed>""").Language);
        Assert.Equal("ja", Parse("""{"version":"https://jsonfeed.org/version/1.1","title":"T","language":"ja","items":[{"id":"1","title":"A"}]}""").Language);
        Assert.Null(Parse("""<rss version="2.0"><channel><title>T</title><item><title>A</title><language>de</language></item></channel></rss>""").Language);
    }

    [Fact]
    public void AHostileDeclaration_ShouldNeitherBreakTheFeedNorBecomeALanguage()
    {
        var feed = Parse("""<rss version="2.0"><channel><title>T</title><language><b>en</b> or <i>fr</i></language><item><title>A</title><link>https://example.org/1</link></item></channel></rss>""");
        Assert.Single(feed.Items);
        Assert.Null(FeedLanguage.Of(feed.Language));
    }

    [Fact]
    public void AGuessOnOneStopWord_ShouldYieldToTheFeedsDeclaration()
    {
        // "Israel cuts ... in UN funding": Italian on its "in" alone; English's "in" too, and the feed declares en.
        const string headline = "Israel cuts $6 million in UN funding over settlements resolution.";
        Assert.Equal("it", LanguageDetector.Detect(headline));
        Assert.Equal("en", LanguageDetector.Detect(headline, declared: "en"));
        // The arXiv brief gives English no word either: nothing says which, and undetermined passes the filter.
        Assert.Equal("es", LanguageDetector.Detect(ArxivBrief));
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(ArxivBrief, declared: "en"));
        // A German-locale blog posting in English: a weak guess with no German word is no German.
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect("Release notes: cache layer, new flags, faster parser for v2.", declared: "de"));
    }

    [Theory]
    // Blog generators declare en-US by default: a text with plenty of its own stop words says what it is.
    [InlineData("Die neue Version ist ab heute verfügbar und wird mit einer Reihe von Verbesserungen für die Nutzer ausgeliefert, die auf das Update gewartet haben.", "en", "de")]
    // Script beats any declaration.
    [InlineData("新版本今天发布，带来了许多改进和新的功能，用户可以从官方网站下载。", "en", "zh")]
    // A declaration this detector cannot check against Latin text is no reason to call English text Chinese.
    [InlineData("A quarter of the new builds failed in a week, and I found the cause in a cache that was never cleared.", "zh", "en")]
    // Too short to tell stays undetermined: one default declaration is no evidence about one short item.
    [InlineData("Release 2.1", "de", "und")]
    public void ADeclaration_ShouldNotOverruleWhatTheTextClearlyIs(string text, string declared, string expected)
        => Assert.Equal(expected, LanguageDetector.Detect(text, declared));

    [Fact]
    public async Task IngestedItems_ShouldCarryTheFeedsDeclaredLanguage()
    {
        var source = new FeedSource("https://example.org/feed.xml");
        var body = """<rss version="2.0"><channel><title>T</title><language>en-US</language><item><title>A</title><link>https://example.org/1</link><description>Text.</description></item></channel></rss>""";
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        Assert.Equal("en", Assert.Single(articles).FeedLanguage);
    }
}
