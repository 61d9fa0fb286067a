using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Posts alike in words that are not one story: one feed's issues of a series a month apart (held-out review 119, F2), two
/// title-only posts under one headline at two links months apart (review 118, F7), and title-less photo posts with no words of
/// their own (review 117, F4). Copies of one story (a repost, another feed's copy, a same-day update) are still dropped.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SeriesEpisodesDedupeTests
{
    private const string Feed = "https://os.example.org/rss.xml";

    private const string Opening = "Welcome to a new issue of \"This Month in X\". In these posts, we give a regular overview of notable changes in the X "
        + "operating system development ecosystem. This series is openly developed on GitHub and contributions are welcome from everyone.";

    private static Article Item(string id, string title, string text, string link, string published, string feed = Feed)
        => new()
        {
            Id = id, FeedUrl = feed, Title = title, Text = text, Link = link, CanonicalUrl = link,
            Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        };

    private static List<Decision> Dropped(params Article[] items) => new Deduplicator(3).Run(items).Dropped;

    [Fact]
    public void TwoMonthlyIssuesOfOneFeed_WithOneText_ShouldBothStay()
    {
        // The finding's probe: same 300-character text, titles differing only in the month, five weeks apart.
        Assert.Empty(Dropped(
            Item("may", "This Month in X (May 2020)", Opening, "https://os.example.org/this-month/2020-05/", "2020-06-07T00:00:00Z"),
            Item("june", "This Month in X (June 2020)", Opening, "https://os.example.org/this-month/2020-06/", "2020-07-12T00:00:00Z")));
    }

    [Fact]
    public void TwoMonthlyIssuesOfOneFeed_WithOneOpening_ShouldNotBeNearDuplicates()
    {
        Assert.Empty(Dropped(
            Item("may", "This Month in X (May 2020)", Opening + " This month the bootloader gained UEFI support.", "https://os.example.org/this-month/2020-05/", "2020-06-07T00:00:00Z"),
            Item("june", "This Month in X (June 2020)", Opening + " This month the allocator gained a slab cache.", "https://os.example.org/this-month/2020-06/", "2020-07-12T00:00:00Z")));
    }

    [Fact]
    public void NumberedPartsOfOneFeed_WeeksApart_ShouldBothStay()
    {
        Assert.Empty(Dropped(
            Item("p2", "Progress Report 2018 Part 2", Opening, "https://emu.example.org/entry/progress-report-2018-p2/", "2018-08-01T00:00:00Z"),
            Item("p3", "Progress Report 2018 Part 3", Opening, "https://emu.example.org/entry/progress-report-2018-p3/", "2018-09-12T00:00:00Z")));
    }

    [Fact]
    public void AnOrdinalOrAMonthThatCountsNoIssue_ShouldNotMakeASeries()
    {
        // Code review 52, R7: "First" and "Second" before no issue's noun, and "May" beside no number, are words of the title;
        // one text under them weeks apart is one story posted again.
        Assert.Single(Dropped(
            Item("first", "First look at the new X scheduler", Opening, "https://os.example.org/first-look/", "2020-06-07T00:00:00Z"),
            Item("second", "Second look at the new X scheduler", Opening, "https://os.example.org/second-look/", "2020-07-12T00:00:00Z")));
        // Before an issue's noun an ordinal counts the series.
        Assert.Empty(Dropped(
            Item("e1", "X handbook, first edition notes", Opening, "https://os.example.org/handbook-1/", "2020-06-07T00:00:00Z"),
            Item("e2", "X handbook, second edition notes", Opening, "https://os.example.org/handbook-2/", "2020-07-12T00:00:00Z")));
    }

    [Fact]
    public void AnotherFeedsCopyOfAnIssue_ShouldStillBeDropped()
    {
        // Syndicated under another month's title is no series of the copy's own feed: the body rule keeps one.
        Assert.Single(Dropped(
            Item("may", "This Month in X (May 2020)", Opening, "https://os.example.org/this-month/2020-05/", "2020-06-07T00:00:00Z"),
            Item("copy", "This Month in X (June 2020)", Opening, "https://planet.example.net/x-june/", "2020-07-12T00:00:00Z", feed: "https://planet.example.net/rss")));
    }

    [Fact]
    public void TwoTitleOnlyPostsUnderOneHeadline_MonthsApart_AtTwoLinks_ShouldBothStay()
    {
        // Held-out review 118, F7's probe: two papers, one headline, no text.
        Assert.Empty(Dropped(
            Item("news8", "Paper Accepted at ACM IMWUT (Ubicomp) 2019", "", "https://lab.example.edu/news/news8/", "2019-09-08T00:00:00Z"),
            Item("news1", "Paper Accepted at ACM IMWUT (Ubicomp) 2019", "", "https://lab.example.edu/news/news1/", "2019-06-03T00:00:00Z")));
    }

    [Fact]
    public void TwoTitleOnlyCopiesOfOneHeadline_OfOneDay_ShouldStillBeDropped()
    {
        Assert.Single(Dropped(
            Item("a", "Rust 1.80 brings lazy cells and exclusive ranges", "", "https://blog.example.org/rust-180/", "2024-07-25T10:00:00Z"),
            Item("b", "Rust 1.80 brings lazy cells and exclusive ranges", "", "https://news.example.net/rust-180/", "2024-07-25T12:00:00Z", feed: "https://news.example.net/rss")));
    }

    [Fact]
    public void AStoryPostedAgainWithItsText_MonthsApart_ShouldStillBeDropped()
    {
        // A story's text and title given again at another link is the story again, whatever its date: only title-only posts are spared.
        Assert.Single(Dropped(
            Item("a", "How we cut our build times by three quarters", Opening, "https://blog.example.org/build-times/", "2024-01-10T00:00:00Z"),
            Item("b", "How we cut our build times by three quarters", Opening, "https://blog.example.org/build-times-again/", "2024-04-10T00:00:00Z")));
    }

    [Fact]
    public void TitleLessPhotoPostsOfTwoSites_ShouldNotBeDuplicateContent()
    {
        // Held-out review 117, F4: each is "(untitled)" with no text; they are known by their links.
        var dropped = Dropped(
            Item("a", "(untitled)", "", "https://snarfed.example.org/2017-10-31_photo/", "2017-10-31T00:00:00Z", feed: "https://snarfed.example.org/feed"),
            Item("b", "(untitled)", "", "https://snarfed.example.org/2017-11-06_photo/", "2017-11-06T00:00:00Z", feed: "https://snarfed.example.org/feed"),
            Item("c", "(untitled)", "", "https://brandon.example.net/2023/10/24/photo/", "2023-10-24T00:00:00Z", feed: "https://brandon.example.net/feed.json"));

        Assert.DoesNotContain(dropped, d => d.Rule == "duplicate_content");
    }

    [Fact]
    public void TwoUntitledPostsAtOneLink_ShouldStillBeOne()
    {
        var dropped = Dropped(
            Item("a", "(untitled)", "", "https://snarfed.example.org/2017-10-31_photo/", "2017-10-31T00:00:00Z"),
            Item("b", "(untitled)", "", "https://snarfed.example.org/2017-10-31_photo/", "2017-10-31T00:00:00Z", feed: "https://planet.example.net/rss"));

        Assert.Equal("duplicate_url", Assert.Single(dropped).Rule);
    }
}
