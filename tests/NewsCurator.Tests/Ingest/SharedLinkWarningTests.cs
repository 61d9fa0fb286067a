using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Items of one feed that share one link all but one go as duplicate_url; the feed's owner hears it once, with the link
/// and the count, instead of a healthy "ok" (thirteenth held-out review, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SharedLinkWarningTests
{
    private static Task<(FeedOutcome Outcome, List<Article> Articles)> IngestAtom(string home, params (string Id, string Title, string Link)[] entries)
        => StaticFetcher.IngestAsync(new FeedSource("https://scraper.example.net/feed.atom"),
            $"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Jane's Articles</title><link href="{home}"/>"""
            + string.Concat(entries.Select(e => $"""<entry><id>{e.Id}</id><title>{e.Title}</title><link href="{e.Link}"/><content type="html">&lt;p&gt;Notes on {e.Title}.&lt;/p&gt;</content></entry>"""))
            + "</feed>");

    private static IEnumerable<string> Shared(FeedOutcome outcome) => outcome.Warnings.Where(w => w.Contains("share one link", StringComparison.Ordinal));

    [Fact]
    public async Task EntriesAllPointingAtAProfilePage_ShouldBeNamedOnce_AndAllKeptByIngest()
    {
        const string profile = "https://pages.example.com/@jane";
        var (outcome, articles) = await IngestAtom("https://pages.example.com/@jane",
            (profile, "Tuning small models", profile), (profile, "Caching embeddings", profile), (profile, "Reading traces", profile));
        // Ingest drops nothing: Filter's dedupe decides, and the warning says what it will do.
        Assert.Equal(3, articles.Count);
        Assert.Equal(
            "all 3 items share one link (https://pages.example.com/@jane): the feed points its stories at one page (its home or profile page?), "
            + "so all but one were dropped as duplicates; check the feed",
            Assert.Single(Shared(outcome)));
    }

    [Fact]
    public async Task EntriesPointingAtTheFeedsHomePage_ShouldSayItIsOne()
    {
        var (outcome, _) = await IngestAtom("https://blog.example.org/",
            ("a", "First note", "https://blog.example.org/"), ("b", "Second note", "https://blog.example.org"));
        Assert.StartsWith("all 2 items share one link (https://blog.example.org/): the feed points its stories at one page (its home or profile page?)", Assert.Single(Shared(outcome)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeEntriesSharingAStorysLink_ShouldBeCounted_WithoutCallingItAProfile()
    {
        var (outcome, _) = await IngestAtom("https://blog.example.org/",
            ("a", "Launch day", "https://blog.example.org/posts/launch"),
            ("b", "Launch day, part two", "https://blog.example.org/posts/launch"),
            ("c", "Roadmap", "https://blog.example.org/posts/roadmap"),
            ("d", "Retrospective", "https://blog.example.org/posts/retro"));
        Assert.Equal(
            "2 of 4 items share one link (https://blog.example.org/posts/launch): the feed points several stories at one page, so all but one were dropped as duplicates; check the feed",
            Assert.Single(Shared(outcome)));
    }

    [Fact]
    public async Task SeveralSharedLinks_ShouldNameTheLargestAndCountTheRest()
    {
        var (outcome, _) = await IngestAtom("https://blog.example.org/",
            ("a", "One", "https://blog.example.org/x/1"), ("b", "Two", "https://blog.example.org/x/1"), ("c", "Three", "https://blog.example.org/x/1"),
            ("d", "Four", "https://blog.example.org/x/2"), ("e", "Five", "https://blog.example.org/x/2"));
        Assert.Equal(
            "3 of 5 items share one link (https://blog.example.org/x/1): the feed points several stories at one page, so all but one were dropped as duplicates "
            + "(1 more link is shared by several items); check the feed",
            Assert.Single(Shared(outcome)));
    }

    [Fact]
    public async Task ItemsWithTheirOwnLinks_ShouldHearNothing()
    {
        // A one-segment path is how many blogs address a post: distinct ones are distinct stories.
        var (outcome, articles) = await IngestAtom("https://blog.example.org/",
            ("a", "One", "https://blog.example.org/first-post"), ("b", "Two", "https://blog.example.org/second-post"),
            ("c", "Three", "https://blog.example.org/posts/3"));
        Assert.Equal(3, articles.Count);
        Assert.Empty(Shared(outcome));
    }

    [Fact]
    public void AStorysOwnAddressOneSegmentDeep_ShouldNotBeCalledAProfile()
    {
        var articles = new[] { "https://blog.example.org/launch-day", "https://blog.example.org/launch-day" }
            .Select((link, i) => new Article { Id = $"id{i}", FeedUrl = "https://blog.example.org/feed", Title = $"T{i}", Text = "x", Link = link }).ToList();
        Assert.Contains("the feed points several stories at one page,", FeedWarnings.SharedLink(articles, "https://blog.example.org/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntriesAllCarryingOneTitle_ShouldBeNamedOnce_AndNotWhenTitlesDiffer()
    {
        // Twenty-eighth held-out review, F9: a scraped changelog whose every entry is titled with the page's label.
        const string label = "Choose Details to find the latest versions and information about the changes in this release.";
        var (outcome, articles) = await IngestAtom("https://dev.example.com/",
            ("a", label, "https://dev.example.com/changelog/2026-10-01"), ("b", label, "https://dev.example.com/changelog/2026-10-08"),
            ("c", label, "https://dev.example.com/changelog/2026-10-15"));
        Assert.Equal(3, articles.Count);
        // Each item is headed by its own text, not by the page's label.
        Assert.All(articles, a => Assert.StartsWith("Notes on Choose Details", a.Title, StringComparison.Ordinal));
        Assert.Contains(outcome.Warnings, w => w.StartsWith("all 3 items share one title ('Choose Details to find", StringComparison.Ordinal)
                                              && w.EndsWith("ask the publisher for item titles", StringComparison.Ordinal));

        var (varied, _) = await IngestAtom("https://dev.example.com/",
            ("a", label, "https://dev.example.com/c/1"), ("b", label, "https://dev.example.com/c/2"), ("c", "Go SDK 41.0 released", "https://dev.example.com/c/3"));
        Assert.DoesNotContain(varied.Warnings, w => w.Contains("share one title", StringComparison.Ordinal));
    }
}
