using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review32;

/// <summary>Review of session 32's change (3bf8819..784c7ae): each test fails on a problem the review found.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review32Tests
{
    // ---- FeedTypes: a lent type skips the cues that correct the head's own reading of the same type ----

    private static Article Item(string id, string feed, string title, string text = "")
        => new() { Id = id, FeedUrl = feed, Title = title, Link = $"https://{feed}.example/{id}", Text = text, Language = "en" };

    private static ArticleScore Score(string id, string type, string? guess = null)
        => new() { Id = id, TechRelevanceScore = 8, QualityScore = 6, ContentType = type, TypeGuess = guess };

    private static FeedTypeTally TallyOf(string feed, string type)
    {
        var tally = new FeedTypeTally();
        foreach (var i in Enumerable.Range(1, 5)) tally.Add(Item($"s{i}", feed, $"Story {i}"), Score($"s{i}", type));
        return tally;
    }

    [Fact]
    public void FeedTypes_AnAdvisoryInAReleaseFeed_ShouldNotBeLentRelease_AsTheCuesNeverTypeAnAdvisoryRelease()
    {
        // ContentTypeCues turns the head's own "release" of an advisory into news (thirty-second held-out review, F3);
        // the same advisory the head was unsure of is lent "release" by its feed after the cues have run.
        var advisory = Item("a", "plugins", "Automation Web Platform <= 4.8.6 - Unauthenticated Authentication Bypass");
        var sure = ContentTypeCues.Apply(advisory, Score("a", ContentTypes.Release));
        Assert.Equal(ContentTypes.News, sure.ContentType);

        var lent = TallyOf("plugins", ContentTypes.Release).Apply(advisory, ContentTypeCues.Apply(advisory, Score("a", ContentTypes.Other, ContentTypes.Release)));
        Assert.NotEqual(ContentTypes.Release, lent.ContentType);
    }

    [Fact]
    public void FeedTypes_AnItemThatTeachesNothing_ShouldNotBeLentTutorial_AsTheCuesNeverTypeItTutorial()
    {
        var note = Item("n", "guides", "Our office is closed for the holidays", "The team is away until January 3. Replies to support tickets may be slower than usual.");
        Assert.Equal(ContentTypes.Other, ContentTypeCues.Apply(note, Score("n", ContentTypes.Tutorial)).ContentType);

        var lent = TallyOf("guides", ContentTypes.Tutorial).Apply(note, ContentTypeCues.Apply(note, Score("n", ContentTypes.Other, ContentTypes.Tutorial)));
        Assert.NotEqual(ContentTypes.Tutorial, lent.ContentType);
    }

    [Theory]
    [InlineData(ContentTypes.Job)]
    [InlineData(ContentTypes.Sponsored)]
    [InlineData(ContentTypes.Podcast)]
    public void FeedTypes_AnItemTheHeadLeanedToAKindNeverLent_ShouldNotBeLentItsFeedsNews(string guess)
    {
        // FeedTypes never lends a job, an ad or an episode: "what an item is made of, or who paid for it, is read off the item
        // itself". By the same word, an item the head itself leaned to one of them is no doubtful news story of its feed.
        var posting = Item("j", "site", "Senior Rust engineer (remote, EU)", "We are hiring a senior Rust engineer to join our storage team. Apply by March 1.");
        var lent = TallyOf("site", ContentTypes.News).Apply(posting, Score("j", ContentTypes.Other, guess));
        Assert.Equal(ContentTypes.Other, lent.ContentType);
    }

    // ---- Summarizer: "For ..., see/read" ----

    [Theory]
    [InlineData("For example, read replicas can now be promoted to primaries in under a second.")]
    [InlineData("For PostgreSQL 17, read throughput doubled on the same hardware.")]
    [InlineData("For the first time, see-through solar panels reached 12 percent efficiency in the lab.")]
    [InlineData("For now, read-only mode is the default for every new workspace.")]
    public void CallToAction_AStorySentenceOpeningWithAForClause_ShouldNotBeAPointer(string sentence)
        => Assert.False(Summarizer.IsCallToAction(sentence));

    [Fact]
    public void Summarize_AStorySentenceOpeningWithAForClause_ShouldNotBeLeftOutAfterTheFirst()
    {
        const string text = "Postgres 17 ships a new I/O layer built on streaming reads. " +
                            "For most workloads, read throughput doubled on the same hardware in the project's benchmarks. " +
                            "The release also adds incremental backups and a faster vacuum. " +
                            "The project thanks its many contributors for their work on this release.";
        // The same sentence opening with "In most workloads," is kept: only the "For ..., read" opening loses it.
        var control = Summarizer.Summarize("Postgres 17 is out", text.Replace("For most workloads,", "In most workloads,", StringComparison.Ordinal), null, "preview", 2, "en").Text;
        Assert.Contains("read throughput doubled", control, StringComparison.Ordinal);
        var summary = Summarizer.Summarize("Postgres 17 is out", text, null, "preview", 2, "en").Text;
        Assert.Contains("read throughput doubled", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_ATutorialsGettingStartedSection_IsItsLesson_NotHousekeeping()
    {
        const string text = "This post shows how to build a small command-line tool in Rust with the clap crate.\n\n{0}\n\n" +
                            "Add clap to Cargo.toml with the derive feature enabled, and derive Parser on a struct of your options. " +
                            "Each field of the struct becomes a flag or a positional argument, its doc comment the help text. " +
                            "Call Args::parse() in main, and clap prints the usage and the errors for you.\n";
        var control = Summarizer.Summarize("Build a CLI in Rust with clap", text.Replace("{0}", "Using clap", StringComparison.Ordinal), null, "preview", 3, "en").Text;
        var summary = Summarizer.Summarize("Build a CLI in Rust with clap", text.Replace("{0}", "Getting started with clap", StringComparison.Ordinal), null, "preview", 3, "en").Text;
        Assert.Equal(control, summary);
    }

    // ---- Summarizer: "another one" ----

    [Theory]
    [InlineData("Microsoft has cancelled another one of its planned data centers in Ireland, the company confirmed on Tuesday.")]
    [InlineData("Apple is delaying a second one of its Apple Intelligence features until next spring.")]
    public void PointsBack_AnotherOneOf_NamesItsNounItself_ShouldNotLean(string sentence)
        => Assert.False(Summarizer.PointsBack(sentence));

    // ---- CommitLogs: a link aggregator's item about a commit ----

    [Fact]
    public void CommitLog_ALinkAggregatorsStoryLinkingToACommit_ShouldNotBeDroppedAsACommitOfTheFeed()
    {
        var rules = new ContentRules(new ContentConfig { MinLength = 100 }, new AdsConfig(), DateTimeOffset.UnixEpoch);
        var story = new Article
        {
            Id = "hn", FeedUrl = "https://news.ycombinator.com/rss", Language = "en",
            Title = "Linux drops support for i486 processors",
            Link = "https://github.com/torvalds/linux/commit/0f7b047b0a81253b6d146e05d561545303016b74",
            Text = "Linus Torvalds merged the removal of i486 support after years of discussion; the kernel now needs a CPU with a time stamp counter and cmpxchg8b. 412 points, 230 comments.",
        };
        Assert.NotEqual("commit_log", rules.CheckContent(story)?.Rule);
    }

    [Theory]
    [InlineData("<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">dependabot[bot] &lt;support@github.com&gt;</dc:creator>")]
    public void CommitLog_ABotAuthorInRssForm_ShouldBeACommit(string authorXml)
    {
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>F</title><item><title>Refresh the lockfile</title><link>https://git.example.org/changes/17</link>{authorXml}<description>Refreshes the lockfile.</description></item></channel></rss>"),
            new Uri("https://git.example.org/feed.xml")).Items.Single();
        var article = ArticleNormalizer.ToArticle(item, new FeedSource("https://git.example.org/feed.xml"), "F");
        Assert.NotNull(CommitLogs.Of(article));
    }

    // ---- EscapedText.InBody: prose about HTML ----

    private static Article Normalized(string descriptionCdata)
    {
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>F</title><item><title>T</title><link>https://e.example/1</link><description><![CDATA[{descriptionCdata}]]></description></item></channel></rss>"),
            new Uri("https://e.example/feed.xml")).Items.Single();
        return ArticleNormalizer.ToArticle(item, new FeedSource("https://e.example/feed.xml"), "F");
    }

    [Theory]
    [InlineData("<p>Type &amp;nbsp; between two words to keep them together on one line.</p>", "&nbsp;")]
    [InlineData("<p>Write &amp;#8217; or &amp;rsquo; for a curly apostrophe in your templates.</p>", "&#8217;")]
    [InlineData("<p>The entity &amp;mdash; renders as an em dash in every browser.</p>", "&mdash;")]
    [InlineData("<p>In an href, write ?a=1&amp;amp;b=2 so that the page validates.</p>", "1&amp;b=2")]
    public void InBody_AnArticleAboutHtmlEntities_ShouldKeepTheCodesItWrites(string html, string code)
        => Assert.Contains(code, Normalized(html).Text, StringComparison.Ordinal);

    [Fact]
    public void InBody_ADoublyEscapedWindows1252Reference_ShouldPrintItsPunctuation_AsTheSameReferenceEscapedOnceDoes()
    {
        Assert.Contains("rose \u2014 again", Normalized("<p>Revenue rose &#151; again this quarter.</p>").Text, StringComparison.Ordinal);
        var text = Normalized("<p>Revenue rose &amp;#151; again this quarter.</p>").Text;
        Assert.DoesNotContain("\u0097", text, StringComparison.Ordinal);
        Assert.Contains("rose \u2014 again", text, StringComparison.Ordinal);
    }

    // ---- HtmlText: struck-out words (R10, R13): struck words are kept again since hostile-input audit 33, H1 and H6 ----

    // ---- TitleText: markup and a named element in one RSS title ----

    [Fact]
    public void RssTitle_MarkupThatAlsoNamesAnElement_ShouldNotPrintTheMarkupsTags()
    {
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>F</title><item><title><![CDATA[<b>New:</b> the <dialog> element ships in Safari]]></title><link>https://e.example/1</link><description>Body.</description></item></channel></rss>"),
            new Uri("https://e.example/feed.xml")).Items.Single();
        var title = ArticleNormalizer.ToArticle(item, new FeedSource("https://e.example/feed.xml"), "F").Title;
        Assert.DoesNotContain("b›", title, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", title, StringComparison.Ordinal);
    }

    // ---- TopicEvidence: management as working life ----

    [Theory]
    [InlineData("Should you move into management?", "Many senior engineers are asked to move into management. Going into management is a different job, not a promotion, and management is not for everyone.")]
    [InlineData("Product management is broken", "Product management at most startups has drifted into project tracking. Good product management starts with talking to customers.")]
    public void Topics_AnArticleAboutGoingIntoManagement_ShouldStillNameCareers(string title, string text)
        => Assert.True(NewsCurator.Scoring.Encoder.TopicEvidence.Named(title, text)("Careers & Culture"));
}
