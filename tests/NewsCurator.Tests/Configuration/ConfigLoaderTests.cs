using NewsCurator.Configuration;
using NewsCurator.Runs;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

[Trait(Category.Name, Category.Unit)]
public sealed class ConfigLoaderTests
{
    [Fact]
    public void Parse_AFlowMappingNestedThousandsDeep_ShouldBeRefusedWithAMessageNotAStackOverflow()
    {
        var bomb = "x: " + string.Concat(Enumerable.Repeat("{a: ", 20_000)) + "1" + new string('}', 20_000);
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(bomb, "deep.yaml"));
        Assert.Contains("nest more than 64 levels", error.Message);
        // Brackets in quoted values and comments are text.
        var quoted = ConfigLoader.Parse("feeds: {urls: [\"https://e.org/feed\"]}\nselect: {max_articles: 20}  # [[[[\ncontent: {blocklist: [\"{{{{[[[[ casino\", '((]] spam']}\n", "ok.yaml");
        Assert.Equal(["{{{{[[[[ casino", "((]] spam"], quoted.Content.Blocklist);
    }

    [Theory]
    [InlineData("x:\n  ")]
    [InlineData("")]
    public void Parse_ABlockSequenceNestedThousandsDeep_ShouldBeRefusedWithAMessageNotAStackOverflow(string prefix)
    {
        // "- - - x" nests a sequence per dash with no bracket at all: 200 KB of it killed the process (stack overflow).
        var bomb = prefix + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n";
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(bomb, "deep.yaml"));
        Assert.Contains("nest more than 64 levels", error.Message);
    }

    [Fact]
    public void Parse_AnAnchorRepeatedByAliasesIntoMegabytes_ShouldBeRefusedBeforeAnythingIsCopied()
    {
        // 290 KB: a 200 KB anchor named 20,000 times in a list every reader copies (4 GB, OutOfMemoryException mid-run).
        var yaml = "feeds: {urls: [\"https://e.org/feed\"]}\ncontent:\n  blocklist: [&s \"" + string.Concat(Enumerable.Repeat("horoscope ", 20_000))
            + "\", " + string.Join(", ", Enumerable.Repeat("*s", 20_000)) + "]\n";
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(yaml, "laughs.yaml"));
        Assert.Contains("aliases (*s, line 3) repeat more than 1,000,000 characters", error.Message);

        // An anchor shared a few times is fine.
        var shared = ConfigLoader.Parse("feeds: {urls: [\"https://e.org/feed\"]}\ncontent:\n  blocklist: &words [horoscope, gossip]\nads:\n  patterns: *words\n", "ok.yaml");
        Assert.Equal(["horoscope", "gossip"], shared.Ads.Patterns);
    }

    [Fact]
    public void ConfigurationException_QuotingAHugeValue_ShouldKeepTheKeyAndTheFixAndLeaveTheMiddleOut()
    {
        var message = new ConfigurationException($"select.max_articles must be a whole number, got '{new string('9', 3_000_000)}'; set it from 1 to 100").Message;
        Assert.True(message.Length < 1100, $"{message.Length} characters");
        Assert.StartsWith("select.max_articles must be a whole number", message);
        Assert.EndsWith("; set it from 1 to 100", message);
        Assert.Contains("characters left out", message);
    }

    [Fact]
    public void SampleConfig_ShouldLoadAndResolveTheBundledFeeds()
    {
        var config = StartRunStage.ResolveFeeds(ConfigLoader.Load(Repo.SampleConfig), Repo.SampleConfig);
        Assert.Equal(23, config.Feeds.Resolved.Count);
        Assert.All(config.Feeds.Resolved, f => Assert.StartsWith("file:///", f.Url));
        Assert.Equal(20, config.Select.MaxArticles);
        Assert.Equal(["en"], config.Content.Languages);
    }

    [Theory]
    [InlineData("feeds: {urls: [x]}\nselect:\n  max_article: 5", "unknown key 'select.max_article' (did you mean 'max_articles'?)")]
    [InlineData("feeds: {urls: [x]}\ncolour: blue", "unknown key 'colour'")]
    [InlineData("feeds: {urls: [x]}\nselect:\n  max_articles: 0", "'select.max_articles' is 0; allowed: a whole number from 1 to 200")]
    [InlineData("feeds: {urls: [x]}\nscoring:\n  min_relevance: high", "'scoring.min_relevance' must be a number from 0 to 10 (got 'high')")]
    [InlineData("feeds: {urls: [x]}\ncontent:\n  languages: en", "'content.languages' must be a list")]
    [InlineData("feeds: {urls: [x]}\nexport:\n  formats: [json, pdf]", "'export.formats[1]' is 'pdf'; allowed: json, csv, sql, analytics")]
    [InlineData("feeds: {urls: [x]}\nfetch:\n  allow_file_urls: sometimes", "'fetch.allow_file_urls' must be true or false")]
    [InlineData("select: {max_articles: 5}", "no feeds: set 'feeds.opml'")]
    [InlineData("feeds: {opml: \"\"}", "feeds.opml is empty: name an OPML file")]
    [InlineData("feeds: {opml: \"  \", urls: [x]}", "feeds.opml is empty: name an OPML file")]
    [InlineData("feeds: [a, b", "not valid YAML at line")]
    public void Parse_WhenAKeyOrValueIsBad_ShouldNameItAndWhatIsAllowed(string yaml, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(yaml, "pipeline.yaml"));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("pipeline.yaml", error.Message);
    }

    [Fact]
    public void Parse_WhenSeveralThingsAreWrong_ShouldReportThemAll()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(
            "feeds: {urls: [x]}\nselect: {max_articles: -1, per_feed_cap: 0}\nenhance: {max_topic: 3}", "c.yaml"));
        Assert.Equal(3, error.Problems.Count);
    }

    [Fact]
    public void ResolveFeeds_WhenTheOpmlIsMissing_ShouldSayWhereItLooked()
    {
        using var dir = new TempDir();
        var path = dir.File("p.yaml", "feeds: {opml: nowhere.opml}");
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path));
        Assert.Contains("feeds.opml 'nowhere.opml' was not found", error.Message);
    }

    [Theory]
    // An imported list's outline cannot outrank every story (a hostile-input review: priority 2147483647 put a prompt
    // injection first), nor hide what it meant ("1e308", "high").
    [InlineData("2147483647")]
    [InlineData("-11")]
    [InlineData("1e308")]
    [InlineData("high")]
    public void ResolveFeeds_WhenAnOutlinesPriorityIsOutOfRange_ShouldStopBeforeTheRun_NamingTheOutline(string priority)
    {
        using var dir = new TempDir();
        dir.File("feeds.opml", $"""<opml version="2.0"><body><outline xmlUrl="https://a.example/feed" priority="3"/><outline xmlUrl="https://b.example/feed" priority="{priority}"/></body></opml>""");
        var path = dir.File("p.yaml", "feeds: {opml: feeds.opml}");
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path));
        Assert.Contains("the outline of 'https://b.example/feed' has priority=", error.Message, StringComparison.Ordinal);
        Assert.Contains("a whole number from -10 to 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveFeeds_WithPrioritiesInRange_ShouldKeepThem()
    {
        using var dir = new TempDir();
        dir.File("feeds.opml", """<opml version="2.0"><body><outline xmlUrl="https://a.example/feed" priority="10"/><outline xmlUrl="https://b.example/feed" priority=" -2 "/><outline xmlUrl="https://c.example/feed"/></body></opml>""");
        var path = dir.File("p.yaml", "feeds: {opml: feeds.opml}");
        Assert.Equal([10, -2, 0], StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path).Feeds.Resolved.Select(f => f.Priority));
    }

    [Fact]
    public void ResolveFeeds_WhenFileFeedsAreNotAllowed_ShouldRefuseThem()
    {
        using var dir = new TempDir();
        var path = dir.File("p.yaml", "feeds: {urls: [local.xml]}");
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path));
        Assert.Contains("fetch.allow_file_urls is false", error.Message);
    }

    [Fact]
    public void Load_WhenAValueCarriesLineBreaks_ShouldShowThemEscapedOnTheProblemsLine()
    {
        using var dir = new TempDir();
        var path = dir.File("p.yaml", "feeds: {urls: [https://e.org/feed]}\ndelivery: {from: \"Brief <n@example.org>\\r\\nBcc: all@example.org\"}");
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Load(path));
        Assert.Contains("'delivery.from' is 'Brief <n@example.org>\\r\\nBcc: all@example.org', not an e-mail address", error.Message);
        Assert.DoesNotContain('\r', error.Message);
    }

    [Theory]
    [InlineData("feeds: {urls: [\"ftp://alice:S3cretPass@e.org/feed?feed_token=T0KEN\"]}", "'ftp://***@e.org/feed?feed_token=***' is not an http(s) or file URL")]
    [InlineData("feeds: {urls: \"https://alice:S3cretPass@e.org/feed?feed_token=T0KEN\"}", "(got 'https://***@e.org/feed?feed_token=***')")]
    [InlineData("feeds: {urls: [https://e.org/feed]}\nenhance: {llm: {base_url: \"ftp://bob:S3cretPass@llm.example.org/v1?api_key=T0KEN\"}}", "is 'ftp://***@llm.example.org/v1?api_key=***'")]
    public void ConfigErrors_QuotingAUrl_ShouldRedactItsCredentials(string yaml, string quoted)
    {
        // The message goes to the StartRun log line, failure.json and the run's row: the password went with it (audit hostile14 H14-7).
        using var dir = new TempDir();
        var path = dir.File("p.yaml", yaml);
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path));
        Assert.Contains(quoted, error.Message);
        Assert.DoesNotContain("S3cretPass", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("T0KEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveFeeds_WhenAFeedUrlCarriesALineBreak_ShouldShowItEscapedInTheOneLineError()
    {
        using var dir = new TempDir();
        var path = dir.File("p.yaml", "feeds: {urls: [\"gopher://e.org/feed\\r\\nFAKE LOG LINE\"]}");
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path));
        Assert.Contains("'gopher://e.org/feed\\r\\nFAKE LOG LINE' is not an http(s) or file URL", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ResolveFeeds_WhenOneOutlineIsBroken_ShouldKeepItAsOneBadFeedAndTheRest()
    {
        using var dir = new TempDir();
        dir.File("f.opml", """
            <opml version="2.0"><body>
              <outline text="good" xmlUrl="https://e.org/feed"/>
              <outline text="typo" xmlUrl="http://[::1"/>
              <outline text="local" xmlUrl="file:///etc/passwd"/>
              <outline text="same, other fragment" xmlUrl="https://e.org/feed#top"/>
            </body></opml>
            """);
        var path = dir.File("p.yaml", "feeds: {opml: f.opml}");
        var feeds = StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path).Feeds.Resolved.Select(f => f.Url).ToList();
        Assert.Equal(["https://e.org/feed", "http://[::1", "file:///etc/passwd"], feeds);
    }

    [Fact]
    public void ResolveFeeds_ShouldResolveTemplatesAgainstTheConfigFileAndCheckThem()
    {
        using var dir = new TempDir();
        dir.File("tpl/newsletter.html.hbs", "<p>{{Subject}}</p>");
        var path = dir.File("p.yaml", "feeds: {urls: [https://e.org/feed]}\nnewsletter: {templates: tpl}");
        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path));
        Assert.Contains("must hold newsletter.txt.hbs", error.Message);

        dir.File("tpl/newsletter.txt.hbs", "{{Subject}}");
        var resolved = StartRunStage.ResolveFeeds(ConfigLoader.Load(path), path);
        Assert.Equal(Path.Combine(dir.Path, "tpl") + Path.DirectorySeparatorChar, resolved.Newsletter.Templates);
    }

    [Theory]
    [InlineData("smtp.example.org", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("localhost", false)]
    [InlineData("::1", false)]
    public void Smtp_WithoutEncryptionAndWithAPassword_ShouldBeForALocalRelayOnly(string host, bool refused)
    {
        // Hostile-input audit 29, H5: the password crossed the network in clear text to any host, without a word.
        var yaml = $"feeds: {{urls: [https://e.org/feed]}}\ndelivery: {{smtp: {{host: \"{host}\", security: none, username: mailer}}}}";
        if (!refused)
        {
            Assert.Equal("none", ConfigLoader.Parse(yaml, "p.yaml").Delivery.Smtp.Security);
            return;
        }
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse(yaml, "p.yaml"));
        Assert.Contains("'delivery.smtp.security' is none with a username", error.Message);
        Assert.DoesNotContain("Problem", ConfigLoader.Parse(yaml.Replace("username: mailer", "port: 25"), "p.yaml").Delivery.Smtp.Security);
    }
}
