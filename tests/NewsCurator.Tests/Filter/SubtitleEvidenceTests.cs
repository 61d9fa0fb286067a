using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// What shows a feed's habit of subtitles without a stop, and what votes against it (review 48, R1, R3, R13): three teasers
/// of one site in an aggregator, cut on a word boundary, are too few to tell from subtitles; a subtitle that ends on an
/// "-ing" noun ("machine learning", "everything") or a text that ends in a bracketed label ("[video]") is no cut.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SubtitleEvidenceTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string feed, string title, string text, int n, string? site = null)
        => new() { Id = $"{feed}-{n}", FeedUrl = feed, Title = title, Text = text, Link = $"https://{site ?? new Uri(feed).Host}/story/{n}", Language = "en" };

    private static (string Rule, string Reason)? Verdict(IReadOnlyList<Article> items, Article article)
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var item in items) deks.Add(item);
        return Rules.CheckContent(article, deks);
    }

    [Fact]
    public void ThreeTeasersOfOneSiteInAnAggregator_CutWithoutAMark_ShouldStayHeldToTheLength()
    {
        const string feed = "https://digest.example/all.xml";
        List<Article> items =
        [
            Item(feed, "Chip maker unveils its fastest accelerator for data centers", "The new part doubles memory bandwidth over the last generation and ships to cloud customers this autumn, the firm told analysts that its next", 0, "www.chipwire.example"),
            Item(feed, "Regulator opens an inquiry into a satellite operator's outage", "Engineers traced the failure to a faulty software update pushed to the ground stations overnight, according to a letter sent by the regulator's deputy", 1, "www.chipwire.example"),
            Item(feed, "Open compiler project adds support for a new class of processors", "Contributors say the change lets developers target accelerators from several vendors with one toolchain and write code that runs on any modern", 2, "www.chipwire.example"),
            Item(feed, "Robot arm startup", "", 3, "arms.example"),
            Item(feed, "Weekly lab notes", "", 4, "labnotes.example"),
            Item(feed, "Sensor fusion", "", 5, "fusion.example"),
            Item(feed, "Inside a battery recycling plant", string.Join(' ', Enumerable.Repeat("The plant shreds spent cells and recovers lithium, nickel and cobalt for new batteries.", 6)), 6, "recycle.example"),
            Item(feed, "Drone rules", "", 7, "drones.example"),
        ];
        Assert.All(items.Take(3), a => Assert.Equal("min_length", Verdict(items, a)?.Rule));
    }

    private static readonly (string Title, string Subtitle)[] Science =
    [
        ("Ancient seeds sprout after two thousand years in a desert cave", "Botanists coaxed date palm seeds from an archaeological dig into growing healthy young trees in a greenhouse"),
        ("A new map of the ocean floor reveals thousands of hidden volcanoes", "Satellite measurements of the sea surface let geologists find seamounts that sonar surveys had missed for decades"),
        ("Why some birds migrate at night and others fly only by day", "Tracking tags on hundreds of songbirds show that darkness helps them save water and avoid predators on long flights"),
        ("The mystery of the missing lithium in old stars may be solved", "Simulations suggest that slow mixing inside aging stars carries the light element down to where it burns away"),
        ("A cheap test spots a deadly fungus in hospital wards within hours", "Researchers built a paper strip that changes color when it detects the drug-resistant yeast on surfaces"),
        ("How bats avoid jamming each other's sonar in crowded caves", "Each animal shifts the pitch of its calls slightly when others fly nearby, a study of a colony of millions found"),
        ("Glaciers in the Alps lost a record share of their ice this year", "A hot summer and a winter of little snow stripped a tenth of the remaining volume from the mountain range's glaciers"),
        ("Engineers grow a living skin for robot fingers in the lab", "The cultured tissue heals small cuts on its own and gives a robot's fingertip a soft and sensitive surface"),
    ];

    [Fact]
    public void SubtitlesEndingOnAnIngNoun_ShouldNotCountAsCuts()
    {
        const string feed = "https://science.example/feed.xml";
        var items = Science.Select((x, i) => Item(feed, x.Title, x.Subtitle, i)).ToList();
        items.Add(Item(feed, "A small lab is quietly rethinking how computers learn from data", "Its researchers argue that a handful of old ideas from statistics could reshape the foundations of machine learning", 8));
        items.Add(Item(feed, "A single new chip design could change how phones are built", "Engineers say that folding memory and logic into one layer of silicon could change almost everything", 9));
        Assert.All(items, a => Assert.Null(Verdict(items, a)));
    }

    [Fact]
    public void SubtitlesBesideTeasersCutOnAParticipleThatLeadsOn_ShouldStayHeldToTheLength()
    {
        // What must not change: "... is making", "... by using" end a cut, and two such in ten veto the habit.
        const string feed = "https://science.example/cut.xml";
        var items = Science.Select((x, i) => Item(feed, x.Title, x.Subtitle, i)).ToList();
        items.Add(Item(feed, "A small lab is quietly rethinking how computers learn from data", "Its researchers argue that a handful of old ideas from statistics explain the progress the field is making", 8));
        items.Add(Item(feed, "A single new chip design could change how phones are built", "Engineers folded memory and logic into one layer of silicon and cut the power the phone draws by using", 9));
        Assert.All(items, a => Assert.Equal("min_length", Verdict(items, a)?.Rule));
    }

    [Fact]
    public void ATextEndingInABracketedLabel_ShouldNotVetoAFeedsSubtitles_ButABracketedCutMarkShould()
    {
        const string feed = "https://science.example/video.xml";
        var items = Science.Take(5).Select((x, i) => Item(feed, x.Title, x.Subtitle, i)).ToList();
        var labelled = items.Append(Item(feed, "Watch a swarm of tiny robots build a bridge across a gap", "The robots link their bodies into a chain that others can cross, as the team's footage shows [video]", 5)).ToList();
        Assert.All(labelled.Take(5), a => Assert.Null(Verdict(labelled, a)));

        var cut = items.Append(Item(feed, "Watch a swarm of tiny robots build a bridge across a gap", "The robots link their bodies into a chain that others can cross, as the team's footage [Read more…]", 5)).ToList();
        Assert.All(cut.Take(5), a => Assert.Equal("min_length", Verdict(cut, a)?.Rule));
    }
}
