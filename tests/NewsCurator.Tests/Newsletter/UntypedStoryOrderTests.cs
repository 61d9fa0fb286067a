using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Newsletter;

/// <summary>
/// Held-out review 63, F8: in an issue of seven, the fourth story (a code walkthrough the type head left untyped) was printed
/// last under "Also worth a look", after the opinion pieces ranked fifth to seventh. An untyped story ranked above every story
/// of the typed sections that follow the top block follows the top stories; one ranked below some of them stays in the tail.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UntypedStoryOrderTests
{
    private static EnhancedArticle Entry(int rank, string type) => new()
    {
        Article = new Article { Id = $"id{rank}", FeedUrl = $"https://s{rank}.example/rss", FeedTitle = $"Feed {rank}", Title = $"Story {rank}", Link = $"https://s{rank}.example/{rank}", Text = "text" },
        Score = new ArticleScore { Id = $"id{rank}", ContentType = type },
        Rank = rank,
        Summary = "A summary of the story.",
        Topics = ["Software Engineering"],
        Preview = "preview",
        ReadingTimeMinutes = 3,
    };

    private static NewsletterModel Model(params string[] types)
        => NewsletterRenderer.BuildModel("Brief", "run-1", new DateTimeOffset(2026, 12, 6, 6, 0, 0, TimeSpan.Zero),
            types.Select((type, i) => Entry(i + 1, type)).ToList(), 100, 7);

    private static string[] Titles(NewsletterSection section) => section.Articles.Select(a => a.Title).ToArray();

    [Fact]
    public void AnUntypedFourthOfSeven_AboveTheOpinionPieces_FollowsTheTopStories()
    {
        var model = Model(ContentTypes.Other, ContentTypes.Other, ContentTypes.News, ContentTypes.Other, ContentTypes.Opinion, ContentTypes.Opinion, ContentTypes.Opinion);
        Assert.Equal(["Top stories", "More stories", "Opinion & analysis"], model.Sections.Select(s => s.Name));
        Assert.Equal(["Story 4"], Titles(model.Sections[1]));
        Assert.Equal(Enumerable.Range(1, 7), model.Sections.SelectMany(s => s.Articles).Select(a => a.Number));
    }

    [Fact]
    public void AnUntypedStoryBelowATypedOne_StaysInTheTail()
    {
        // Counter-example: the fifth of seven, untyped, under an opinion piece ranked fourth, is still the tail's.
        var model = Model(ContentTypes.News, ContentTypes.News, ContentTypes.News, ContentTypes.Opinion, ContentTypes.Other, ContentTypes.Opinion, ContentTypes.Other);
        Assert.Equal(["Top stories", "Opinion & analysis", "Also worth a look"], model.Sections.Select(s => s.Name));
        Assert.Equal(["Story 5", "Story 7"], Titles(model.Sections[^1]));
    }

    [Fact]
    public void UntypedStoriesWithNoTypedOneBelowThem_StayInAlsoWorthALook()
    {
        // Counter-examples: with no typed section after the top block, or only a sponsored post (printed after the tail anyway),
        // the untyped stories of the lower half keep their heading.
        var untyped = Model(ContentTypes.News, ContentTypes.News, ContentTypes.News, ContentTypes.Other, ContentTypes.Other, ContentTypes.Other, ContentTypes.Other);
        Assert.Equal(["Top stories", "Also worth a look"], untyped.Sections.Select(s => s.Name));
        var sponsored = Model(ContentTypes.News, ContentTypes.News, ContentTypes.News, ContentTypes.Other, ContentTypes.Other, ContentTypes.Other, ContentTypes.Sponsored);
        Assert.Equal(["Top stories", "Also worth a look", "Sponsored"], sponsored.Sections.Select(s => s.Name));
    }
}
