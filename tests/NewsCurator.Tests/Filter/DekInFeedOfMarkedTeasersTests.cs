using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A feed whose teasers are cut with their mark ("... for the...") is a feed of unfinished texts, though each ends on a stop:
/// its one finished dek is the story told in brief, to score (held-out review 95, F4: an EV site's finished deks beside
/// its "..." teasers were held to the full length). A cut teaser itself stays held to it, and so does a short note in a
/// feed of finished posts.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DekInFeedOfMarkedTeasersTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string feed, string title, string text, int n)
        => new() { Id = $"{feed}-{n}", FeedUrl = feed, Title = title, Text = text, Link = $"https://{new Uri(feed).Host}/post/{n}", Language = "en" };

    private static (string Rule, string Reason)? Verdict(IReadOnlyList<Article> items, Article article)
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var item in items) deks.Add(item);
        return Rules.CheckContent(article, deks);
    }

    private const string Feed = "https://volts.example/feed/";

    private static List<Article> Teasers() =>
    [
        Item(Feed, "Carmaker starts testing hands-free driving on highways", "The company said on Tuesday that its newest sedan will drive itself on mapped highways while the...", 0),
        Item(Feed, "Charging network adds a thousand fast chargers this spring", "A charging network operator plans to open a thousand new stalls across the region before the...", 1),
        Item(Feed, "Electric bus maker opens its second factory in the south", "The new plant will build up to two thousand buses a year, and the company expects its first...", 2),
    ];

    [Fact]
    public void AFinishedDekAmongTeasersCutWithTheirMark_ShouldReachScoring()
    {
        var dek = Item(Feed, "Automaker is recalling nearly eighty thousand EVs over faulty battery modules",
            "A defect in some battery modules can cause a sudden loss of drive power, and owners will get free replacements.", 3);
        Assert.Null(Verdict([.. Teasers(), dek], dek));
    }

    [Fact]
    public void AFinishedDekAmongCutTeasers_ShouldBeMarkedToldOnItsOwn_AndAFeedsDekNot()
    {
        // Select holds the first to a higher bar (Article.ToldOnItsOwn); a dek its feed's habit admits is not marked.
        var dek = Item(Feed, "Automaker is recalling nearly eighty thousand EVs over faulty battery modules",
            "A defect in some battery modules can cause a sudden loss of drive power, and owners will get free replacements.", 3);
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var item in Teasers().Append(dek)) deks.Add(item);
        Assert.True(deks.IsToldOnItsOwn(dek));

        const string lab = "https://lab.example/news.xml";
        List<Article> labItems =
        [
            Item(lab, "Our newest model is now generally available to all developers", "The model that was in preview for three months is now stable and ready for production use.", 0),
            Item(lab, "A smaller model for phones arrives with half the latency", "The compact model runs on recent phones and answers twice as fast as the one it replaces.", 1),
            Item(lab, "We are opening a research office in a second country this year", "The new office will host forty researchers working on safety and evaluation of large models.", 2),
        ];
        var labDeks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var item in labItems) labDeks.Add(item);
        Assert.Null(Rules.CheckContent(labItems[0], labDeks));
        Assert.False(labDeks.IsToldOnItsOwn(labItems[0]));
    }

    [Fact]
    public void ACutTeaser_ShouldStayHeldToTheFullLength()
    {
        var items = Teasers();
        Assert.Equal("min_length", Verdict(items, items[0])?.Rule);
    }

    [Fact]
    public void AShortNoteInAFeedOfFinishedPosts_ShouldStayHeldToTheFullLength()
    {
        // What must not change: a blog's texts end on a stop; its short note is held to the length.
        const string blog = "https://notes.example/rss";
        var body = string.Join(' ', Enumerable.Repeat("We rebuilt the ingestion service over six weeks and measured every stage before and after the change.", 4));
        List<Article> items =
        [
            Item(blog, "Rebuilding the ingestion service in six weeks", body, 0),
            Item(blog, "How we sped up our build pipeline by half", body, 1),
            Item(blog, "Lessons from migrating three hundred tables at once", body, 2),
            Item(blog, "A quick note on our new office hours for the team", "We now hold office hours every Thursday afternoon for anyone with questions about the platform.", 3),
        ];
        Assert.Equal("min_length", Verdict(items, items[3])?.Rule);
    }
}
