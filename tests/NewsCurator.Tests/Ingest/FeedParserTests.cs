using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

[Trait(Category.Name, Category.Unit)]
public sealed class FeedParserTests
{
    private static ParsedFeed ParseSample(string relative)
    {
        var path = Repo.Path("samples", "feeds", relative);
        return FeedParser.Parse(File.ReadAllBytes(path), new Uri(path));
    }

    [Theory]
    [InlineData("netnewswire-rsparser/russcox.atom", "atom-1.0", 19)]
    [InlineData("netnewswire-rsparser/inessential.json", "json-feed-1.0", 20)]
    [InlineData("netnewswire-rsparser/3960.json", "json-feed-1.1", 20)]
    [InlineData("codehollow-feedreader/Rss20CodeHollowCom.xml", "rss-2.0", 10)]
    [InlineData("rss-parser/heise.atom", "atom-1.0", 15)]
    [InlineData("rss-parser/guardian.rss", "rss-2.0", 55)]
    [InlineData("miniflux/large_rss.xml", "rss-2.0", 25)]
    [InlineData("miniflux/large_atom.xml", "atom-1.0", 25)]
    public void Parse_RealFeeds_ShouldDetectTheFormatFromContentAndReadEveryItem(string file, string format, int items)
    {
        var feed = ParseSample(file);
        Assert.Equal(format, feed.Format);
        Assert.Equal(items, feed.Items.Count);
        Assert.Null(feed.Error);
        Assert.All(feed.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title ?? i.Link)));
    }

    [Fact]
    public void Parse_AnItemWhoseLinkIsItsAudioFile_ShouldLinkTheEpisodePage()
    {
        // Older podcast generators (TWiT, Podtrac setups) put the MP3 in <link>; the episode's page is in <comments> or the guid.
        var xml = """
            <rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>Pod</title><link>https://pod.example.org/</link>
            <item><title>Ep 546</title><link>http://www.podtrac.com/pts/redirect.mp3/cdn.example.org/ep546.mp3</link><slash:comments>12</slash:comments>
              <comments>http://pod.example.org/546</comments><guid isPermaLink="false">ep546</guid>
              <enclosure url="http://www.podtrac.com/pts/redirect.mp3/cdn.example.org/ep546.mp3" length="1" type="audio/mpeg"/></item>
            <item><title>Ep 545</title><link>https://cdn.example.org/download?id=545</link><guid>https://pod.example.org/episodes/545</guid>
              <enclosure url="https://cdn.example.org/download?id=545" length="1" type="audio/mpeg"/></item>
            <item><title>Ep 544</title><link>https://cdn.example.org/ep544.m4a</link><guid isPermaLink="false">ep544</guid></item>
            <item><title>Ep 543</title><link>https://pod.example.org/543</link><guid>https://pod.example.org/p?543</guid>
              <enclosure url="https://cdn.example.org/ep543.mp3" length="1" type="audio/mpeg"/></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://pod.example.org/feed"));
        Assert.Equal(["http://pod.example.org/546", "https://pod.example.org/episodes/545", "https://cdn.example.org/ep544.m4a", "https://pod.example.org/543"],
            feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void Parse_WhenTheExtensionLies_ShouldStillDetectTheFormat()
    {
        var atom = File.ReadAllBytes(Repo.Path("samples", "feeds", "netnewswire-rsparser", "russcox.atom"));
        Assert.Equal("atom-1.0", FeedParser.Parse(atom, new Uri("https://example.org/feed.rss")).Format);
    }

    [Fact]
    public void Parse_Atom_ShouldReadLinksDatesAuthorsAndContent()
    {
        var feed = ParseSample("netnewswire-rsparser/russcox.atom");
        var first = feed.Items[0];
        Assert.Equal("research!rsc", feed.Title);
        Assert.StartsWith("http://research.swtch.com/", first.Link);
        Assert.NotNull(first.Published);
        Assert.True(first.ContentHtml!.Length > 1000);
    }

    [Fact]
    public void Parse_TruncatedJsonFeed_ShouldFailWithAClearError()
    {
        var error = Assert.Throws<FeedParseException>(() => ParseSample("netnewswire-rsparser/allthis-partial.json"));
        Assert.Contains("not valid JSON", error.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>")]
    // Thirty-third held-out review, F10: a lower-case doctype stopped XML's reader with a message that named nothing.
    [InlineData("\n  <!doctype html>\n<html lang=\"en\"><head><title>Too Many Requests</title><style>body{font:x}</style></head><body><h1>whoa there, pardner!</h1></body></html>")]
    [InlineData("<html><body><p>Moved</p></body></html>")]
    public void Parse_HtmlPage_ShouldBeRejectedAsNotAFeed(string page)
    {
        var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(page)));
        Assert.Contains("HTML page, not a feed", error.Message);
    }

    [Fact]
    public void Parse_TruncatedXml_ShouldKeepTheCompleteItemsAndRecordTheBreak()
    {
        var xml = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>One</title><link>https://e.org/1</link></item>
            <item><title>Two</title><link>https://e.org/2</link></item>
            <item><title>Thr
            """);
        var feed = FeedParser.Parse(xml);
        Assert.Equal(["One", "Two"], feed.Items.Select(i => i.Title));
        Assert.Contains("2 complete items kept", feed.Error);
    }

    [Fact]
    public void Parse_BillionLaughs_ShouldNeverExpandAnEntity()
    {
        var xml = Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title></item></channel></rss>
            """);
        var feed = FeedParser.Parse(xml);
        // The references are dropped, never expanded: the document reads, with nothing of the entities in it.
        Assert.Null(feed.Error);
        Assert.True(string.IsNullOrEmpty(feed.Title), feed.Title);
        Assert.True(string.IsNullOrEmpty(Assert.Single(feed.Items).Title));
    }

    [Fact]
    public void Parse_DeclaredEntities_ShouldKeepEveryItemWithoutExpandingAnything()
    {
        // Old feeds declare HTML's nbsp in their DTD, and some declare their own; the DTD is never processed.
        var xml = Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY company "Example Corp"><!ENTITY nbsp "&#160;">]>
            <rss version="2.0"><channel><title>Feed</title>
            <item><title>First&nbsp;item</title><link>https://e.org/1</link></item>
            <item><title>News from &company; today</title><link>https://e.org/2</link></item>
            <item><title>Fish &chips; and &eacute;clairs</title><link>https://e.org/3</link></item>
            <item><title>Last item</title><link>https://e.org/4</link></item>
            </channel></rss>
            """);
        var feed = FeedParser.Parse(xml);
        Assert.Null(feed.Error);
        Assert.Equal(["First\u00A0item", "News from today", "Fish &chips; and éclairs", "Last item"], feed.Items.Select(i => i.Title));
        Assert.Contains(feed.Warnings, w => w.Contains("declares 1 entity of its own", StringComparison.Ordinal)); // nbsp reads as HTML
    }

    [Fact]
    public void Parse_OwnEntitiesInAWellFormedDocument_ShouldSayTheyAreNotExpandedNotThatTheDocumentIsBroken()
    {
        // The document is well-formed and declares its entity: "not well-formed XML (Reference to undeclared entity)"
        // sent the publisher looking for a break that is not there. What was lost, and its fix, is said instead.
        var xml = Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY brand "Acme"><!ENTITY nbsp "&#160;">]>
            <rss version="2.0"><channel><title>&brand; blog</title>
            <item><title>&brand; ships a&nbsp;compiler</title><link>https://e.org/1</link></item>
            <item><title>Why &brand; chose Rust</title><link>https://e.org/2</link></item>
            </channel></rss>
            """);
        var feed = FeedParser.Parse(xml);
        Assert.Null(feed.Error);
        Assert.Equal(["ships a\u00A0compiler", "Why chose Rust"], feed.Items.Select(i => i.Title));
        var warning = Assert.Single(feed.Warnings);
        Assert.Contains("DTD entities are not expanded here, for safety, so 3 references to them were dropped (such as &brand;)", warning, StringComparison.Ordinal);
        Assert.Contains("numeric character references", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("well-formed", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OwnEntitiesAndARealFault_ShouldSayBoth()
    {
        // A stray HTML entity the DTD does not declare is a real fault: it is still reported as one.
        var xml = Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY brand "Acme">]>
            <rss version="2.0"><channel><title>Blog</title>
            <item><title>&brand; caf&eacute;</title><link>https://e.org/1</link></item>
            </channel></rss>
            """);
        var feed = FeedParser.Parse(xml);
        Assert.Equal(2, feed.Warnings.Count);
        Assert.Contains(feed.Warnings, w => w.StartsWith("the document is not well-formed XML", StringComparison.Ordinal));
        Assert.Contains(feed.Warnings, w => w.Contains("1 reference to them was dropped (such as &brand;)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_AnOpmlList_ShouldSayItIsASubscriptionListForFeedsOpml()
    {
        var opml = Encoding.UTF8.GetBytes("""<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline type="rss" xmlUrl="https://e.org/feed"/></body></opml>""");
        var ex = Assert.Throws<FeedParseException>(() => FeedParser.Parse(opml));
        Assert.Contains("OPML subscription list", ex.Message, StringComparison.Ordinal);
        Assert.Contains("feeds.opml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_ShouldNeverReadTheFile()
    {
        using var dir = new TempDir();
        var secret = dir.File("secret.txt", "TOP-SECRET");
        var xml = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://e.org/</link></item></channel></rss>
            """);
        var feed = FeedParser.Parse(xml);
        Assert.DoesNotContain(feed.Items, i => (i.Title ?? "").Contains("TOP-SECRET"));
        Assert.True(string.IsNullOrEmpty(feed.Items.Single().Title)); // the reference is dropped, never resolved
    }

    [Theory]
    [InlineData("windows-1251", "Привет мир")]
    [InlineData("koi8-r", "Привет мир")]
    [InlineData("iso-8859-1", "Café déjà vu")]
    public void Parse_WhenTheDeclarationNamesALegacyEncoding_ShouldDecodeIt(string encoding, string title)
    {
        var encoder = CodePagesEncoding(encoding);
        var xml = encoder.GetBytes($"""

            <?xml version="1.0" encoding="{encoding}"?>
            <rss version="2.0"><channel><title>{title}</title><item><title>{title}</title><link>https://e.org/1</link></item></channel></rss>
            """);
        var feed = FeedParser.Parse(xml);
        Assert.Equal(title, feed.Items.Single().Title);
        Assert.Equal(title, feed.Title);
    }

    [Fact]
    public void Parse_WhenOnlyTheHttpHeaderNamesTheCharset_ShouldUseIt()
    {
        var bytes = CodePagesEncoding("windows-1251").GetBytes(
            "<rss version=\"2.0\"><channel><title>Новости</title><item><title>Привет</title><link>https://e.org/1</link></item></channel></rss>");
        var feed = FeedParser.Parse(bytes, null, httpCharset: "windows-1251");
        Assert.Equal("Привет", feed.Items.Single().Title);
        Assert.Equal("windows-1251", feed.Encoding);
    }

    [Fact]
    public void Parse_WhenDeclaredUtf8IsNot_ShouldFallBackToWindows1252()
    {
        var bytes = CodePagesEncoding("windows-1252").GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Café crème</title><link>https://e.org/1</link></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.Equal("Café crème", feed.Items.Single().Title);
        Assert.StartsWith("windows-1252", feed.Encoding);
    }

    // Feeds that name no charset and are not UTF-8, in their script's legacy encoding: read as Windows-1252
    // they were mojibake that passed the language filter as "undetermined".
    [Theory]
    [InlineData("windows-1255", "שלום עולם", "זהו מאמר על פיתוח תוכנה ובינה מלאכותית בישראל. החברה הודיעה היום על מוצר חדש לניהול נתונים.")]
    [InlineData("windows-1251", "Привет мир", "Это статья о разработке программного обеспечения и искусственном интеллекте. Компания объявила сегодня о новом продукте.")]
    [InlineData("koi8-r", "Привет мир", "Это статья о разработке программного обеспечения и искусственном интеллекте. Компания объявила сегодня о новом продукте.")]
    [InlineData("windows-1256", "مرحبا بالعالم", "هذا مقال عن تطوير البرمجيات والذكاء الاصطناعي في مصر. أعلنت الشركة اليوم عن منتج جديد.")]
    [InlineData("shift_jis", "こんにちは世界", "これはソフトウェア開発と人工知能についての記事です。会社は本日新製品を発表しました。")]
    [InlineData("gbk", "你好世界", "这是一篇关于软件开发和人工智能的文章。公司今天宣布了一款新产品。")]
    [InlineData("euc-kr", "안녕하세요 세계", "이것은 소프트웨어 개발과 인공 지능에 관한 기사입니다. 회사는 오늘 신제품을 발표했습니다.")]
    public void Parse_WhenNoCharsetIsNamedAndTheBytesAreAnotherScriptsLegacyEncoding_ShouldReadThatScript(string encoding, string title, string text)
    {
        var bytes = CodePagesEncoding(encoding).GetBytes(
            $"<rss version=\"2.0\"><channel><title>T</title><item><title>{title}</title><link>https://e.org/1</link><description>{text}</description></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.Equal(title, feed.Items.Single().Title);
        Assert.Contains("not valid UTF-8", feed.Encoding);
    }

    // Latin text with a few high bytes is where a statistical detector guesses wildly ("don’t" as x-mac-ce):
    // Windows-1252 stays the answer there, declared UTF-8 or not.
    [Theory]
    [InlineData("Don’t panic: it’s “fine”", "We don’t know yet – nobody does.")]
    [InlineData("Über die Größe", "Die Straße ist schön und groß, für alle Bürger. Müller sagt: Das wäre gut, und Ärger gäbe es keinen.")]
    [InlineData("Olá mundo", "Este é um artigo sobre desenvolvimento de software e inteligência artificial no Brasil. A empresa anunciou hoje um novo produto.")]
    [InlineData("Hallå världen", "Det här är en artikel om mjukvaruutveckling och artificiell intelligens i Sverige. Företaget släppte en ny version i går.")]
    public void Parse_WhenNoCharsetIsNamedAndTheBytesAreLatin_ShouldStayWindows1252(string title, string text)
    {
        var bytes = CodePagesEncoding("windows-1252").GetBytes(
            $"<rss version=\"2.0\"><channel><title>T</title><item><title>{title}</title><link>https://e.org/1</link><description>{text}</description></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.Equal(title, feed.Items.Single().Title);
        Assert.StartsWith("windows-1252", feed.Encoding);
    }

    [Fact]
    public void Parse_AnAuthorWithANameChild_ShouldBeThatNameAndReaderStateLabelsNoCategories()
    {
        var rss = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>Blog</title><item><title>A</title><link>https://e.org/1</link>
            <author><name>Annette Kroeber-Riel</name><title>Vice President Government Affairs</title><department>Public Policy</department></author>
            <category>Policy</category></item></channel></rss>
            """);
        var item = FeedParser.Parse(rss).Items.Single();
        Assert.Equal("Annette Kroeber-Riel", item.Author);
        Assert.Equal(["Policy"], item.Categories);
        var atom = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Export</title><entry><id>1</id><title>A</title><link href="https://e.org/1"/>
            <category term="user/0123/state/com.google/read" scheme="http://www.google.com/reader/" label="read"/>
            <category term="user/0123/label/Tech" scheme="http://www.google.com/reader/" label="Tech"/>
            <category term="Hardware"/></entry></feed>
            """);
        Assert.Equal(["Hardware"], FeedParser.Parse(atom).Items.Single().Categories);
    }

    [Fact]
    public void Parse_RelativeLinks_ShouldResolveAgainstXmlBaseAndTheFeedUrl()
    {
        var xml = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/posts/">
              <title>B</title>
              <entry><title>A</title><link href="first"/><id>1</id><updated>2024-01-02T03:04:05Z</updated></entry>
            </feed>
            """);
        var item = FeedParser.Parse(xml, new Uri("https://other.example/feed")).Items.Single();
        Assert.Equal("https://blog.example.org/posts/first", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), item.Published);
    }

    [Theory]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><id>https://e.org/2024/a</id></entry><entry><title>B</title><id>tag:e.org,2024:b</id></entry></feed>""")]
    [InlineData("""{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"https://e.org/2024/a","title":"A"},{"id":"b-17","title":"B"}]}""")]
    public void Parse_AnEntryWithoutALinkWhoseIdIsAWebAddress_ShouldLinkThere(string document)
        => Assert.Equal(["https://e.org/2024/a", null], FeedParser.Parse(Encoding.UTF8.GetBytes(document)).Items.Select(i => i.Link));

    [Fact]
    public void Parse_AJsonFeedItemAboutAPageElsewhere_ShouldLinkThatPage_AndKeepItsOwnPageOtherwise()
    {
        // The JSON Feed spec's external_url: "If url links to where you're talking about a thing, then external_url links
        // to the thing you're talking about" (a link blog, a news bot crediting its sources).
        var json = Encoding.UTF8.GetBytes("""
            {"version":"https://jsonfeed.org/version/1.1","title":"wire","home_page_url":"https://bot.example/","items":[
              {"id":"1","title":"A","url":"https://bot.example/e/1.html","external_url":"https://www.theverge.com/story/1"},
              {"id":"2","title":"B","url":"https://bot.example/e/2.html"},
              {"id":"3","title":"C","url":"https://bot.example/e/3.html","external_url":"javascript:alert(1)"},
              {"id":"4","title":"D","external_url":"/linked/4"},
              {"id":"5","title":"E","url":"https://bot.example/e/5.html","external_url":"https://"},
              {"id":"6","title":"F","url":"https://bot.example/e/6.html","external_url":"http//broken.example/x"}]}
            """);
        Assert.Equal(["https://www.theverge.com/story/1", "https://bot.example/e/2.html", "https://bot.example/e/3.html", "https://bot.example/linked/4",
                      "https://bot.example/e/5.html", "https://bot.example/e/6.html"],
            FeedParser.Parse(json, new Uri("https://bot.example/feed.json")).Items.Select(i => i.Link));
    }

    [Theory]
    [InlineData("mattt@nshipster.com (Mattt Thompson)", "Mattt Thompson")]
    [InlineData("Mattt Thompson", "Mattt Thompson")]
    [InlineData("editors@e.org", "editors@e.org")]
    [InlineData("The Team (Berlin)", "The Team (Berlin)")]
    public void Parse_AnRssAuthorAddressWithAName_ShouldBeTheName(string author, string expected)
    {
        var xml = Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><item><title>A</title><link>https://e.org/1</link><author>{author}</author></item></channel></rss>");
        Assert.Equal(expected, FeedParser.Parse(xml).Items.Single().Author);
    }

    [Fact]
    public void Parse_ARelativeEntryBase_ShouldApplyOnceUnderTheFeedsBase()
    {
        // Tim Bray's ongoing: the entry's base is relative to the feed's; applied twice it doubled the path (404).
        var xml = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://www.tbray.org/ongoing/ongoing.atom">
              <title>ongoing</title>
              <entry xml:base="When/200x/2006/12/12/"><title>Get Those J1 Papers In</title><link href="Java-One-CFP"/><id>1</id></entry>
              <entry xml:base="When/200x/2006/12/11/"><title>Apple</title><link xml:base="../10/" href="Mac-Crash"/><id>2</id></entry>
            </feed>
            """);
        var items = FeedParser.Parse(xml, new Uri("file:///captures/ongoing.atom")).Items;
        Assert.Equal(["http://www.tbray.org/ongoing/When/200x/2006/12/12/Java-One-CFP", "http://www.tbray.org/ongoing/When/200x/2006/12/10/Mac-Crash"],
            items.Select(i => i.Link));
    }

    [Fact]
    public void Parse_AnAtomEntrysWebPage_ShouldBeItsLink_NotItsFirstAlternateOfAnotherType()
    {
        // Twenty-first held-out review, F12: a Mastodon status's first alternate is its ActivityPub JSON.
        var xml = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>darius</title>
              <entry><id>tag:friend.camp,2019:1</id><title>Toot</title>
                <link rel="alternate" type="application/activity+json" href="https://friend.camp/users/darius/statuses/1/activity"/>
                <link rel="alternate" type="text/html" href="https://friend.camp/@darius/1"/></entry>
              <entry><id>2</id><title>Only JSON</title><link rel="alternate" type="application/json" href="https://e.org/2.json"/></entry>
            </feed>
            """);
        var items = FeedParser.Parse(xml).Items;
        Assert.Equal(["https://friend.camp/@darius/1", "https://e.org/2.json"], items.Select(i => i.Link));
    }

    [Fact]
    public void Parse_ALowerCasePubDate_ShouldDateTheItem()
    {
        // Twenty-first held-out review, F12: a paper list's "<pubdate>" left its lead story undated.
        var xml = Encoding.UTF8.GetBytes("""<rss version="2.0"><channel><title>P</title><item><title>A paper</title><link>https://e.org/p</link><pubdate>Tue, 02 Sep 2025 10:00:00 GMT</pubdate></item></channel></rss>""");

        Assert.Equal("Tue, 02 Sep 2025 10:00:00 GMT", FeedParser.Parse(xml).Items[0].DateText);
    }

    [Fact]
    public void Parse_AnItemsOwnElements_ShouldWinOverExtensionsOfTheSameName()
    {
        // The NYT puts an <atom:link rel="standout"/> and a photo's <media:description> before the item's own.
        var xml = Encoding.UTF8.GetBytes("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
              <channel><title>NYT</title>
                <item>
                  <itunes:title>Episode title for podcast apps</itunes:title>
                  <atom:link href="https://www.nytimes.com/2009/01/gowanus.html" rel="standout"/>
                  <media:description>A barge on the canal. Photo: Jane Doe.</media:description>
                  <title>E.P.A. Plan to Clean Up Gowanus Canal Meets Local Resistance</title>
                  <link>https://www.nytimes.com/2009/01/gowanus.html?partner=rss</link>
                  <description>Residents want the canal cleaned, but not as a Superfund site.</description>
                </item>
                <item><title>Only an Atom link</title><atom:link rel="alternate" href="https://e.org/only-atom"/></item>
                <item><title></title><itunes:title>Episode 12: the podcast app's title</itunes:title><link>https://e.org/12</link></item>
              </channel>
            </rss>
            """);
        var items = FeedParser.Parse(xml).Items;
        Assert.Equal("E.P.A. Plan to Clean Up Gowanus Canal Meets Local Resistance", items[0].Title);
        Assert.Equal("https://www.nytimes.com/2009/01/gowanus.html?partner=rss", items[0].Link);
        Assert.Equal("Residents want the canal cleaned, but not as a Superfund site.", items[0].SummaryHtml);
        Assert.Equal("https://e.org/only-atom", items[1].Link);
        Assert.Equal("Episode 12: the podcast app's title", items[2].Title);
    }

    [Theory]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><title>S</title><link rel="alternate" href="http://intertwingly.net/blog/"/><link rel="self" href="http://intertwingly.net/blog/index.atom"/><entry><title>A</title><link href="/blog/2012/01/wunderbar"/><id>1</id></entry><entry><title>B</title><link href="2012/02/json"/><id>2</id></entry></feed>""")]
    [InlineData("""<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>S</title><link>http://intertwingly.net/</link><atom:link rel="self" href="http://intertwingly.net/blog/index.atom"/><item><title>A</title><link>/blog/2012/01/wunderbar</link></item><item><title>B</title><link>2012/02/json</link></item></channel></rss>""")]
    [InlineData("""{"version":"https://jsonfeed.org/version/1.1","title":"S","home_page_url":"http://intertwingly.net/","feed_url":"http://intertwingly.net/blog/index.atom","items":[{"id":"1","title":"A","url":"/blog/2012/01/wunderbar"},{"id":"2","title":"B","url":"2012/02/json"}]}""")]
    public void Parse_ASavedCopyOnDisk_ShouldResolveRelativeLinksAgainstTheFeedsOwnUrl(string document)
    {
        // Read from disk, "/blog/..." was file:///blog/..., which no reader can open: the feed's self link stands in.
        var items = FeedParser.Parse(Encoding.UTF8.GetBytes(document), new Uri("file:///captures/intertwingly.atom")).Items;
        Assert.Equal(["http://intertwingly.net/blog/2012/01/wunderbar", "http://intertwingly.net/blog/2012/02/json"], items.Select(i => i.Link));
        // Fetched over HTTP, the document's own URL stays the base.
        var fetched = FeedParser.Parse(Encoding.UTF8.GetBytes(document), new Uri("https://mirror.example/feeds/x.atom")).Items;
        Assert.Equal("https://mirror.example/blog/2012/01/wunderbar", fetched[0].Link);
    }

    [Theory]
    [InlineData("Mon, 06 Sep 2021 16:45:00 +0000", "2021-09-06T16:45:00Z")]
    [InlineData("Mon, 06 Sep 2021 16:45:00 GMT", "2021-09-06T16:45:00Z")]
    [InlineData("6 Sep 2021 12:45:00 EDT", "2021-09-06T16:45:00Z")]
    [InlineData("Mon, 6 Sep 2021 18:45 +0200", "2021-09-06T16:45:00Z")]
    [InlineData("2021-09-06T16:45:00Z", "2021-09-06T16:45:00Z")]
    [InlineData("2021-09-06T18:45:00+02:00", "2021-09-06T16:45:00Z")]
    [InlineData("2021-09-06", "2021-09-06T00:00:00Z")]
    [InlineData("Mon, 06 Sep 2021 16:45:00", "2021-09-06T16:45:00Z")]
    [InlineData("6 mars 2021 10:00:00 +0100", "2021-03-06T09:00:00Z")]
    [InlineData("Mi, 17 Mär 2021 08:00:00 GMT", "2021-03-17T08:00:00Z")]
    [InlineData("lun., 06 sept. 2021 16:45:00 +0000", "2021-09-06T16:45:00Z")]
    [InlineData("mié, 06 dic 2023 10:00:00 +0000", "2023-12-06T10:00:00Z")]
    // Hostile-input audit 32, H7: zone names with an offset, ctime, and timestamps were read as undated.
    [InlineData("Sat, 05 Dec 2026 08:00:00 GMT+8", "2026-12-05T00:00:00Z")]
    [InlineData("Sat, 05 Dec 2026 08:00:00 UTC+1", "2026-12-05T07:00:00Z")]
    [InlineData("Sat, 05 Dec 2026 08:00:00 GMT+0530", "2026-12-05T02:30:00Z")]
    [InlineData("Sat, 05 Dec 2026 08:00:00 UTC-03:30", "2026-12-05T11:30:00Z")]
    [InlineData("Sat Dec 05 08:00:00 UTC 2026", "2026-12-05T08:00:00Z")]
    [InlineData("Sat Dec  5 08:00:00 2026", "2026-12-05T08:00:00Z")]
    [InlineData("1764921600", "2025-12-05T08:00:00Z")]
    [InlineData("1764921600000", "2025-12-05T08:00:00Z")]
    public void Dates_InTheFormsFeedsUse_ShouldParseToUtc(string text, string expected)
        => Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Fact]
    public void FeedBurnerItems_ShouldLinkToThePublishersOriginalUrl()
    {
        var xml = Encoding.UTF8.GetBytes("""
            <rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>T</title>
            <item><title>A</title><link>http://feedproxy.google.com/~r/blog/~3/xyz/post.html</link>
            <feedburner:origLink>https://blog.example.org/post.html</feedburner:origLink>
            <itunes:summary xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">Episode notes</itunes:summary></item>
            </channel></rss>
            """);
        var item = FeedParser.Parse(xml).Items.Single();
        Assert.Equal("https://blog.example.org/post.html", item.OriginalLink);
        Assert.Equal("Episode notes", item.SummaryHtml);
        var article = ArticleNormalizer.ToArticle(item, new NewsCurator.Model.FeedSource("https://f.example/"), "T");
        Assert.Equal("https://blog.example.org/post.html", article.Link);
    }

    [Fact]
    public void ClickRedirectLinks_WithoutOrigLink_ShouldLinkToThePublishersIdInstead()
    {
        // A Google Reader export of a FeedBurner feed (Slashdot, 2009): the link is the /~r/ redirect, the source's
        // own id is the story's page.
        var atom = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:gr="http://www.google.com/schemas/reader/atom/"><title>S</title>
            <entry><id gr:original-id="http://hardware.slashdot.org/story/09/09/06/1640218/latency">tag:google.com,2005:reader/item/5</id>
            <title>Input latency</title><link rel="alternate" href="http://rss.slashdot.org/~r/Slashdot/slashdot/~3/abc/latency"/>
            <summary>Text</summary></entry></feed>
            """);
        // RSS through FeedBurner without the extension: the guid keeps the publisher's address (not marked a permalink).
        var rss = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>A</title><link>http://feedproxy.google.com/~r/blog/~3/xyz/post.html</link>
            <guid isPermaLink="false">https://blog.example.org/?p=123</guid><description>Text</description></item>
            <item><title>B</title><link>http://feeds.feedburner.com/~r/blog/~3/uvw/</link><guid isPermaLink="false">tag:blog,2020:9</guid></item>
            <item><title>C</title><link>https://blog.example.org/~r/notes</link></item>
            </channel></rss>
            """);
        var feed = new NewsCurator.Model.FeedSource("https://f.example/");
        Assert.Equal("http://hardware.slashdot.org/story/09/09/06/1640218/latency",
            ArticleNormalizer.ToArticle(FeedParser.Parse(atom).Items.Single(), feed, "S").Link);
        var links = FeedParser.Parse(rss).Items.Select(i => ArticleNormalizer.ToArticle(i, feed, "T").Link).ToList();
        Assert.Equal("https://blog.example.org/?p=123", links[0]);
        // No id names a page: the redirect is still the only way to the story.
        Assert.Equal("http://feeds.feedburner.com/~r/blog/~3/uvw/", links[1]);
        Assert.Equal("https://blog.example.org/~r/notes", links[2]);
    }

    [Fact]
    public void Links_OnHttpAtTheTlsPort_ShouldBeHttps()
    {
        var rss = Encoding.UTF8.GetBytes("""
            <rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>T</title>
            <item><title>A</title><link>http://feedproxy.google.com/~r/blog/~3/xyz/</link>
            <feedburner:origLink>http://www.blog.google:443/products/gmail/post/</feedburner:origLink></item>
            </channel></rss>
            """);
        var article = ArticleNormalizer.ToArticle(FeedParser.Parse(rss).Items.Single(), new NewsCurator.Model.FeedSource("https://f.example/"), "T");
        Assert.Equal("https://www.blog.google/products/gmail/post/", article.Link);
    }

    [Fact]
    public void Dates_WhenGarbage_ShouldBeNull() => Assert.Null(FeedDates.Parse("sometime last week"));

    [Theory]
    [InlineData("Mon, 01 Jan 0001 00:00:00 +0000")] // Hugo's undated page
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("Thu, 01 Jan 1970 00:00:00 GMT")] // a Unix timestamp of zero
    [InlineData("31 Dec 1989 23:59:59 +0000")]
    public void Dates_BeforeAnyFeedExisted_ShouldBeNull_AndKnownAsPlaceholders(string text)
    {
        Assert.Null(FeedDates.Parse(text));
        Assert.True(FeedDates.PredatesFeeds(text));
    }

    [Fact]
    public void Dates_From1990On_ShouldStillParse()
    {
        Assert.Equal(new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero), FeedDates.Parse("Mon, 01 Jan 1990 00:00:00 +0000"));
        Assert.False(FeedDates.PredatesFeeds("Mon, 01 Jan 1990 00:00:00 +0000"));
        Assert.False(FeedDates.PredatesFeeds("sometime last week"));
    }

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
