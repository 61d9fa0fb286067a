using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Hugo's default feed lists the site's pages with its posts (an empty archive page, a resume, a projects page of links):
/// judged over all items, one page defeated the verdict that the feed gives summaries, and its posts printed "1 min read"
/// (held-out review 63, F4: bugramming.rss). The verdict is taken over the posts where the items as a whole do not give it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SectionPageSummaryTests
{
    private static Article Item(string title, string path, int words) => new()
    {
        Id = path, FeedUrl = "https://bugramming.dev/index.xml", FeedHome = "https://bugramming.dev/", Title = title, Link = "https://bugramming.dev" + path,
        Text = words == 0 ? "" : string.Join(' ', Enumerable.Repeat("word", words - 1)) + " end.",
    };

    // bugramming.rss (held-out review 63): three posts' summaries of 72 to 108 words, and the site's pages.
    private static readonly Article[] Posts =
        [Item("The 2 Body Problem", "/post/the-2-body-problem-better-work-estimates-as-a-developer/", 72), Item("Fail Fast, Build Better", "/post/fail-fast-build-better/", 108),
         Item("Simplicity is Contagious", "/post/simplicity-is-contagious/", 85)];

    private static readonly Article[] Pages =
        [Item("(untitled)", "/archives/", 0), Item("Engineer & Creator of software tools Hello and welcome!", "/resume/", 109), Item("Projects", "/projects/", 4)];

    [Fact]
    public void AHugoFeedOfSummaries_ShouldGiveSummaries_ThoughItListsTheSitesPages()
        => Assert.True(IngestStage.GivesSummaries([.. Posts, .. Pages]));

    [Fact]
    public void PostsThatAreNotAllSummaries_OrTooFewBesideThePages_ShouldNotGiveSummaries()
    {
        // A whole post among them; untitled notes with text are posts (a microblog's), not pages.
        Assert.False(IngestStage.GivesSummaries([.. Posts, Item("Long read", "/post/long-read/", 640), .. Pages]));
        Assert.False(IngestStage.GivesSummaries([.. Posts, Item("(untitled)", "/2025/01/02/note.html", 20), Item("(untitled)", "/2025/01/03/note.html", 24)]));
        // Fewer than five items, or as many pages as posts: too little to tell.
        Assert.False(IngestStage.GivesSummaries([.. Posts, Pages[2]]));
        Assert.False(IngestStage.GivesSummaries([.. Posts, Pages[0], Pages[2], Item("About", "/about/", 0)]));
    }
}
