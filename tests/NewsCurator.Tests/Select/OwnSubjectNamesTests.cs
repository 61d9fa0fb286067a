using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A name is rare by the titles of other feeds than the two stories' own: a site about one company names it all day, and
/// Apple Maps' ads from 9to5Mac and from TechCrunch (cosine 0.86, one day) shared only "Maps" as a rare name beside it, and
/// were printed twice (held-out review 68, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OwnSubjectNamesTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 24, 15, 0, 0, TimeSpan.Zero);

    private const string MacMaps = "Ads are coming to Apple Maps in the US and Canada this summer with a privacy-centric focus - 9to5Mac";
    private const string CrunchMaps = "Ads are coming to Apple Maps, as Apple expands its business offerings";

    /// <summary>The run's titles naming Apple, by feed, as the held-out run scored them (the Maps pair apart).</summary>
    private static readonly (string Site, string Title)[] AppleTitles =
    [
        ("9to5mac.com", "Apple takes aim at Google Workspace and Microsoft 365 with new hosted business email - 9to5Mac"),
        ("9to5mac.com", "Apple Business Essentials goes free as Apple merges enterprise tools into Apple Business - 9to5Mac"),
        ("9to5mac.com", "Apple TV has three hit series now up for prestigious new awards - 9to5Mac"),
        ("cnet.com", "Unpacking WWDC: Did Apple wow you? (The 3:59, Ep. 61)"),
        ("cnet.com", "Apple to app makers: Come on in! OK, now stop right there"),
        ("techcrunch.com", "Meet the former Apple designer building a new AI interface at Hark"),
        ("wired.com", "Apple May Have Figured Out the iPhone's Most Promising Feature"),
    ];

    private static Article Story(string id, string site, string title, string text) => new()
    {
        Id = id, FeedUrl = $"https://{site}/feed", FeedHome = $"https://{site}", Title = title, Text = text, Link = $"https://{site}/{id}", Published = Day,
    };

    private static Article MacMapsStory() => Story("mac", "9to5mac.com", MacMaps,
        "Apple is launching a new local advertising platform for Apple Maps this summer, allowing businesses in the US and Canada to reach customers while maintaining strict user privacy.");

    private static Article CrunchMapsStory() => Story("crunch", "techcrunch.com", CrunchMaps,
        "Apple Maps will launch ads this summer in the U.S. and Canada. Plus, a new suite of Apple Business offerings arrives April 14.");

    /// <summary>
    /// A 9to5Mac story at embedding e0 and TechCrunch's Maps story at <paramref name="cosine"/> to it, beside the run's other
    /// Apple titles and filler to the run's 73 titles, each at an embedding of its own.
    /// </summary>
    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(Article mac, double cosine)
    {
        var crunch = CrunchMapsStory();
        var rest = AppleTitles.Where(t => t.Title != mac.Title).Select((t, i) => Story($"apple{i}", t.Site, t.Title, t.Title + "."))
            .Concat(Enumerable.Range(0, 64).Select(i => Story($"f{i}", $"filler{i % 8}.example", $"Security roundup {i}: patch critical flaws in servers", "Patch them.")))
            .ToList();
        var dimensions = rest.Count + 2;
        float[] Basis(int i) { var v = new float[dimensions]; v[i] = 1; return v; }
        var crunchEmbedding = Basis(0);
        (crunchEmbedding[0], crunchEmbedding[1]) = ((float)cosine, (float)Math.Sqrt(1 - cosine * cosine));
        var pool = new List<(Article Article, ArticleScore Score)>
        {
            (mac, new ArticleScore { Id = mac.Id, TechRelevanceScore = 9, QualityScore = 8, Embedding = Basis(0) }),
            (crunch, new ArticleScore { Id = crunch.Id, TechRelevanceScore = 8.9, QualityScore = 8, Embedding = crunchEmbedding }),
        };
        pool.AddRange(rest.Select((a, i) => (a, new ArticleScore { Id = a.Id, TechRelevanceScore = 5, QualityScore = 5, Embedding = Basis(i + 2) })));
        var (selected, decisions, _) = Selector.Choose(pool.ToDictionary(p => p.Article.Id, p => p.Article), pool.Select(p => p.Score).ToList(), new PipelineConfig());
        return (selected, decisions);
    }

    [Fact]
    public void OneEventFromTwoPublishers_NamedByTheSubjectOneFeedNamesAllDay_ShouldBePrintedOnce()
    {
        var (selected, decisions) = Choose(MacMapsStory(), 0.86);

        Assert.DoesNotContain(selected, s => s.Id == "crunch");
        var drop = decisions.Single(d => d.ArticleId == "crunch");
        Assert.Equal(("same_story", "mac"), (drop.Rule, drop.DuplicateOf));
        Assert.Contains("'Apple', 'Maps'", drop.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // Two other Apple stories of 9to5Mac's that day: each shares one name, "Apple", with TechCrunch's Maps story and stays its own.
    [InlineData("Apple takes aim at Google Workspace and Microsoft 365 with new hosted business email - 9to5Mac")]
    [InlineData("Apple Business Essentials goes free as Apple merges enterprise tools into Apple Business - 9to5Mac")]
    public void TwoAppleStoriesOfOneDay_FromTwoFeeds_ShouldStayTwo(string macTitle)
    {
        var (selected, _) = Choose(Story("mac", "9to5mac.com", macTitle, macTitle + "."), 0.86);

        Assert.Contains(selected, s => s.Id == "mac");
        Assert.Contains(selected, s => s.Id == "crunch");
    }
}
