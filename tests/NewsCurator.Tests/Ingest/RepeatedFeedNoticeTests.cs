using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A notice a feed gives as every item's whole text ("please visit our site to read this feature") is the publisher's word
/// about its feed, not a dek (held-out review 113, F4): the items are the titles they are.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RepeatedFeedNoticeTests
{
    private const string Notice = "Comic fans - Please visit comics.example.com to read this strip. Because our feed has changed, each entry now links to the site.";

    private static List<Article> Feed(params string[] texts)
        => texts.Select((t, i) => new Article { Id = $"id{i}", FeedUrl = "https://comics.example.com/feed", Title = $"Strip for March {i + 1}, 2026", Link = $"https://comics.example.com/strip/{i}", Text = t }).ToList();

    [Fact]
    public void ANoticeThatIsEveryItemsText_ShouldBeEmptied()
    {
        var stripped = FeedBoilerplate.Strip(Feed(Notice, Notice, Notice, Notice, Notice));

        Assert.All(stripped, a => Assert.Equal("", a.Text));
    }

    [Fact]
    public void ItemsWithTextsOfTheirOwn_ShouldKeepThem_BesideTheNotice()
    {
        const string own = "Today the strip's author answers readers' letters about the long-running office storyline and what comes next for it.";
        var stripped = FeedBoilerplate.Strip(Feed(Notice, Notice, Notice, own));

        Assert.Equal(["", "", "", own], stripped.Select(a => a.Text));
    }

    [Fact]
    public void TwoItemsSharingAText_ShouldKeepIt()
    {
        const string other = "A new release of the library fixes the parser's handling of nested lists and adds a streaming reader for large files.";
        const string third = "The maintainers describe how they moved the project's continuous integration to a cheaper runner without slower builds.";
        var feed = Feed(Notice, Notice, other, third);

        Assert.Equal(feed.Select(a => a.Text), FeedBoilerplate.Strip(feed).Select(a => a.Text));
    }

    [Fact]
    public void OneLongTextUnderSeveralTitles_ShouldStay_ForDedupeToKeepOnce()
    {
        // A post given again under new titles is a story, not a notice: emptied, every copy fell to min_length and the story with them.
        const string post = "The team moved its build cache to a shared store and cut a clean build of the monorepo from forty minutes to nine. "
            + "Remote execution came next: the slowest test shards now run on spare machines overnight. The post lists the three settings that "
            + "mattered most and the one that made builds flaky until it was reverted.";
        var feed = Feed(post, post, post, post);

        Assert.Equal(feed.Select(a => a.Text), FeedBoilerplate.Strip(feed).Select(a => a.Text));
    }

    [Fact]
    public void AShopsPromoLineOnEveryItem_ShouldStay_ForTheAdRulesToRead()
    {
        // A publisher's deal feed gives one promo line as each book's whole text: it is the shop's ad, not its word about the feed
        // (review of session 51, R2).
        const string promo = "Use code SPRINGREADS at checkout for 40% off the ebook and video bundle. This week only, while the sale lasts.";
        var feed = new[] { "Learning Rust the Hard Way", "Kubernetes Patterns, 3rd Edition", "Practical SQL Tuning", "Designing Data Pipelines" }
            .Select((t, i) => new Article { Id = $"b{i}", FeedUrl = "https://books.example.com/deals/rss", Title = t, Link = $"https://books.example.com/deal/{i}", Text = promo })
            .ToList();

        Assert.Null(FeedBoilerplate.FeedNotice(feed));
        // Its recurring close may go as a footer does; the offer stays for ContentRules and DealPosts.
        Assert.All(FeedBoilerplate.Strip(feed, out var notice), a => Assert.Contains("40% off", a.Text, StringComparison.Ordinal));
        Assert.Null(notice);
    }

    [Fact]
    public void Strip_ShouldReturnTheNoticeItEmptied()
    {
        // The ingest stage warns of the notice Strip emptied, without finding it again (review of session 51, R13).
        var stripped = FeedBoilerplate.Strip(Feed(Notice, Notice, Notice, "A letter from the strip's author about what comes next for the office storyline."), out var notice);

        Assert.Equal((Notice, 3), notice);
        Assert.Equal("", stripped[0].Text);
    }
}
