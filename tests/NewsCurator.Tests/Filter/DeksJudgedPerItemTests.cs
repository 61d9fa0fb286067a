using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A publisher's dek (a finished sentence or two, or a subtitle without its stop in a feed that writes them so) is a story
/// to score whatever the feed's other items look like; a cut teaser or a label is not (held-out reviews 95 F1/F4, 96 F2,
/// 97 F6, 98 F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DeksJudgedPerItemTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string feed, string title, string text, int n, string? site = null)
        => new() { Id = $"{feed}-{n}", FeedUrl = feed, Title = title, Text = text, Link = $"https://{site ?? new Uri(feed).Host}/post/{n}", Language = "en" };

    private static (string Rule, string Reason)? Verdict(IReadOnlyList<Article> items, Article article)
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var item in items) deks.Add(item);
        return Rules.CheckContent(article, deks);
    }

    [Fact]
    public void StoplessDeksOfOneOrTwoSentences_ShouldMakeAFeedOfDeks()
    {
        // Review 95, F1: a science weekly writes its deks without a final stop, some as two sentences, one ending on "his writing".
        const string feed = "https://weekly.example/tech.xml";
        List<Article> items =
        [
            Item(feed, "Quantum sensors could spot failing bridges", "Tiny changes in magnetic fields inside steel cables can reveal corrosion long before a bridge shows any visible damage", 0),
            Item(feed, "Why ravens remember the faces of their enemies", "A decade of field experiments suggests that ravens hold grudges against particular people for years", 1),
            Item(feed, "A novelist on the science of kindness", "The author explains in an interview why empathy is so important in his writing", 2),
            Item(feed, "A battery that charges in one minute", "Engineers have built a lithium cell that charges in sixty seconds. It survived ten thousand cycles in the lab with little loss of capacity", 3),
            Item(feed, "New laser record allows a library to be sent at once",
                "Improved amplifiers can send ten times as much data through existing cables. That could give the internet's backbone a cheap upgrade without digging new trenches", 4),
        ];
        Assert.Null(Verdict(items, items[4]));
        Assert.Null(Verdict(items, items[3]));
    }

    [Fact]
    public void AFeedThatCutsItsTeasersOnWordsThatLeadOn_ShouldStayHeldToTheFullLength()
    {
        // What must not change: a feed cut without a mark ends some teasers on "the" or "by using"; its stop-less texts are cut.
        const string feed = "https://cuts.example/rss";
        List<Article> items =
        [
            Item(feed, "Rebuilding the ingestion service in six weeks", "In this post we walk through how we rebuilt the ingestion service and what the new design gives developers", 0),
            Item(feed, "How we sped up our build pipeline", "Our build pipeline took forty minutes until we found that most of the time went into the", 1),
            Item(feed, "Lessons from migrating to a new database", "We moved three hundred tables to the new database over a weekend by using", 2),
            Item(feed, "What our on-call rotation taught us", "Being on call for a year changed how the team writes alerts and reviews incidents with customers", 3),
            Item(feed, "A faster way to search our logs", "We replaced the search cluster with a columnar store and cut query times for the", 4),
        ];
        Assert.Equal("min_length", Verdict(items, items[0])?.Rule);
        Assert.Equal("min_length", Verdict(items, items[3])?.Rule);
    }

    [Fact]
    public void AFinishedDekInAFeedOfCutTeasers_ShouldReachScoring_ButNotACutTeaserOrALabel()
    {
        // Review 95, F4: a scraper cut the feed's texts mid-word; its one finished dek is the story told in brief.
        const string feed = "https://astro.example/feed.xml";
        List<Article> items =
        [
            Item(feed, "Astronomers find a strange signal from a distant star", "The signal repeats every eighteen minutes and we aren", 0),
            Item(feed, "A new telescope opens its eyes on a mountain in Chile", "The observatory took its first images last week from the summit of Cerro", 1),
            Item(feed, "Mapping the dark matter around our galaxy in detail", "For decades astronomers have tried to weigh the halo. It", 2),
            Item(feed, "Searching survey data with AI reveals a hundred new planets",
                "A new machine learning tool validates over a hundred planets and ranks thousands of candidates around stars like the Sun.", 3),
            Item(feed, "Why the Moon keeps drifting away from the Earth", "Tidal forces push the Moon about four centimetres further out every year, and...", 4),
            Item(feed, "Weekly Roundup", "Our editors pick the best space stories of the week for readers who missed them.", 5),
        ];
        Assert.Null(Verdict(items, items[3]));
        Assert.Equal("min_length", Verdict(items, items[4])?.Rule);
        Assert.Equal("min_length", Verdict(items, items[5])?.Rule);
        Assert.Equal("min_length", Verdict(items, items[0])?.Rule);
    }

    private static readonly (string Title, string Dek)[] Engine =
    [
        ("Dev snapshot: Engine 4.5 beta 2 is out for testing", "The second beta of Engine 4.5 fixes dozens of regressions reported by the community during the first beta."),
        ("Release candidate: Engine 4.4 RC 3 is ready today", "This release candidate fixes the last known blockers and should be the final one before the stable release."),
        ("Engine 4.4 is released with a new physics backend", "After a year of work the new physics backend is the default, with faster collisions and fewer jitter bugs."),
    ];

    [Fact]
    public void ADekWithAShortSecondSentence_ShouldBeToldInBrief_ButNotOneThatPointsToTheRest()
    {
        // Review 96, F2: "... custom shaders. Here is why." was held to the full length for its second sentence.
        const string feed = "https://engine.example/news.xml";
        var items = Engine.Select((x, i) => Item(feed, x.Title, x.Dek, i)).ToList();
        var whyPost = Item(feed, "Reversing the depth buffer (sorry for breaking your shaders)", "We are breaking compatibility for some custom shaders. Here is why.", 7);
        var pointer = Item(feed, "Our plans for the editor in the coming year", "We are rebuilding the editor's docking system from scratch. Read more.", 8);
        Assert.Null(Verdict([.. items, whyPost], whyPost));
        Assert.Equal("min_length", Verdict([.. items, pointer], pointer)?.Rule);
    }

    [Fact]
    public void ASubtitleInAFeedThatFinishesSomeDeksAndNotOthers_ShouldBeADek()
    {
        // Review 97, F6: a publisher finished some deks and not others; its protocol story was held to the full length.
        const string feed = "https://chain.example/feed";
        List<Article> items =
        [
            Item(feed, "Friday charts: good news in spite of the headlines", "Markets had a rough week, but the on-chain data tells a calmer story.", 0),
            Item(feed, "Stablecoin supply hits a new record this month", "The total supply of dollar stablecoins passed a new high on Tuesday.", 1),
            Item(feed, "Validators vote to raise the network's gas limit", "Most validators now signal support for a higher limit on each block", 2),
            Item(feed, "Why restaking protocols are consolidating this year", "Three of the five largest restaking platforms merged their operator sets", 3),
            Item(feed, "A lending market is making native yield a reality", "The protocol introduces a loss-free pool design that already dominates lending liquidity", 4),
        ];
        Assert.Null(Verdict(items, items[4]));
    }

    [Fact]
    public void AnAggregatorsSiteWithDeks_ShouldBeJudgedOnItsOwnItems_AndOnePostPerSiteOnTheFeed()
    {
        // Review 98, F3: a robot maker's dek posts sat beside other makers' title-only and date-only items in one feed.
        const string feed = "https://aggregator.example/robots.xml";
        List<Article> items =
        [
            Item(feed, "Making Our Robot See", "Our perception team explains how the humanoid combines cameras and depth sensors to map a cluttered warehouse.", 0, "robotmaker.example"),
            Item(feed, "Three Ways Robots See", "Stereo cameras, lidar and structured light each give a robot a different picture of the world around it.", 1, "robotmaker.example"),
            Item(feed, "Life Outside the Box", "Warehouse workers tell us how the robots changed which jobs they do and which they no longer have to.", 2, "robotmaker.example"),
            Item(feed, "Robots", "Robots", 3, "other-a.example"),
            Item(feed, "Humanoid update", "Humanoid update", 4, "other-b.example"),
            Item(feed, "Field trial news", "11/09/2025", 5, "other-c.example"),
            Item(feed, "Field trial results", "12/09/2025", 6, "other-c.example"),
            Item(feed, "Field trial photos", "13/09/2025", 7, "other-c.example"),
        ];
        Assert.Null(Verdict(items, items[0]));
        Assert.Null(Verdict(items, items[2]));

        // One post per site shows no site's habit: the feed's count judges them, as before.
        var spread = Enumerable.Range(0, 5).Select(i => Item(feed, $"News item number {i}", $"{10 + i}/09/2025", i, $"site{i}.example"))
            .Append(Item(feed, "Making Our Robot See", "Our perception team explains how the humanoid combines cameras and depth sensors to map a cluttered warehouse.", 9, "robotmaker.example")).ToList();
        Assert.Equal("min_length", Verdict(spread, spread[^1])?.Rule);
    }
}
