using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed that aggregates several sites is read site by site for the names after its titles: one maker's posts all ended
/// in " | Boston Dynamics", a third of the feed's titles, and kept it (held-out review 98, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SiteSuffixesInAnAggregatorTests
{
    private static Article Item(int n, string title, string site)
        => new() { Id = $"a{n}", FeedUrl = "https://aggregator.example/robots.xml", Title = title, Link = $"https://www.{site}/post/{n}" };

    [Fact]
    public void ASitesSharedSuffix_ShouldGo_WhereTheFeedMixesSites()
    {
        var stripped = FeedTitleSuffixes.Strip([
            Item(0, "Making our humanoid see the world | Acme Robotics", "acme-robotics.example"),
            Item(1, "Life outside the box for warehouse workers | Acme Robotics", "acme-robotics.example"),
            Item(2, "A retrospective on uses of our quadruped | Acme Robotics", "acme-robotics.example"),
            Item(3, "Humanoid robots enter the car factory", "other-a.example"),
            Item(4, "Field trial of a tracked robot ends", "other-b.example"),
            Item(5, "New gripper picks up eggs without breaking them", "other-c.example"),
            Item(6, "A robot dog learns to climb stairs", "other-d.example"),
            Item(7, "Warehouse robots cut picking times in half", "other-e.example"),
            Item(8, "Quarterly results of a robot maker", "other-f.example"),
        ]);
        Assert.Equal("Making our humanoid see the world", stripped[0].Title);
        Assert.Equal("A retrospective on uses of our quadruped", stripped[2].Title);
        Assert.Equal("Humanoid robots enter the car factory", stripped[3].Title);
    }

    [Fact]
    public void AFewTitlesSharingASuffix_InAFeedOfOneSite_ShouldKeepIt()
    {
        // What must not change: a feed of one site where a few headlines share a suffix keeps them (a series' habit).
        var titles = new[]
        {
            "Rust 1.80 is out | release notes", "Rust 1.81 is out | release notes", "Why we rewrote the parser", "A tour of the new borrow checker",
            "Our plans for the next edition", "Faster builds with the new linker", "How the compiler team works",
        };
        var stripped = FeedTitleSuffixes.Strip([.. titles.Select((t, i) => Item(i, t, "lang.example"))]);
        Assert.Equal(titles, stripped.Select(a => a.Title));
    }
}
