using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A scraper's string escapes left in a feed's titles leave them; a title about an escape keeps it (fifth held-out review, F10).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TitleEscapeTests
{
    /// <summary>The title an item of the feed <paramref name="feed"/> gets, from its raw title.</summary>
    private static string HeadlineOf(string raw, string feed)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = raw, Link = "https://example.org/a", SummaryHtml = "<p>Text.</p>" },
            new FeedSource("https://example.org/feed.xml"), feed).Title;

    [Theory]
    [InlineData("The \\\"think\\\" tool: enabling Claude to stop and think", "The \"think\" tool: enabling Claude to stop and think")]
    [InlineData("Effective harnesses for long-running agents\\n", "Effective harnesses for long-running agents")]
    [InlineData("Writing tools for agents \\n\\n", "Writing tools for agents")]
    [InlineData("It\\'s here", "It's here")]
    [InlineData("Why \\n is not a newline in raw strings", "Why \\n is not a newline in raw strings")]
    [InlineData("C:\\Users and paths on Windows", "C:\\Users and paths on Windows")]
    // A page's kind before every headline of a section (forty-first held-out review, F12); a label that says more stays.
    [InlineData("Blog: Server Side Apply Is Great And You Should Be Using It", "Server Side Apply Is Great And You Should Be Using It")]
    [InlineData("Podcast: An interview with the Rust team", "Podcast: An interview with the Rust team")]
    [InlineData("Blog", "Blog")]
    public void Title_ShouldLoseAScrapersEscapes_NotItsOwnBackslashes(string raw, string expected)
    {
        Assert.Equal(expected, HeadlineOf(raw, "Feed"));
    }

    [Theory]
    // Twenty-ninth held-out review, F1: without its feed's name a digest's title is a date, which names nothing.
    [InlineData("Claude Daily Digest — Tue, Sep 15", "Claude Daily Digest", "Claude Daily Digest — Tue, Sep 15")]
    [InlineData("Claude Daily Digest — Tuesday, 8th of September", "Claude Daily Digest", "Claude Daily Digest — Tuesday, 8th of September")]
    [InlineData("Cursor — Cursor, now on iPad", "Cursor", "Cursor, now on iPad")]
    // The digest's name and its day before the story's own words both go, as "dAIly — July 11, 2026: ..." does (below).
    [InlineData("Claude Daily Digest — Sep 15: bash permission fix lands", "Claude Daily Digest", "bash permission fix lands")]
    public void Title_OfTheFeedsNameAndADate_ShouldKeepTheName(string raw, string feed, string expected)
        => Assert.Equal(expected, HeadlineOf(raw, feed));

    [Fact]
    public void Title_ThatIsAnIdentifier_ShouldGiveWayToTheTextsOpening()
    {
        // Twenty-ninth held-out review, F2: a release-notes combiner writes Atom ids as titles.
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "tag:google.com,2016:compute-release-notes#May_31_2023 - May 31, 2023",
            Link = "https://cloud.example.com/notes#May_31_2023", SummaryHtml = "<p>Managed instance groups can now configure all instances at once (Preview).</p>" },
            new FeedSource("https://cloud.example.com/feed.xml"), "Release notes");
        Assert.StartsWith("Managed instance groups can now configure all instances", article.Title, StringComparison.Ordinal);
        Assert.Equal("Tag: a word, not an identifier", HeadlineOf("Tag: a word, not an identifier", "Feed"));
        // A label on a line of its own is joined by a colon, not run into the sentence.
        var labelled = ArticleNormalizer.ToArticle(new ParsedItem { Title = "tag:google.com,2016:gke-release-notes#June_06_2023",
            Link = "https://cloud.example.com/notes#June_06_2023", SummaryHtml = "<p>Security</p><p>A new vulnerability (CVE-2023-1872) has been discovered in the Linux kernel.</p>" },
            new FeedSource("https://cloud.example.com/feed.xml"), "Release notes");
        Assert.StartsWith("Security: A new vulnerability (CVE-2023-1872)", labelled.Title, StringComparison.Ordinal);
        var listed = ArticleNormalizer.ToArticle(new ParsedItem { Title = "urn:uuid:8f1c", Link = "https://dev.example.com/changelog/1",
            SummaryHtml = "<p>New SDK release:</p><ul><li>Go SDK: the new Go SDK gives access to the APIs.</li></ul>" }, new FeedSource("https://dev.example.com/feed.xml"), "Changelog");
        Assert.DoesNotContain("•", listed.Title, StringComparison.Ordinal);
        var marked = ArticleNormalizer.ToArticle(new ParsedItem { Title = "tag:google.com,2016:compute-release-notes#May_31_2023", Link = "https://cloud.example.com/notes#1",
            SummaryHtml = "<p>__Preview__: In a managed instance group (MIG), you can set metadata for all VMs.</p>" }, new FeedSource("https://cloud.example.com/feed.xml"), "Release notes");
        Assert.StartsWith("Preview: In a managed instance group (MIG)", marked.Title, StringComparison.Ordinal);
        // Review 28b, R10: a greeting on its own line heads nothing, and a lower-case line is no label.
        var greeted = ArticleNormalizer.ToArticle(new ParsedItem { Title = "urn:uuid:9a2d", Link = "https://dev.example.com/changelog/2",
            SummaryHtml = "<p>Hi everyone</p><p>Today we ship incremental builds for the compiler.</p>" }, new FeedSource("https://dev.example.com/feed.xml"), "Changelog");
        Assert.StartsWith("Today we ship incremental builds", greeted.Title, StringComparison.Ordinal);
        var lower = ArticleNormalizer.ToArticle(new ParsedItem { Title = "urn:uuid:9a2e", Link = "https://dev.example.com/changelog/3",
            SummaryHtml = "<p>so anyway</p><p>the compiler got faster.</p>" }, new FeedSource("https://dev.example.com/feed.xml"), "Changelog");
        Assert.StartsWith("so anyway the compiler got faster", lower.Title, StringComparison.Ordinal);
        var named = ArticleNormalizer.ToArticle(new ParsedItem { Title = "urn:uuid:9a2f", Link = "https://dev.example.com/changelog/4",
            SummaryHtml = "<p>iOS 18</p><p>Apple ships a new keyboard API.</p>" }, new FeedSource("https://dev.example.com/feed.xml"), "Changelog");
        Assert.StartsWith("iOS 18: Apple ships a new keyboard API", named.Title, StringComparison.Ordinal);
    }

    [Theory]
    // Thirty-third held-out review, F2: an episode without a page linked to an analytics redirect of its audio.
    [InlineData("https://dts.podtrac.com/redirect.mp3/chrt.fm/track/G481/traffic.libsyn.com/show/ep1.mp3?dest-id=1", "https://traffic.libsyn.com/show/ep1.mp3?dest-id=1")]
    [InlineData("https://www.podtrac.com/pts/redirect.mp3/pdst.fm/e/op3.dev/e/https://media.example.com/ep2.m4a", "https://media.example.com/ep2.m4a")]
    [InlineData("https://op3.dev/e/https://media.example.com/ep3.mp3", "https://media.example.com/ep3.mp3")]
    // No measurement prefix: as given.
    [InlineData("https://media.example.com/redirect.mp3/ep4.mp3", "https://media.example.com/redirect.mp3/ep4.mp3")]
    [InlineData("https://blog.example.com/posts/podtrac.com-review", "https://blog.example.com/posts/podtrac.com-review")]
    // Wrappers of a page: Google's AMP cache (hostile-input audit 32, H5) and a publisher's redirect (fortieth held-out review, F8).
    [InlineData("https://www.google.com/amp/s/pubnews.example.net/2026/12/05/sparse-attention-kernel", "https://pubnews.example.net/2026/12/05/sparse-attention-kernel")]
    [InlineData("https://pubnews-example-net.cdn.ampproject.org/c/s/pubnews.example.net/2026/12/05/story.amp", "https://pubnews.example.net/2026/12/05/story.amp")]
    [InlineData("http://go.theregister.com/feed/www.theregister.co.uk/2012/11/02/uss_enterprise_scapped/", "https://www.theregister.co.uk/2012/11/02/uss_enterprise_scapped/")]
    [InlineData("https://www.google.com/ampere-gpus-explained", "https://www.google.com/ampere-gpus-explained")]
    [InlineData("https://go.theregister.com/about", "https://go.theregister.com/about")]
    public void EpisodeLink_BehindMeasurementPrefixes_ShouldBeTheAudioItself(string link, string expected)
        => Assert.Equal(expected, ArticleNormalizer.WithoutMeasurementPrefixes(link));

    [Fact]
    public void Text_EndingInAScrapersEscapes_ShouldLoseThem_ButCodeInsideKeepsItsOwn()
    {
        // Thirty-second held-out review, F1: "... and Cowork.\n" read as a dek cut off at "n".
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "How we contain Claude", Link = "https://lab.example.com/contain",
            SummaryHtml = "Here's what we've learned building containment for claude.ai, Claude Code, and Cowork. \\n\\n" }, new FeedSource("https://lab.example.com/feed.xml"), "Lab");
        Assert.Equal("Here's what we've learned building containment for claude.ai, Claude Code, and Cowork.", article.Text);
        var code = ArticleNormalizer.ToArticle(new ParsedItem { Title = "printf tips", Link = "https://c.example.com/p",
            SummaryHtml = "Write printf(\"%d\\n\", x) to end the line. It flushes too." }, new FeedSource("https://c.example.com/feed.xml"), "C");
        Assert.Contains("\\n", code.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Q&amp;A with the Rust team", "Q&A with the Rust team")] // escaped twice by the publisher
    [InlineData("Caf&#233; &#x2014; notes", "Café — notes")]
    [InlineData("Double &amp;lt;b&amp;gt; tags", "Double &lt;b&gt; tags")] // decoded once more, never until nothing is left
    [InlineData("AT&T and R&D budgets", "AT&T and R&D budgets")]
    [InlineData("Fish &chips; tonight", "Fish &chips; tonight")] // no HTML entity: as written
    // Hostile-input audit 28, H4: text the publisher escaped never becomes a tag in the rows, exports or API.
    [InlineData("GPU kernels &lt;img src=x onerror=alert(1)&gt; &amp; more", "GPU kernels ‹img src=x onerror=alert(1)› & more")]
    [InlineData("Bold &#60;b&#x3E; claims", "Bold ‹b› claims")]
    [InlineData("GPU kernels <img src=x onerror=alert(1)> explained", "GPU kernels ‹img src=x onerror=alert(1)› explained")]
    [InlineData("Unclosed <script and more", "Unclosed ‹script and more")]
    [InlineData("Why a < b > c in Rust", "Why a < b > c in Rust")]
    public void Title_StillHoldingAnEntity_ShouldBeDecodedOnceMore(string raw, string expected)
    {
        // The feed's own decoding has already run: an entity left in the title was escaped twice ("Q&amp;amp;A").
        Assert.Equal(expected, HeadlineOf(raw, "Feed"));
    }

    [Theory]
    // Sixteenth held-out review, F8: a scraper joined the headline and its dek without a space; the dek stands in for no text.
    [InlineData("Introducing GPT-5.2The most advanced frontier model for professional work and long-running agents.", "", "Introducing GPT-5.2", "The most advanced frontier model for professional work and long-running agents.")]
    [InlineData("Our new databaseHow we cut query latency in half this year", "<p>Body text of the post.</p>", "Our new database", "Body text of the post.")]
    // No glue: a brand's capital, a version's suffix, a sentence's own capital after a space, too few words after.
    [InlineData("Introducing GPT-5.2-Codex", "<p>Text.</p>", "Introducing GPT-5.2-Codex", "Text.")]
    [InlineData("TheStreet and iPhone sales in the quarter", "<p>Text.</p>", "TheStreet and iPhone sales in the quarter", "Text.")]
    [InlineData("Release notes for v2The end", "<p>Text.</p>", "Release notes for v2The end", "Text.")]
    [InlineData("Tesla Model 3A is getting a refresh today", "<p>Text.</p>", "Tesla Model 3A is getting a refresh today", "Text.")]
    [InlineData("Taverncast 58A - PLAY IF THE WORLD HAS ENDED", "<p>Text.</p>", "Taverncast 58A - PLAY IF THE WORLD HAS ENDED", "Text.")]
    public void Title_WithItsDekGluedOn_ShouldLoseIt(string raw, string summaryHtml, string title, string text)
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = raw, Link = "https://example.org/a", SummaryHtml = summaryHtml },
            new FeedSource("https://example.org/feed.xml"), "Feed");
        Assert.Equal(title, article.Title);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void AuthorAndCategories_EscapedTwice_ShouldBeDecodedOnceMore()
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "T", Link = "https://example.org/a", SummaryHtml = "<p>Text.</p>",
            Author = "Ana &amp; Bo", Categories = ["Q&amp;A", "AT&T"] }, new FeedSource("https://example.org/feed.xml"), "Feed");
        Assert.Equal("Ana & Bo", article.Author);
        Assert.Equal(["Q&A", "AT&T"], article.Categories);
    }

    [Fact]
    public void JsonFeed_TitleIsPlainText_AndAuthorsLoseTheirMarkup()
    {
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            {"version":"https://jsonfeed.org/version/1.1","title":"J","items":[
              {"id":"1","url":"https://e.org/1","title":"Why <div> soup &amp;lt;b&amp;gt; hurts","authors":[{"name":"<b>Eve</b>"}]},
              {"id":"2","url":"https://e.org/2","title":"Q&amp;A: what&#8217;s next","author":{"name":"Ana &amp; Bo"}}]}
            """));
        Assert.Equal(["Why <div> soup &amp;lt;b&amp;gt; hurts", "Q&A: what\u2019s next"], feed.Items.Select(i => i.Title));
        // In the article the tag-like spans read as text, whatever the format escaped: no title carries markup.
        Assert.Equal("Why ‹div› soup &lt;b&gt; hurts", ArticleNormalizer.ToArticle(feed.Items[0], new FeedSource("https://e.org/feed.json"), "J").Title);
        Assert.Equal(["Eve", "Ana & Bo"], feed.Items.Select(i => i.Author));
    }

    [Theory]
    [InlineData("<title>GPU &amp;lt;img src=x onerror=alert(1)&amp;gt; kernels</title>")]
    [InlineData("<title><![CDATA[GPU &lt;img src=x onerror=alert(1)&gt; kernels]]></title>")]
    [InlineData("<title>GPU &amp;amp;lt;img src=x onerror=alert(1)&amp;amp;gt; kernels</title>")]
    public void RssTitle_EscapedMarkup_ShouldNeverReachTheArticleAsATag(string titleElement)
    {
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            $"<rss version=\"2.0\"><channel><title>T</title><item>{titleElement}<link>https://example.org/a</link><description>Text.</description></item></channel></rss>"));
        var title = ArticleNormalizer.ToArticle(Assert.Single(feed.Items), new FeedSource("https://example.org/feed.xml"), "Feed").Title;
        Assert.DoesNotContain("<", title, StringComparison.Ordinal);
        Assert.StartsWith("GPU", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_EscapedThreeTimesInTheXml_ShouldReachReadersWithoutAnEntity()
    {
        var feed = FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>Q&amp;amp;amp;A on compilers</title><link>https://example.org/a</link><description>Text.</description></item></channel></rss>"));
        var article = ArticleNormalizer.ToArticle(Assert.Single(feed.Items), new FeedSource("https://example.org/feed.xml"), "Feed");
        Assert.Equal("Q&A on compilers", article.Title);
    }

    [Theory]
    [InlineData("2024-06-03", "observability news: 2024-06-03")] // a digest titled by its date (sixth held-out review, F11)
    [InlineData("#512", "observability news: #512")]
    [InlineData("Issue 512", "Issue 512")]
    [InlineData("2024: the year in review", "2024: the year in review")]
    public void Title_WithNoWord_ShouldBeHeadedByTheFeedsName(string raw, string expected)
    {
        Assert.Equal(expected, HeadlineOf(raw, "observability news"));
    }

    [Fact]
    public void ABareNumberAsTitle_ShouldGiveWayToTheTextsOpening()
    {
        // Twenty-third held-out review, F6: a regenerated feed's broken title "0" printed as "Simon Willison: 0".
        var post = ArticleNormalizer.ToArticle(new ParsedItem { Title = "0", Link = "https://example.org/a",
            SummaryHtml = "<p>I was poking around in my cache folder when I spotted something interesting.</p>" }, new FeedSource("https://example.org/feed.xml"), "Simon Willison");

        Assert.StartsWith("I was poking around in my cache folder", post.Title, StringComparison.Ordinal);
        Assert.Equal("Observability News: #512", HeadlineOf("#512", "Observability News"));
    }

    [Theory]
    [InlineData("v2.1.31", "Claude Code Changelog", "Claude Code v2.1.31")] // fourteenth held-out review, F1
    [InlineData("1.4.0-beta.2", "Deno Releases", "Deno 1.4.0-beta.2")]
    [InlineData("v3.12.0a6", "Deno Releases", "Deno v3.12.0a6")]           // PEP 440 pre-releases (twenty-second held-out review, F10)
    [InlineData("3.13.0rc2", "Deno Releases", "Deno 3.13.0rc2")]
    [InlineData("3.3.0.preview1", "Deno Releases", "Deno 3.3.0.preview1")]
    [InlineData("v3.9.0", "Release notes from gulp", "gulp v3.9.0")] // GitHub's releases.atom
    [InlineData("0.9.1", "Signer feed", "Signer feed: 0.9.1")]
    [InlineData("v2.1.31: sandbox fixes", "Claude Code Changelog", "v2.1.31: sandbox fixes")]
    [InlineData("Python 3.13", "Python Insider", "Python 3.13")]
    [InlineData("2026.06.03", "Observability News", "Observability News: 2026.06.03")] // a dotted date is an issue, not a version
    public void Title_ThatIsOnlyAVersion_ShouldNameTheFeedsProduct(string raw, string feed, string expected)
    {
        Assert.Equal(expected, HeadlineOf(raw, feed));
    }

    [Theory]
    // The operator's name for the feed names no product: the document's own title, else the forge's repository does
    // (twenty-fourth held-out review, F4: "GitHub releases: skyzyx/signer: 1.1.0").
    [InlineData("Release notes from signer", "https://github.com/skyzyx/signer/releases/tag/1.1.0", "signer 1.1.0")]
    [InlineData(null, "https://github.com/skyzyx/signer/releases/tag/1.1.0", "signer 1.1.0")]
    [InlineData(null, "https://gitlab.com/group/sub/tool/-/releases/1.1.0", "tool 1.1.0")]
    [InlineData(null, "https://example.org/signer/releases/1.1.0", "GitHub releases: skyzyx/signer: 1.1.0")]
    public void VersionTitle_UnderAnOperatorsFeedName_ShouldNameTheProductFromTheFeedOrItsForge(string? documentTitle, string link, string expected)
    {
        var release = ArticleNormalizer.ToArticle(new ParsedItem { Title = "1.1.0", Link = link, SummaryHtml = "<p>Fixes.</p>" },
            new FeedSource("https://example.org/feed.xml", "GitHub releases: skyzyx/signer"), documentTitle);
        Assert.Equal(expected, release.Title);
    }

    [Theory]
    // A digest generator's name and date before the story (seventh held-out review, F5), then a summary's cut opening as the title.
    [InlineData("dAIly — July 11, 2026: The release of Qwen3.6 35B-A3B marks a significant shift in local inference capability, demonstrating that A3B (Active 3 Billion) architectures can achieve…",
                "The release of Qwen3.6 35B-A3B marks a significant shift in local inference capability")]
    [InlineData("dAIly — 2026-07-11: Rust 1.80 is out with lazy statics in the standard library", "Rust 1.80 is out with lazy statics in the standard library")]
    [InlineData("2026-07-11: Rust 1.80 is out with lazy statics in the standard library", "Rust 1.80 is out with lazy statics in the standard library")]
    // A daily show's day without its year (thirty-third held-out review, F4).
    [InlineData("Jul 02 — Anthropic is bringing back Claude Fable 5 globally", "Anthropic is bringing back Claude Fable 5 globally")]
    [InlineData("dAIly Jun 30 — Anthropic is bringing back Claude Fable 5 globally", "Anthropic is bringing back Claude Fable 5 globally")]
    [InlineData("dAIly | Jul 02 — Anthropic is bringing back Claude Fable 5 globally", "Anthropic is bringing back Claude Fable 5 globally")]
    // A forum's run-on title: its first sentence.
    [InlineData("Danish teen fought off her attacker - now she'll face fine. A 17-year-old girl who was physically attacked will herself face charges for using pepper spray",
                "Danish teen fought off her attacker - now she'll face fine.")]
    // Left whole: a date the title is about, a long paper title, a short title with two sentences.
    [InlineData("Release notes for March 3, 2024: bug fixes and performance improvements", "Release notes for March 3, 2024: bug fixes and performance improvements")]
    [InlineData("Wheat inositol pyrophosphate kinase (TaVIH2-3B) interacts with Fasciclin-like arabinogalactan (FLA6) protein and alters the plant cell-wall composition",
                "Wheat inositol pyrophosphate kinase (TaVIH2-3B) interacts with Fasciclin-like arabinogalactan (FLA6) protein and alters the plant cell-wall composition")]
    [InlineData("Go 1.22 is released. Here is what changed", "Go 1.22 is released. Here is what changed")]
    // A subject before the date is no generator's name (the feed here is "dAIly — Daily AI Digest").
    [InlineData("Kubernetes 1.30 - April 17, 2024: what is new in this release of the scheduler", "Kubernetes 1.30 - April 17, 2024: what is new in this release of the scheduler")]
    [InlineData("CVE-2024-3094 — March 29, 2024: backdoor found in xz-utils tarballs", "CVE-2024-3094 — March 29, 2024: backdoor found in xz-utils tarballs")]
    // No cut inside brackets: the last boundary outside them.
    [InlineData("I compared five vector databases (Qdrant, Weaviate, Milvus, pgvector, Chroma) on ten million embeddings, and here is what I learned about recall and lat…",
                "I compared five vector databases (Qdrant, Weaviate, Milvus, pgvector, Chroma) on ten million embeddings")]
    // One sentence longer than any headline: a link blog's quotation titled by the whole quotation (twenty-third held-out
    // review, F1), cut at a word, or at a clause boundary within a headline's length.
    [InlineData("The fact that AI wrote 1M LOC and then refined it over the course of the next couple of months to produce a reliable piece of software that is currently running on millions of developer machines is absolutely mind blowing.",
                "The fact that AI wrote 1M LOC and then refined it over the course of the next couple of months to produce a reliable…")]
    [InlineData("The fact that AI wrote 1M LOC and then refined it over the course of the next couple of months to produce a reliable piece of software that is currently running on millions of developer machines is absolutely mind blowing. And you can say, “well it’s not that impressive because they had an oracle to compare against”, but I think that’s selling this entire thing short.",
                "The fact that AI wrote 1M LOC and then refined it over the course of the next couple of months to produce a reliable…")]
    [InlineData("Models trained on synthetic data drift slowly, and the drift compounds across generations of training runs that each reuse the previous model's outputs as a growing share of their corpus, round after round after round.",
                "Models trained on synthetic data drift slowly…")]
    public void Title_ThatIsATextsOpening_ShouldBeCutToAHeadline(string raw, string expected)
    {
        Assert.Equal(expected, HeadlineOf(raw, "dAIly — Daily AI Digest"));
    }

    [Theory]
    // Seventeenth held-out review, F8: the feed's own name before a dash.
    [InlineData("Cursor — Cursor, now on iPad", "Cursor changelog", "Cursor, now on iPad")]
    [InlineData("Cursor — Origin Code Hosting", "Cursor changelog", "Origin Code Hosting")]
    [InlineData("Example Weekly | Issue notes on the new scheduler", "Example Weekly", "Issue notes on the new scheduler")]
    // Left whole: another name (the story's subject), a name only the start of the feed's, too little after the dash, a colon.
    [InlineData("Kubernetes — a new scheduler for batch jobs", "Cursor changelog", "Kubernetes — a new scheduler for batch jobs")]
    [InlineData("Rust — what comes after the 2024 edition", "Rust Blog", "Rust — what comes after the 2024 edition")]
    [InlineData("Cursor — v2", "Cursor changelog", "Cursor — v2")]
    [InlineData("Cursor: a year of agents", "Cursor changelog", "Cursor: a year of agents")]
    // Nineteenth held-out review, F10: an aggregator's tag of its source, the feed's name or its first word in brackets.
    [InlineData("[vulncheck] CVE-2025-22224 - VMware ESXi race condition", "VulnCheck KEV", "CVE-2025-22224 - VMware ESXi race condition")]
    [InlineData("[Example Weekly] Notes on the new scheduler", "Example Weekly", "Notes on the new scheduler")]
    // Another tag says something (a kind, another source), and is kept.
    [InlineData("[Video] Notes on the new scheduler", "Example Weekly", "[Video] Notes on the new scheduler")]
    [InlineData("[nvd] CVE-2025-22224 - VMware ESXi race condition", "VulnCheck KEV", "[nvd] CVE-2025-22224 - VMware ESXi race condition")]
    public void Title_OpeningOnTheFeedsOwnName_ShouldDropIt(string raw, string feed, string expected)
    {
        Assert.Equal(expected, HeadlineOf(raw, feed));
    }
}
