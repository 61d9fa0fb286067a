using System.Net;
using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Http;

namespace NewsCurator.Tests.Ingest;

/// <summary>Inputs an attacker or a broken publisher sends: each must end in a recorded outcome, never a failed run.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HostileInputTests
{
    private static readonly FeedSource Source = new("https://example.org/feed");

    private static byte[] Latin(string text) => Encoding.Latin1.GetBytes(text);

    [Theory]
    [InlineData("utf-7", null)]
    [InlineData(null, "utf-7")]
    [InlineData("x-no-such-charset", null)]
    [InlineData(null, "x-user-defined")]
    public void Decode_UnknownOrUnsupportedLabels_ShouldFallBackAndRecordAWarning(string? declared, string? http)
    {
        var declaration = declared is null ? "<?xml version=\"1.0\"?>" : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(declaration + Feeds.Rss("Café", ("Ünïcode title", "https://e.org/1", "body"))[38..]), null, http);

        Assert.Equal("Ünïcode title", feed.Items.Single().Title);
        var label = declared ?? http;
        Assert.Contains(feed.Warnings, w => w.Contains($"'{label}'", StringComparison.Ordinal) && w.Contains("utf-8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("us-ascii")]
    [InlineData("ISO_8859-1:1987")]
    [InlineData("windows-1252")]
    public void Decode_Latin1AndAsciiLabels_ShouldDecodeAsWindows1252LikeEveryBrowser(string label)
    {
        var bytes = Latin($"<?xml version=\"1.0\" encoding=\"{label}\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Don\u0092t \u0093quote\u0094 \u0096 caf\u00e9</title><link>https://e.org/1</link></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.Equal("windows-1252", feed.Encoding);
        Assert.Equal("Don’t “quote” – café", feed.Items.Single().Title);
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Decode_HttpCharsetLatin1_ShouldBeWindows1252()
    {
        var bytes = Latin("<rss version=\"2.0\"><channel><item><title>it\u0092s</title><link>https://e.org/1</link></item></channel></rss>");
        Assert.Equal("it’s", FeedParser.Parse(bytes, null, "ISO-8859-1").Items.Single().Title);
    }

    [Fact]
    public void Normalize_C1ControlCharacters_ShouldReadAsWindows1252Punctuation()
    {
        var json = """{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","url":"https://e.org/1","title":"don\u0092t","content_text":"It\u0092s \u0093fine\u0094 \u0085 now"}]}""";
        var xml = "<rss version=\"2.0\"><channel><item><title>don&#146;t</title><link>https://e.org/2</link><description>it&amp;#146;s</description></item></channel></rss>";
        foreach (var doc in new[] { json, xml })
        {
            var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
            var article = ArticleNormalizer.ToArticle(feed.Items.Single(), Source, feed.Title);
            Assert.Equal("don’t", article.Title);
            Assert.DoesNotContain(article.Text, c => c is >= '\u0080' and <= '\u009F');
        }
    }

    [Fact]
    public void Decode_Utf16DeclaredOnAsciiBytes_ShouldReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><item><title>Héllo</title><link>https://e.org/1</link></item></channel></rss>");
        var feed = FeedParser.Parse(bytes);
        Assert.Equal("Héllo", feed.Items.Single().Title);
        Assert.Contains(feed.Warnings, w => w.Contains("utf-16", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Decode_Utf32_ShouldBeRead(bool bigEndian, bool withBom)
    {
        // UTF-32's little-endian BOM begins with UTF-16's: such files got "does not start with '<'".
        var encoding = new UTF32Encoding(bigEndian, withBom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("<rss version=\"2.0\"><channel><title>T</title><item><title>Héllo 😀</title><link>https://e.org/1</link></item></channel></rss>")).ToArray();
        var feed = FeedParser.Parse(bytes);
        Assert.Equal("Héllo 😀", feed.Items.Single().Title);
        Assert.StartsWith(bigEndian ? "utf-32be" : "utf-32le", feed.Encoding);
    }

    [Fact]
    public async Task Ingest_FeedWithAnUnsupportedCharset_ShouldBeReadAndItsWarningRecorded()
    {
        var fetcher = new StaticFetcher(new FetchResult { Status = FeedStatus.Ok, Body = Encoding.UTF8.GetBytes(Feeds.Rss("T", ("Title", "https://e.org/1", "Body text"))[38..]), Charset = "utf-7" });
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(fetcher, Source, Source.Url, null, default);
        Assert.Equal(FeedStatus.Ok, outcome.Status);
        Assert.Single(articles);
        Assert.Contains(outcome.Warnings, w => w.Contains("utf-7", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DeeplyNestedAtomXhtml_ShouldStopAtTheDepthLimitWithBoundedMemory()
    {
        const int depth = 50_000;
        var sb = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>");
        sb.Append("<entry><id>1</id><title>Fine</title><link href=\"https://e.org/1\"/></entry>");
        sb.Append("<entry><id>2</id><title>Bomb</title><content type=\"xhtml\">");
        for (var i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append('x');
        for (var i = 0; i < depth; i++) sb.Append("</div>");
        sb.Append("</content></entry></feed>");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var feed = FeedParser.Parse(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["Fine"], feed.Items.Select(i => i.Title));
        Assert.Contains("nested deeper than", feed.Error);
        Assert.InRange(allocated, 0, 200L * 1024 * 1024); // 4.3 GB and an OutOfMemoryException before the limit
    }

    [Fact(Timeout = 60_000)]
    public async Task Parse_DeeplyNestedRss_ShouldStopAtTheDepthLimit()
    {
        const int depth = 100_000;
        var sb = new StringBuilder("<rss version=\"2.0\"><channel><item><title>Fine</title><link>https://e.org/1</link></item><item><title>Deep</title><description>");
        for (var i = 0; i < depth; i++) sb.Append("<b>");
        for (var i = 0; i < depth; i++) sb.Append("</b>");
        sb.Append("</description></item></channel></rss>");
        var feed = await Task.Run(() => FeedParser.Parse(Encoding.UTF8.GetBytes(sb.ToString())));
        Assert.Equal(["Fine"], feed.Items.Select(i => i.Title));
        Assert.Contains("nested deeper than", feed.Error);
    }

    [Fact(Timeout = 60_000)]
    public async Task Normalize_ATitleOfManyStrayEscapes_ShouldStayLinear()
    {
        // Each literal "\n" of the title started a match that read all the later ones: 400 KB took minutes (audit hostile14 H14-2).
        var title = "Big" + string.Concat(Enumerable.Repeat("\\n", 200_000)) + " news";
        var item = new ParsedItem { Title = title, Link = "https://example.org/1" };
        var article = await Task.Run(() => ArticleNormalizer.ToArticle(item, Source, null));
        Assert.StartsWith("Big\\n\\n", article.Title);
        Assert.True(article.Title.Length <= 300, article.Title);
        Assert.Equal("The \"think\" tool", ArticleNormalizer.ToArticle(new ParsedItem { Title = "The \\\"think\\\" tool\\n  \\t" }, Source, null).Title);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_AFeedOfMoreItemsThanAnyFeedHas_ShouldStopAtTheCapWithAWarning(bool json)
    {
        // 10 MB of title-only items were 480,000 articles: 890 MB in Ingest, 35 s of Export, 480,000 rows (audit hostile14 H14-5).
        var count = FeedParser.MaxItems + 5_000;
        var doc = json
            ? """{"version":"https://jsonfeed.org/version/1.1","items":[""" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"title":"t{{i}}"}""")) + "]}"
            : "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Range(0, count).Select(i => $"<item><title>t{i}</title></item>")) + "</channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
        Assert.Equal(FeedParser.MaxItems, feed.Items.Count);
        Assert.Equal(("t0", $"t{FeedParser.MaxItems - 1}"), (feed.Items[0].Title, feed.Items[^1].Title));
        Assert.Null(feed.Error);
        Assert.Contains(feed.Warnings, w => w.Contains("more than 20,000 items; only the first 20,000 were read", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task HtmlToText_ManyBareAngleBrackets_ShouldStayLinear()
    {
        // Each bare '<' used to scan to the next '>' at the far end: quadratic (minutes for this input).
        var html = string.Concat(Enumerable.Repeat("a <1 ", 400_000)) + ">";
        var text = await Task.Run(() => HtmlText.ToPlainText(html));
        Assert.StartsWith("a <1 a <1", text);
        Assert.EndsWith(">", text);
    }

    [Theory]
    [InlineData("""{"version":"https://jsonfeed.org/version/1.1","title":"Feed\r\nBcc: x@evil","items":[{"id":"1","url":"https://e.org/1","title":"Hello\r\nBcc: victim@example.org","authors":[{"name":"A\nB"}],"tags":["t\r\nu"],"content_text":"body"}]}""")]
    [InlineData("<rss version=\"2.0\"><channel><title>Feed&#13;&#10;Bcc: x@evil</title><item><title>Hello&#13;Bcc: victim@example.org</title><author>A&#10;B</author><category>t&#13;&#10;u</category><link>https://e.org/1</link></item></channel></rss>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed\u2028Bcc: x@evil</title><entry><id>1</id><title>Hello\u2028Bcc: victim@example.org</title><author><name>A\u2029B</name></author><category term=\"t&#10;u\"/><link href=\"https://e.org/1\"/></entry></feed>")]
    public void Normalize_HeaderBoundText_ShouldBeOneLine(string doc)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
        var article = ArticleNormalizer.ToArticle(feed.Items.Single(), Source, feed.Title);
        Assert.Equal("Hello Bcc: victim@example.org", article.Title);
        Assert.Equal("Feed Bcc: x@evil", article.FeedTitle);
        Assert.Equal("A B", article.Author);
        Assert.Equal(["t u"], article.Categories);
    }

    [Theory]
    // A raw ESC (which XML forbids) and a character reference to one, a screen-clearing CSI, an OSC title, a noncharacter.
    [InlineData("<rss version=\"2.0\"><channel><title>F</title><item><title>Control chars in \u001B[31mred\u001B[0m title</title><link>https://e.org/1</link></item></channel></rss>", "Control chars in red title")]
    [InlineData("<rss version=\"2.0\"><channel><title>F</title><item><title>Char refs &#x1b;[2J evil &#xFFFE;</title><link>https://e.org/1</link></item></channel></rss>", "Char refs evil")]
    [InlineData("<rss version=\"2.0\"><channel><title>F</title><item><title>OSC &#x1b;]0;pwned&#x7;title</title><link>https://e.org/1</link></item></channel></rss>", "OSC title")]
    // Joiners inside Latin words show nothing and split the word; emoji sequences and Persian keep theirs.
    [InlineData("<rss version=\"2.0\"><channel><title>F</title><item><title>Zero&#x200B;&#x200D;width chars</title><link>https://e.org/1</link></item></channel></rss>", "Zerowidth chars")]
    [InlineData("<rss version=\"2.0\"><channel><title>F</title><item><title>Zero&#x200C;&#x200D;width chars</title><link>https://e.org/1</link></item></channel></rss>", "Zerowidth chars")]
    [InlineData("<rss version=\"2.0\"><channel><title>F</title><item><title>Dev \U0001F469\u200D\U0001F4BB and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645</title><link>https://e.org/1</link></item></channel></rss>", "Dev \U0001F469\u200D\U0001F4BB and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]
    public void Normalize_TerminalEscapesNoncharactersAndStrayJoiners_ShouldLeaveNoTrace(string doc, string title)
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
        Assert.Equal(title, ArticleNormalizer.ToArticle(feed.Items.Single(), Source, feed.Title).Title);
    }

    [Theory]
    // Eighteenth held-out review, F1: a vulnerability feed's link field lists every reference.
    [InlineData("https://vendor.example/advisory ; BOD 26-04: https://www.cisa.gov/directive ; https://nvd.nist.gov/vuln/detail/CVE-2026-1", "https://vendor.example/advisory")]
    [InlineData("https://support.example/148170; https://support.example/148171", "https://support.example/148170")]
    // One address stays whole, stray spaces around it or not, a comma in its query too.
    [InlineData("  https://e.org/post?a=1,2  ", "https://e.org/post?a=1,2")]
    [InlineData("https://e.org/a b", "https://e.org/a%20b")]
    public void Normalize_ALinkFieldListingSeveralAddresses_ShouldLinkTheFirst(string link, string expected)
    {
        var doc = $"<rss version=\"2.0\"><channel><title>F</title><item><title>T</title><link>{link}</link><description>Text.</description></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
        Assert.Equal(expected, ArticleNormalizer.ToArticle(feed.Items.Single(), Source, feed.Title).Link);
    }

    [Theory]
    // In a body: escaped markup holding a character reference to ESC, a raw one in plain text, an OSC hyperlink.
    [InlineData("<description>&lt;p&gt;Before &amp;#x1b;[2J&amp;#x1b;[31mafter&amp;#x1b;[0m.&lt;/p&gt;</description>", "Before after.")]
    [InlineData("<description>Before &#x1b;[1;32mafter&#x1b;[0m.</description>", "Before after.")]
    [InlineData("<description>See &#x1b;]8;;https://evil.example&#x7;the docs&#x1b;]8;;&#x7; now.</description>", "See the docs now.")]
    public void Normalize_TerminalEscapesInABody_ShouldLeaveNoTrace(string description, string text)
    {
        var doc = $"<rss version=\"2.0\"><channel><title>F</title><item><title>T</title>{description}<link>https://e.org/1</link></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
        Assert.Equal(text, ArticleNormalizer.ToArticle(feed.Items.Single(), Source, feed.Title).Text);
    }

    [Theory]
    [InlineData("64:ff9b::a9fe:a9fe")]        // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::7f00:1")]           // NAT64 of 127.0.0.1
    [InlineData("64:ff9b:1::a00:1")]          // local-use NAT64 prefix
    [InlineData("2002:a9fe:a9fe::1")]         // 6to4 of 169.254.169.254
    [InlineData("2002:7f00:1::")]             // 6to4 of 127.0.0.1
    [InlineData("::127.0.0.1")]               // IPv4-compatible
    [InlineData("::a9fe:a9fe")]
    [InlineData("::ffff:169.254.169.254")]    // IPv4-mapped
    [InlineData("::ffff:0:127.0.0.1")]        // IPv4-translated
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")] // Teredo whose client is 127.0.0.1
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("2001:db8::1")]
    [InlineData("100::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("192.0.2.1")]
    public void Guard_NonPublicAddressesInEveryForm_ShouldBeRefused(string address)
        => Assert.False(PublicNetwork.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("64:ff9b::808:808")]   // NAT64 of a public address
    [InlineData("2002:808:808::1")]    // 6to4 of a public address
    public void Guard_PublicAddresses_ShouldBeAllowed(string address)
        => Assert.True(PublicNetwork.IsPublic(IPAddress.Parse(address)), address);

    [SkippableFact(Timeout = 60_000)]
    public async Task FileFeed_ThatNeverEnds_ShouldBeRefusedNotReadUntilMemoryRunsOut()
    {
        // /dev/zero reports a length of 0 and never ends: it was read until memory ran out.
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero on this system");
        await Task.Run(async () =>
        {
            using var fetcher = new FeedFetcher(new FetchConfig { AllowFileUrls = true, MaxBodyBytes = 1024 * 1024 });
            var result = await fetcher.FetchAsync(new Uri("file:///dev/zero"), null, default);
            Assert.Equal(FeedStatus.Error, result.Status);
            Assert.Contains("is empty or not a regular file", result.Error);
        });
    }

    [SkippableFact(Timeout = 60_000)]
    public async Task FileFeed_ThatIsAFifo_ShouldBeRefusedNotBlockTheRun()
    {
        // Opening a FIFO with no writer blocks forever: the feed (and its Ingest shard) waited with it.
        Skip.If(OperatingSystem.IsWindows(), "FIFOs are a Unix file type");
        using var dir = new TempDir();
        var fifo = Path.Combine(dir.Path, "feed.xml");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) await mkfifo.WaitForExitAsync();
        await Task.Run(async () =>
        {
            using var fetcher = new FeedFetcher(new FetchConfig { AllowFileUrls = true, TimeoutSeconds = 1 });
            var result = await fetcher.FetchAsync(new Uri(fifo), null, default);
            Assert.Equal(FeedStatus.Error, result.Status);
            Assert.Contains("is empty or not a regular file", result.Error);
        });
    }

    [Fact]
    public async Task FileFeed_ThatIsADirectory_ShouldSaySoAndNameTheFix()
    {
        // "file not found" for a directory that is there sent the operator looking for a missing path.
        using var dir = new TempDir();
        using var fetcher = new FeedFetcher(new FetchConfig { AllowFileUrls = true });
        var result = await fetcher.FetchAsync(new Uri(dir.Path + Path.DirectorySeparatorChar), null, default);
        Assert.Equal(FeedStatus.Error, result.Status);
        Assert.Contains("is a directory, not a feed file; point the feed at the feed document inside it", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpmlOutline_WithAnEmptyXmlUrl_ShouldBeOneBadFeedNamedByItsTitle()
    {
        // xmlUrl="" was skipped without a word: the list's owner never heard that a feed they meant was not read.
        var feeds = Opml.Parse("""<opml version="2.0"><body><outline text="Good" xmlUrl="https://e.org/feed"/><outline text="Lost blog" xmlUrl=" "/><outline text="Folder"/></body></opml>""",
            new Uri("file:///lists/feeds.opml"), "feeds.opml");
        Assert.Equal(["https://e.org/feed", ""], feeds.Select(f => f.Url));
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body([]), feeds[1], feeds[1].Url, null, default);
        Assert.Empty(articles);
        Assert.Equal(FeedStatus.Error, outcome.Status);
        Assert.Equal("the OPML outline 'Lost blog' has an empty xmlUrl; give it the feed's address or remove the outline", outcome.Error);
    }

    [Fact]
    public async Task ErrorMessages_ShouldNeverQuoteTheContentOfAFile()
    {
        using var dir = new TempDir();
        var cases = new Dictionary<string, string>
        {
            ["plain.txt"] = "root:SECRET-1:0:0:root:/root:/bin/bash\n",
            ["xml.xml"] = "<SECRET-2 attr='x'><a></b></SECRET-2>",
            ["json.json"] = "SECRET-3 {\"a\": 1}",
            ["badjson.json"] = "{\"version\": SECRET-4}",
            ["badxml.xml"] = "<rss version=\"2.0\"><channel><item><title>a</title></SECRET-5></rss>",
        };
        using var fetcher = new FeedFetcher(new FetchConfig { AllowFileUrls = true });
        foreach (var (name, content) in cases)
        {
            var path = Path.Combine(dir.Path, name);
            await File.WriteAllTextAsync(path, content);
            var url = new Uri(path).ToString();
            var (outcome, _, _) = await IngestStage.FetchAndParseAsync(fetcher, new FeedSource(url), url, null, default);
            Assert.Equal(FeedStatus.Error, outcome.Status);
            Assert.DoesNotContain("SECRET", outcome.Error!, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decode_Utf16WithoutAByteOrderMark_ShouldBeRecognisedByItsFirstCharacter(bool bigEndian)
    {
        var doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Feeds.Rss("Café", ("Ünïcode title", "https://e.org/1", "body"))[38..];
        var feed = FeedParser.Parse((bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(doc));
        Assert.Equal("Ünïcode title", feed.Items.Single().Title);
        Assert.StartsWith(bigEndian ? "utf-16be" : "utf-16le", feed.Encoding);
    }

    [Fact]
    public void Decode_Utf8WithAStrayByte_ShouldStayUtf8AndSayHowManyBytesWereReplaced()
    {
        var doc = Encoding.UTF8.GetBytes(Feeds.Rss("Café", ("Ünïcode tïtle – déjà vu", "https://e.org/1", "Crème brûlée, naïve façade, smörgåsbord.")));
        var at = Array.IndexOf(doc, (byte)'v', Array.IndexOf(doc, (byte)'j'));
        doc[at] = 0x96; // a Windows-1252 en dash pasted into UTF-8
        var feed = FeedParser.Parse(doc);
        Assert.Equal("Ünïcode tïtle – déjà \uFFFDu", feed.Items.Single().Title);
        Assert.Equal("utf-8 (1 invalid byte sequence(s) read as U+FFFD)", feed.Encoding);

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Feeds.Rss("Café", ("Crème brûlée – déjà vu", "https://e.org/1", "Naïve façade.")));
        Assert.Equal("Crème brûlée – déjà vu", FeedParser.Parse(windows1252).Items.Single().Title);
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0, 0 }, "gzip-compressed")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A }, "a PNG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "a PDF document")]
    public void Parse_BinaryDocuments_ShouldSayWhatTheyAre(byte[] content, string kind)
        => Assert.Contains($"the document is {kind}", Assert.Throws<FeedParseException>(() => FeedParser.Parse(content)).Message);

    [Fact]
    public void Parse_AGzippedDocumentWithoutContentEncoding_ShouldBeReadDecompressedAndABombRefused()
    {
        static byte[] Gzip(byte[] bytes)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
            return buffer.ToArray();
        }
        var feed = FeedParser.Parse(Gzip("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://e.org/1</link></item></channel></rss>"u8.ToArray()));
        Assert.Equal("A", feed.Items.Single().Title);
        Assert.Contains(feed.Warnings, w => w.Contains("gzip-compressed without Content-Encoding", StringComparison.Ordinal));
        // 40 MB of zero bytes compress to a few kilobytes.
        var bomb = Gzip(new byte[40 * 1024 * 1024]);
        // With no limit given the parser's own applies, and the error names it as that, not as a setting it never read.
        Assert.Contains($"inflates past {FeedParser.MaxInflatedBytes} bytes (the parser's limit for compressed documents)", Assert.Throws<FeedParseException>(() => FeedParser.Parse(bomb)).Message);
        // The run's own limit holds, as it does for a body sent with Content-Encoding: gzip.
        var feedOf3Mb = Gzip(System.Text.Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://e.org/1</link><description>{new string('x', 3 * 1024 * 1024)}</description></item></channel></rss>"));
        Assert.Contains("inflates past 2097152 bytes (fetch.max_body_bytes)", Assert.Throws<FeedParseException>(() => FeedParser.Parse(feedOf3Mb, maxInflatedBytes: 2 * 1024 * 1024)).Message);
        Assert.Equal("A", FeedParser.Parse(feedOf3Mb, maxInflatedBytes: 4 * 1024 * 1024).Items.Single().Title);
        Assert.Contains("gzip-compressed twice", Assert.Throws<FeedParseException>(() => FeedParser.Parse(Gzip(Gzip("<rss/>"u8.ToArray())))).Message);
    }

    [Fact]
    public void JsonFeed_LoneSurrogateEscapes_ShouldBecomeReplacementCharactersNotAFailedFeed()
    {
        // System.Text.Json refuses to read "\udc00" as a string; that once threw out of the parser and failed its whole ingest shard.
        const string doc = """{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"a\udc00","url":"https://e.org/1","title":"Broken \udc00 title \ud83d\ude00","tags":["x\ud800"],"content_text":"body"},{"id":"b","url":"https://e.org/2","title":"Fine","content_text":"body"}]}""";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));
        Assert.Equal(["Broken \uFFFD title \U0001F600", "Fine"], feed.Items.Select(i => i.Title));
        Assert.Equal("a\uFFFD", feed.Items[0].Guid);
        Assert.Equal(["x\uFFFD"], feed.Items[0].Categories);
    }

    [Fact]
    public void JsonFeed_AnExtensionNestedDeep_ShouldNotLoseTheFeed()
    {
        // 100 levels of an item's extension object: past System.Text.Json's default depth of 64.
        var nested = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));
        var doc = $$"""{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"a","url":"https://e.org/1","title":"Deep","_ext":{{nested}},"content_text":"body"},{"id":"b","url":"https://e.org/2","title":"Fine","content_text":"body"}]}""";

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(doc));

        Assert.Equal(["Deep", "Fine"], feed.Items.Select(i => i.Title));
    }

    [Fact]
    public void ReadApiFailureLog_ShouldStayOneLine_WhateverThePathHolds()
    {
        var line = NewsCurator.Api.ReadApi.FailureLogLine("GET", "/articles/x\u2028read API: GET / ok\u0085\r\nforged", new InvalidOperationException("boom\u2029again"));

        Assert.DoesNotContain(line, c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029');
        Assert.StartsWith("read API: GET /articles/x read API: GET / ok forged failed: InvalidOperationException: boom again", line, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFeed_ItemsThatAreNoArray_ShouldBeTheFeedsError()
    {
        var feed = FeedParser.Parse("""{"version":"https://jsonfeed.org/version/1.1","title":"T","items":{"id":"1"}}"""u8);
        Assert.Empty(feed.Items);
        Assert.Contains("\"items\" is object, not an array", feed.Error);
    }

    [Theory]
    [InlineData("Mon, 01 Jan 0001 00:30:00 +0100")]
    [InlineData("Fri, 31 Dec 9999 23:30:00 -0100")]
    [InlineData("31 Dec 9999 23:30 EST")]
    [InlineData("9999-12-31T23:30:00-01:00")]
    public void Dates_PastTheEdgesOfTime_ShouldBeNoDateNotAFailedFeed(string date)
    {
        Assert.Null(FeedDates.Parse(date));
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><item><title>A</title><link>https://e.org/1</link><pubDate>{date}</pubDate></item></channel></rss>"));
        Assert.Equal("A", feed.Items.Single().Title);
    }

    [Fact]
    public void Parse_AFailureNoRuleForesaw_ShouldBeThisFeedsClearErrorNotAnUnknownException()
    {
        // A relative document URL is no input Ingest gives, but it makes the parser throw what no check
        // foresaw (InvalidOperationException from Uri): the safety net must turn it into this feed's error.
        var thrown = Assert.Throws<FeedParseException>(() => FeedParser.Parse(
            "<rss version=\"2.0\"><channel><item><title>A</title><link>/a</link></item></channel></rss>"u8, new Uri("feeds/x.xml", UriKind.Relative)));
        Assert.Contains("reading this document failed unexpectedly (InvalidOperationException", thrown.Message);
        Assert.Contains("the other feeds are unaffected", thrown.Message);
    }

    [Fact]
    public async Task JsonFeed_LoneSurrogateInAPropertyName_ShouldReadTheItemNotFailTheFeed()
    {
        // System.Text.Json threw InvalidOperationException while looking up "id" next to such a name: the feed failed.
        var fetcher = new StaticFetcher(new FetchResult { Status = FeedStatus.Ok, Body = """{"version":"https://jsonfeed.org/version/1.1","items":[{"\udc00":"x","id":"1","url":"https://e.org/1","title":"t \ud83d\ude00 \\udc00","content_text":"Body of the item, long enough."}]}"""u8.ToArray() });
        var (outcome, articles, _) = await IngestStage.FetchAndParseAsync(fetcher, Source, Source.Url, null, default);
        Assert.Equal(FeedStatus.Ok, outcome.Status);
        // A pair stays a pair, and an escaped backslash before "udc00" is text, not an escape.
        Assert.Equal("t \U0001F600 \\udc00", articles.Single().Title);
    }

    [Theory]
    [InlineData("\"\\ud800\"", "\"\\ufffd\"")]
    [InlineData("\"\\ud800\\ud800\\udc00\"", "\"\\ufffd\\ud800\\udc00\"")]
    [InlineData("\"\\udc00\\ud800\"", "\"\\ufffd\\ufffd\"")]
    [InlineData("\"\\\\ud800\\u00e9\"", "\"\\\\ud800\\u00e9\"")]
    [InlineData("\"end\\ud83d", "\"end\\ufffd")]
    [InlineData("\"\\u12\"", "\"\\u12\"")]
    public void JsonFeed_WithoutLoneSurrogates_ShouldReplaceOnlyUnpairedEscapes(string json, string expected)
        => Assert.Equal(expected, JsonFeedParser.WithoutLoneSurrogates(json));

    [Fact]
    public async Task Ingest_ControlCharactersFromAServerOrAFeed_ShouldReachNoRow()
    {
        // A NUL failed the whole Export on PostgreSQL (22021): from a reason phrase, or from an item's link ("&#0;" in JSON or XML).
        // A terminal escape goes whole: "[31m" is no part of the reason.
        var fetcher = new StaticFetcher(new FetchResult { Status = FeedStatus.Error, HttpStatus = 500, Error = "HTTP 500 Bad\0Thing \u001b[31mDown\u0007 from https://example.org/feed" });
        var (outcome, _, _) = await IngestStage.FetchAndParseAsync(fetcher, Source, Source.Url, null, default);
        Assert.Equal("HTTP 500 Bad Thing Down from https://example.org/feed", outcome.Error);

        var json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[{\"id\":\"1\",\"title\":\"Nul\",\"url\":\"https://e.org/a\\u0000b\",\"content_text\":\"Body text\"}]}";
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(json)), Source, Source.Url, null, default);
        Assert.Null(articles.Single().Link);
        Assert.Equal("ab", NewsCurator.Infrastructure.Sql.MigrationDialect.Stored("a\0b", postgres: true));
        Assert.Equal("a\0b", NewsCurator.Infrastructure.Sql.MigrationDialect.Stored("a\0b", postgres: false));
    }

    [Fact]
    public void Parse_BareAmpersandsOutsideCdata_ShouldReadAsAmpersandsAndLoseNoItem()
    {
        // The Guardian's first item carried an image URL with raw '&' in an attribute: the whole feed was lost.
        var xml = """
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>World & more</title>
            <item><title>R&D spending rises</title><link>https://e.org/1?a=1&b=2</link>
            <media:content url="https://i.e.org/img.jpg?width=140&quality=85&auto=format&s=1"/>
            <description><![CDATA[<p>Kept & untouched &amp; decoded once</p>]]></description></item>
            <!-- a comment & its ampersand -->
            <item><title>Tom &amp; Jerry &#38; &#x26; friends</title><link>https://e.org/2</link></item>
            </channel></rss>
            """;
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.Null(feed.Error);
        Assert.Equal("World & more", feed.Title);
        Assert.Equal(["R&D spending rises", "Tom & Jerry & & friends"], feed.Items.Select(i => i.Title));
        Assert.Equal("https://e.org/1?a=1&b=2", feed.Items[0].Link);
        Assert.Contains("Kept & untouched &amp; decoded once", feed.Items[0].SummaryHtml);
        // A '<' that starts no markup and a reference to no XML character lose no item either.
        var stray = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>T</title><item><title>One</title><link>https://e.org/1</link></item>"
            + "<item><title>a < b, bad &#x110000; and &#0; and &#; refs</title><link>https://e.org/2</link></item><item><title>Three</title><link>https://e.org/3</link></item></channel></rss>"));
        Assert.Null(stray.Error);
        Assert.Equal(["One", "a < b, bad &#x110000; and and &#; refs", "Three"], stray.Items.Select(i => i.Title)); // the title's HTML decoding drops the NUL of "&#0;"
        // A well-formed document reads the same: nothing outside a reference is an ampersand there.
        const string wellFormed = "<!DOCTYPE r [<!ENTITY name \"x\">]><r a=\"x&amp;y\"><![CDATA[a & b < c]]><!-- & < --><?pi & < ?>&#38;&#x1F600;&lt;&name;<b:c/></r>";
        Assert.Equal(wellFormed, FeedDocument.EscapeStrayMarkup(wellFormed));
    }

    [Fact(Timeout = 60_000)]
    public async Task RepairXml_ManyHtmlEntitiesInADocumentThatMentionsEntityDeclarations_ShouldStayLinear()
    {
        // Each &eacute; used to search the whole document for "<!ENTITY eacute": 13 s for this input, minutes at 10 MB.
        var body = string.Concat(Enumerable.Repeat("caf&eacute; ", 500_000));
        var doc = $"<?xml version=\"1.0\"?><!-- no <!ENTITY here --><rss version=\"2.0\"><channel><item><title>A</title><link>https://e.org/1</link><description>{body}</description></item></channel></rss>";
        var feed = await Task.Run(() => FeedParser.Parse(Encoding.UTF8.GetBytes(doc)));
        Assert.StartsWith("café café", HtmlText.ToPlainText(feed.Items.Single().SummaryHtml));
        Assert.Equal("<!DOCTYPE r [<!ENTITY eacute \"x\"><!ENTITY own \"y\">]><r>&#xE9;&#xA0;[]&amp;unknown;</r>",
            FeedDocument.RepairXml("<!DOCTYPE r [<!ENTITY eacute \"x\"><!ENTITY own \"y\">]><r>&eacute;&nbsp;[&own;]&unknown;</r>"));
    }

    [Theory]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF", "Body text that stands in")]
    [InlineData("Invoice \u202Etxt.exe\u202C", "Invoice txt.exe")]
    [InlineData("Release \u2066notes\u2069 out", "Release notes out")]
    [InlineData("Tag\U000E0041\U000E0042 chars and \u061Cmarks", "Tag chars and marks")]
    [InlineData("Stack a\u0301\u0302\u0303\u0304\u200D\u0305\u0306\u0307\u0308 end", "Stack a\u0301\u0302\u0303\u0304 end")] // a joiner on a Latin letter joins nothing
    [InlineData("Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308algo", "Z\u0301\u0302\u0303\u0304algo")]
    [InlineData("Vi\u1EC7t Nam \u0111\u1ED5i m\u1EDBi", "Vi\u1EC7t Nam \u0111\u1ED5i m\u1EDBi")]
    [InlineData("Family \U0001F468\u200D\U0001F469\u200D\U0001F467", "Family \U0001F468\u200D\U0001F469\u200D\U0001F467")]
    // Hostile-input audit 21, H8: a MIME encoded-word a mail client would decode in the subject line (to U+202E, or "Bcc: ...").
    [InlineData("=?UTF-8?Q?=E2=80=AE?=exe.gnp: faster LLM compiler", "= ?UTF-8?Q?=E2=80=AE?=exe.gnp: faster LLM compiler")]
    [InlineData("Note =?utf-8?b?QmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?= here", "Note = ?utf-8?b?QmNjOiB2aWN0aW1AZXhhbXBsZS5vcmc=?= here")]
    [InlineData("Is x =? y in Haskell", "Is x =? y in Haskell")]
    // A zero-width character inside it goes with the other invisible ones, and the word it hid is parted all the same.
    [InlineData("=\u200B?UTF-8?Q?=E2=80=AE?=exe.gnp: faster", "= ?UTF-8?Q?=E2=80=AE?=exe.gnp: faster")]
    public void Normalize_Titles_ShouldKeepOnlyWhatAReaderSeesAndNothingThatSpoofsIt(string title, string expected)
    {
        var item = new ParsedItem { Title = title, Link = "https://e.org/1", ContentHtml = "<p>Body text that stands in for a title.</p>" };
        Assert.StartsWith(expected, ArticleNormalizer.ToArticle(item, Source, "Feed").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MegabyteTitlesAndLinks_ShouldBeCutToWhatARowAndAnEmailCanCarry()
    {
        var item = new ParsedItem
        {
            Title = string.Concat(Enumerable.Repeat("word ", 200_000)),
            Link = "https://e.org/" + new string('a', 500_000),
            Author = new string('b', 10_000),
            Categories = ["ok", new string('c', 5_000), .. Enumerable.Range(0, 500).Select(i => $"t{i}")],
            ContentHtml = "<p>Body starts here.</p>" + string.Concat(Enumerable.Repeat("<p>More <b>words</b> in a very long post.</p>", 200_000)),
        };
        var article = ArticleNormalizer.ToArticle(item, Source, "Feed");
        Assert.InRange(article.Title.Length, 100, 120); // a headline's length: one sentence past 200 characters is cut
        Assert.EndsWith("\u2026", article.Title);
        Assert.Null(article.Link);
        Assert.InRange(article.Author!.Length, 1, 200);
        Assert.Equal(50, article.Categories.Count);
        Assert.Equal("ok", article.Categories[0]);
        Assert.StartsWith("Body starts here.", article.Text);
        Assert.InRange(article.Text.Length, 150_000, 200_000); // 9 MB of HTML: every stage carried it
        Assert.EndsWith("\u2026", article.Text);
    }

    [Theory]
    [InlineData("<p>Before <a title=\"a > b\" onmouseover=\"alert(1)\" href=\"x\">link</a> after.</p>", "Before link after.")]
    [InlineData("<p>One <img alt='x>y' src='z'> two.</p>", "One two.")]
    [InlineData("<p>Unclosed <a title=\"oops>text</a> rest.</p>", "Unclosed text rest.")]
    public void HtmlToText_AngleBracketsInsideQuotedAttributes_ShouldNotEndTheTag(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html).Replace("\n", " ").Trim());

    [Fact]
    public async Task Ingest_WhenTheFetcherThrowsOrTheUrlIsBroken_ShouldFailThatFeedAlone()
    {
        var (thrown, _, _) = await IngestStage.FetchAndParseAsync(new ThrowingFetcher(), Source, Source.Url, null, default);
        Assert.Equal(FeedStatus.Error, thrown.Status);
        Assert.Contains("failed unexpectedly (IOException: the proxy hung up)", thrown.Error);

        var broken = new FeedSource("http://[::1");
        var (typo, _, _) = await IngestStage.FetchAndParseAsync(new ThrowingFetcher(), broken, broken.Url, null, default);
        Assert.Equal(FeedStatus.Error, typo.Status);
        Assert.Contains("'http://[::1' is not a valid absolute URL; correct or remove it in the feed list", typo.Error);
    }

    [Theory]
    [InlineData("java\tscript:alert(1)", null)]
    [InlineData(" javascript:alert(1)", null)]
    [InlineData("JaVaScRiPt:alert(1)", null)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", null)]
    [InlineData("vbscript:msgbox(1)", null)]
    [InlineData("/2021/post", "https://blog.example.org/2021/post")]
    [InlineData("//cdn.example.org/a", "https://cdn.example.org/a")]
    [InlineData("https://user:hunter2@e.org/x", "https://e.org/x")]
    [InlineData("  https://e.org/with\nbreak  ", "https://e.org/withbreak")]
    // Every row, export and API client gets the link as written: as a browser would request it, with nothing that ends an attribute or turns text around.
    [InlineData("https://e.org/e?q=&quot;&gt;&lt;script&gt;", "https://e.org/e?q=%22%3E%3Cscript%3E")]
    [InlineData("https://e.org/a\u202Egnp.exe", "https://e.org/a%E2%80%AEgnp.exe")]
    public void Normalizer_ShouldKeepOnlyLinksAReaderMayFollow(string link, string? expected)
    {
        var feed = Feeds.Rss("T", ("Title", link, "A body long enough to be an article about compilers."));
        var parsed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(feed), new Uri("https://blog.example.org/feed.xml"), null);
        var article = ArticleNormalizer.ToArticleOrNull(parsed.Items.Single(), new FeedSource("https://blog.example.org/feed.xml"), parsed.Title, parsed.Link);
        Assert.Equal(expected, article!.Link);
    }

    [Theory]
    [InlineData("Pay \u202Egnp.exe\u202C now", "Pay gnp.exe now")]          // right-to-left override: shows "exe.png"
    [InlineData("A \u2067isolate\u2069 and \u200Bzero\uFEFFwidth", "A isolate and zerowidth")]
    [InlineData("Emoji \U0001F468\u200D\U0001F469 joined", "Emoji \U0001F468\u200D\U0001F469 joined")] // ZWJ sequences stay whole
    public void PlainText_ShouldDropInvisibleFormatting_AsTitlesDo(string html, string expected)
    {
        // A body's text becomes summaries, previews and the plain-text newsletter: an unclosed direction override there
        // turned the rest of the line (the next story's words) around, as it would have in a title.
        Assert.Equal(expected, HtmlText.ToPlainText(html));

        var feed = Feeds.Rss("T", ("Title", "https://e.org/1", "<p>" + html + "</p>"));
        var parsed = FeedParser.Parse(Encoding.UTF8.GetBytes(feed), null, null);
        var article = ArticleNormalizer.ToArticleOrNull(parsed.Items.Single(), Source, parsed.Title, parsed.Link)!;
        Assert.Equal(expected, article.Text);
    }

    private sealed class ThrowingFetcher : IFeedFetcher
    {
        public Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken ct) => throw new IOException("the proxy hung up");

        public void Dispose() { }
    }
}
