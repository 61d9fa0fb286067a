using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit43;

/// <summary>Feed items through the parser and the normaliser, as Ingest reads them.</summary>
internal static class Audit43Items
{
    public static Article Normalized(string title, string descriptionHtml, string link = "https://e.example/1")
    {
        const string feed = "https://e.example/feed.xml";
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>{link}</link>"
                  + $"<pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate><description><![CDATA[{descriptionHtml}]]></description></item></channel></rss>";
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri(feed)).Items.Single();
        return ArticleNormalizer.ToArticle(item, new FeedSource(feed), "F");
    }

    public const string Channel = "https://www.youtube.com/feeds/videos.xml?channel_id=UCsE74YJvPJpaquzTPMO8hAA";

    public static Article Episode(string text)
        => new() { Id = "e", FeedUrl = Channel, Title = "Chips, tariffs and the week in tech | Episode 212", Link = "https://www.youtube.com/watch?v=tn5S8Q0O3Fs", Text = text, Language = "en" };
}

/// <summary>Hostile-input audit 43: the pre-release rule pairs by version alone (SelectorReleases, Selector.cs:244).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43SelectTests
{
    private const string Notes = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    [Fact]
    public void H1_AnotherProductsPreRelease_FromOneNewsPublisher_ShouldNotGiveWayToAReleaseOfTheSameNumber()
    {
        var day = new DateTimeOffset(2024, 10, 2, 0, 0, 0, TimeSpan.Zero);
        var items = new (string Id, string Title, double Relevance, DateTimeOffset Published)[]
        {
            ("deno", "Deno 2.0 RC brings Node and npm compatibility to the runtime", 9.5, day.AddDays(-5)),
            ("tauri", "Tauri 2.0 released with iOS and Android support", 8.0, day),
            ("other", "A new scheduler for Linux", 7.0, day),
        };
        var articles = items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = "https://www.infoq.com/feed", Title = i.Title, Text = Notes + $" Build {i.Id} ships to every user this week.", Published = i.Published });
        var scores = items.Select(i => new ArticleScore { Id = i.Id, TechRelevanceScore = i.Relevance, QualityScore = 8 }).ToList();

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        // Two products' news: Deno's release candidate is no pre-release of Tauri 2.0.
        Assert.Contains("deno", selected.Select(s => s.Id));
        Assert.Contains("tauri", selected.Select(s => s.Id));
        Assert.DoesNotContain(decisions, d => d.ArticleId == "deno" && d.Rule == "same_product");
    }
}

/// <summary>Hostile-input audit 43: an episode's own words read as sponsor copy (SponsorReads).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43SponsorReadsTests
{
    [Theory]
    [InlineData("Nvidia shares closed 15% off their record high after the new export rules for AI chips were announced.")]
    [InlineData("The chip bill, sponsored by Senator Maria Cantwell, would fund three new fabs in Arizona and Ohio.")]
    [InlineData("We also look at why Amazon's free shipping costs pushed it to build its own delivery network and custom chips.")]
    public void H3_ANewsShowsOwnSentence_ShouldNotBeRemovedAsASponsorRead(string sentence)
    {
        var text = "This week we cover the chip export rules and what they mean for data-centre builders. " + sentence + "\n\nFollow us on Mastodon.";
        var article = SponsorReads.Removed(Audit43Items.Episode(text));
        Assert.Contains(sentence, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void H4_TheEpisodesOwnSentence_AfterASponsorsCreditOnItsLine_ShouldStay_ThoughItOpensLowerCase()
    {
        const string own = "iOS 18.2 brings Apple Intelligence to Europe, and we test Genmoji and the new Siri on three phones.";
        var article = SponsorReads.Removed(Audit43Items.Episode("This episode is brought to you by Acme. " + own + "\n\nFollow us on Mastodon."));
        Assert.Contains(own, article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", article.Text, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 43: a real post dated with the Unix epoch is read as a site page (IngestStage.cs:326, FeedDates.PredatesFeeds).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43SitePageTests
{
    [Fact]
    public async Task H5_APostDatedWithTheUnixEpoch_BesideDatedPosts_ShouldNotBeASitePage()
    {
        static string Item(string title, string slug, string date)
            => $"<item><title>{title}</title><link>https://blog.example.org/2024/05/{slug}/</link><pubDate>{date}</pubDate><description>{string.Join(' ', Enumerable.Repeat("The new release rewrites the query planner and cuts the p99 latency of joins by a third on our benchmarks.", 4))}</description></item>";
        var (_, articles) = await StaticFetcher.IngestAsync(new FeedSource("https://blog.example.org/feed.xml"), "<rss version=\"2.0\"><channel><title>Frisk</title>"
            + Item("Postgres 17 rewrites the query planner", "pg17-planner", "Thu, 01 Jan 1970 00:00:00 +0000")
            + Item("Tuning Postgres for a small VPS", "postgres", "Thu, 09 May 2024 10:00:00 +0000") + Item("Self-hosting Matrix, a year on", "matrix-year", "Fri, 10 May 2024 10:00:00 +0000") + "</channel></rss>");
        // A CMS that failed to format one post's date writes the epoch: the post is undated, not a page of the site.
        Assert.False(articles[0].PlaceholderDated);
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);
        Assert.NotEqual("site_page", rules.CheckContent(articles[0] with { Language = "en" })?.Rule);
    }
}

/// <summary>Hostile-input audit 43: text about HTML elements, escaped once, is decoded into markup and eaten (EscapedText.MarkupEscapedTwice).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43EscapedTests
{
    [Theory]
    [InlineData("dialog")]
    [InlineData("template")]
    public void H2_ATeaserAboutAnElement_WrittenWithEntities_ShouldKeepItsWords(string element)
    {
        var body = $"&lt;{element}&gt; is now supported in every major browser, and developers can drop the polyfills they shipped for years. "
                   + $"Close the element from a form button, then style its backdrop before the closing &lt;/{element}&gt; tag.";
        var article = Audit43Items.Normalized($"The {element} element is now Baseline", body);
        Assert.Contains("developers can drop the polyfills", article.Text, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 43: listings priced outside $ € £ ¥-before-the-number are missed (ListingEvidence.UnitPrice).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43ListingTests
{
    [Theory]
    [InlineData("2BHK flat for rent in Koramangala", "Semi-furnished 2 bedroom flat, 1100 sq ft, rent ₹25,000/month, available now.")]
    [InlineData("Helle 2-Zimmer-Wohnung zu vermieten", "2 bedroom flat for rent, 65 m², 850 € per month, available now.")]
    [InlineData("3.5-room apartment in Zurich", "3.5 room apartment for rent, 2 bathrooms, CHF 2,400 per month.")]
    public void H7_AHousingAdPricedInRupeesOrWithItsCurrencyAfterTheNumber_ShouldOfferAUnitAtAPrice(string title, string text)
        => Assert.True(ListingEvidence.Offers(title, text));
}

/// <summary>Hostile-input audit 43: dotted dates with a two-digit year are still read month-first (FeedDates.DottedDate).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43DateTests
{
    [Theory]
    [InlineData("10.06.25 14:30")]
    [InlineData("10.06.25")]
    public void H6_ADottedDateWithATwoDigitYear_ShouldBeReadDayFirst(string value)
    {
        var date = FeedDates.Parse(value);
        Assert.NotNull(date);
        Assert.Equal((2025, 6, 10), (date.Value.Year, date.Value.Month, date.Value.Day));
    }
}

/// <summary>Hostile-input audit 43: summaries.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43SummaryTests
{
    [Theory]
    [InlineData("Because Rust, which has no garbage collector, avoids pauses, Discord moved its read-state service to it.")]
    [InlineData("Because PostgreSQL, which ships JSONB, handles documents natively, Notion moved its block store off MongoDB.")]
    public void H8_ABecauseSentenceWithARelativeClause_AndAMainClauseAfterIt_ShouldStandAlone(string sentence)
        => Assert.False(Summarizer.LeansOnThePrevious(sentence));

    [Theory]
    [InlineData("`Git` 2.45 ships reftable support for every repository.")]
    [InlineData("^Note: The new release drops Python 3.8.")]
    public void H10_TidyShouldRemoveEmojiOnly_NotABacktickOrCaretThatOpensASentence(string sentence)
        => Assert.Equal(sentence, Summarizer.Tidy(sentence));
}

/// <summary>Hostile-input audit 43: an inch mark read as a quotation hides a demonstrative (Summarizer.cs:333, Words.IsQuoted).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit43QuotedTests
{
    [Theory]
    [InlineData("The 27\" model is back too, and these devices now cost $200 less than last year's.")]
    // The same sentence with "27-inch" leans on the previous one (passes); with the inch mark '"' it is read as quoted.
    public void H9_ADemonstrativeAfterAnInchMark_ShouldStillPointBack(string sentence)
        => Assert.True(Summarizer.LeansOnThePrevious(sentence));
}
