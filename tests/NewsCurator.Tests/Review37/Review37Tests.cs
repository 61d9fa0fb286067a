using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review37;

/// <summary>Review 37 (git diff 4337e26..8827cfa): scoring and selection findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review37SelectTests
{
    // R1: ListingEvidence's UnitPrice refuses any price in millions ("a market's figures are millions"), but the configured
    // housing kind's own phrase is "house for sale", and a house for sale is priced in millions: every such listing now
    // passes the ad check whatever its cosine.
    [Theory]
    [InlineData("4 bed, 3 bath house for sale in Palo Alto", "Listed at $2.4 million. 2,100 sq ft on a quiet street, open house on Sunday.")]
    [InlineData("Victorian for sale (noe valley) $1.85M 3bd 2ba", "Fully renovated, 1,900 sq ft, garage parking. Show contact info.")]
    public void R1_AHouseForSalePricedInMillions_ShouldOfferAUnitAtAPrice(string title, string text)
        => Assert.True(ListingEvidence.Offers(title, text));

    // R2: the new pre-release rule pairs a pre-release with any release of the same version number from the same publisher,
    // whatever the product: a news site that covers many products (one publisher) loses a kernel release candidate to an
    // unrelated project's release that happens to carry the same number.
    [Fact]
    public void R2_APreRelease_BesideAnotherProductsReleaseOfTheSameNumber_ShouldStay()
    {
        var day = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        const string Notes = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                             "Benchmarks published with it show lower tail latency on machines with many cores.";
        var articles = new Dictionary<string, Article>
        {
            ["linux"] = new() { Id = "linux", FeedUrl = "phoronix", Title = "Linux 6.12-rc4 released with a fix for the EEVDF scheduler", Text = Notes + " Build linux ships to every user this week.", Published = day },
            ["kf"] = new() { Id = "kf", FeedUrl = "phoronix", Title = "KDE Frameworks 6.12 released", Text = Notes + " Build kf ships to every user this week.", Published = day.AddDays(1) },
        };
        var scores = new List<ArticleScore>
        {
            new() { Id = "linux", TechRelevanceScore = 9.0, QualityScore = 8 },
            new() { Id = "kf", TechRelevanceScore = 8.0, QualityScore = 8 },
        };

        var (selected, _, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["kf", "linux"], selected.Select(s => s.Id).Order());
    }
}

/// <summary>Review 37: filter findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review37FilterTests
{
    private const string Channel = "https://www.youtube.com/feeds/videos.xml?channel_id=UCsE74YJvPJpaquzTPMO8hAA";

    private static Article Episode(string text)
        => new() { Id = "e", FeedUrl = Channel, Title = "Mail Manager | Tuesdays With Stories #643", Link = "https://www.youtube.com/watch?v=tn5S8Q0O3Fs", Text = text, Language = "en" };

    // R3: SponsorReads.Read's promotion-code alternative is case-sensitive (only the discount and credit alternatives sit in
    // (?i:...)), so the commonest read of all, a sentence that opens "Use code ..." or "Enter code ...", is kept as the
    // episode's words and still counts towards content.min_length and the scorer.
    [Theory]
    [InlineData("Use code PLANNER at checkout.")]
    [InlineData("Enter code PLANNER when you sign up at acme.example.")]
    public void R3_ASponsorReadOpeningWithACapitalisedVerb_ShouldBeRemoved(string read)
    {
        var article = SponsorReads.Removed(Episode("We talk to the Postgres team about the planner rewrite and what it means for JSON queries. " + read));
        Assert.Equal("We talk to the Postgres team about the planner rewrite and what it means for JSON queries.", article.Text);
    }

    // R9: SponsorReads.Read takes any "NN% off" for a discount, so an episode's own sentence about a speed-up ("shaves 40%
    // off build times") is removed as a sponsor read, and with it the words the length floor and the scorer should read.
    [Fact]
    public void R9_AnEpisodesOwnPercentageOffSentence_ShouldStay()
    {
        const string Notes = "We explain how the new linker shaves 40% off build times for large Rust projects. This episode is brought to you by Acme.";
        Assert.Equal("We explain how the new linker shaves 40% off build times for large Rust projects.", SponsorReads.Removed(Episode(Notes)).Text);
    }
}

/// <summary>Review 37: summary findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review37SummaryTests
{
    private static Article Normalized(string title, string html)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>https://e.example/1</link>" +
                  $"<description><![CDATA[{html}]]></description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://e.example/feed.xml")).Items.Single(), new FeedSource("https://e.example/feed.xml"), "F");
    }

    private static SummaryResult Summary(Article article) => Summarizer.Summarize(article, Lede.Preview(article.Title, article.Text, 200), 3, episode: false);

    // R4: the new "Because" rule takes a sentence for a dangling answer unless a comma is followed by one of ~30 listed
    // pronouns and determiners. A main clause whose subject is a name or a bare plural ("..., Google rewrote", "...,
    // developers can") is not listed, so a whole, self-standing sentence is refused as leaning on a question left out.
    [Theory]
    [InlineData("Because Rust, which the Linux kernel now accepts, is memory-safe, Google rewrote the Android Bluetooth stack from scratch.")]
    [InlineData("Because SQLite, which ships inside every phone, stores everything in one file, developers can copy a whole database with a single command.")]
    public void R4_ABecauseClauseFollowedByANamedSubjectsMainClause_ShouldStandAlone(string sentence)
        => Assert.False(Summarizer.LeansOnThePrevious(sentence));

    // R5: WholeClauseOfCut's new aside rule assumes the aside "adds to a clause already whole", but an aside opens as often
    // right after a subject; cut there, what comes before it is a noun phrase without its verb, printed as a sentence.
    [Theory]
    [InlineData("Microsoft's new storage engine for SQL Server on Azure and on Linux servers in private data centres (which runs on Linux and…")]
    [InlineData("The long-awaited rewrite of the networking stack that Firefox uses on every desktop and phone (codenamed Necko 2, and built in Rust…")]
    public void R5_ASentenceCutInsideAnAsideAfterItsSubject_ShouldGiveNoClause(string cut)
        => Assert.Null(Summarizer.WholeClauseOfCut(cut));

    // R6: CutLastSentence promises that "a sentence ending on a word of its own is whole without its stop and is not cut",
    // but EndsInMidClause reads any word of Words.Function as a cut, and that list holds object pronouns ("it", "them",
    // "this", "that"): a whole last sentence that ends "... love it" is cut back to its previous clause.
    [Fact]
    public void R6_ALastSentenceEndingOnAnObjectPronoun_ShouldNotBeCutToAClause()
    {
        var article = Normalized("Scheduler notes",
            "I am upset about this one : I have a hard time not seeing this as negligence, and it starts to become a pattern...<br><br>" +
            "The team said on Tuesday that the new scheduler halves tail latency on machines with many cores, and early users love it");
        Assert.DoesNotContain("many cores.", Summary(article).Text, StringComparison.Ordinal);
    }

    // R7: Words.IsQuoted (now the one quotation test, used by PointsBack) counts every straight double quote as a quotation
    // mark, so an inch mark ('the 13" model') opens a "quotation" that never closes and every demonstrative after it
    // stops pointing back: a sentence that leans on the one before it is printed alone.
    [Fact]
    public void R7_AnInchMark_ShouldNotHideADemonstrativeThatPointsBack()
    {
        Assert.True(Summarizer.PointsBack("After a week with the smaller laptop, I am more confident than ever that at least someone is looking into these things."));
        Assert.True(Summarizer.PointsBack("After a week with the 13\" laptop, I am more confident than ever that at least someone is looking into these things."));
    }
}

/// <summary>Review 37: HTML reading findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review37HtmlTests
{
    // R8: HidesByStyle reads a bare opacity:0 as hidden (only with a transform is it "an animation's first frame"), but a
    // fade-in is the commonest scroll effect and needs no transform: Webflow writes style="opacity:0" with a data-w-id on
    // every element its interactions fade in, so a fetched page's whole article body reads as empty.
    [Fact]
    public void R8_AFadeInsFirstFrame_ShouldKeepItsText()
    {
        var text = HtmlText.ToPlainText("<div data-w-id=\"6a1f2c\" style=\"opacity:0\"><p>The new storage engine cuts the cost of keeping old snapshots by more than half.</p></div>");
        Assert.Contains("The new storage engine cuts the cost", text, StringComparison.Ordinal);
    }
}
