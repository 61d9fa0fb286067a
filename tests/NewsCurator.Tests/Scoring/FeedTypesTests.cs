using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>An item the type head was unsure of takes its feed's usual type, where the feed's sure items agree on one.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedTypesTests
{
    [Fact]
    public void Usual_NeedsEnoughSureItemsOfOneType()
    {
        Assert.Equal(ContentTypes.News, FeedTypes.Usual([ContentTypes.News, ContentTypes.News, ContentTypes.News], 5));
        Assert.Null(FeedTypes.Usual([ContentTypes.News, ContentTypes.News], 5)); // too few to speak for the rest
        Assert.Null(FeedTypes.Usual([ContentTypes.News, ContentTypes.News, ContentTypes.News, ContentTypes.Opinion, ContentTypes.Opinion], 5)); // mixed
        Assert.Equal(ContentTypes.News, FeedTypes.Usual([.. Enumerable.Repeat(ContentTypes.News, 9), ContentTypes.Opinion], 5));
        Assert.Equal(ContentTypes.News, FeedTypes.Usual([ContentTypes.News, ContentTypes.News, ContentTypes.News, ContentTypes.Other, ContentTypes.Other], 5));
    }

    [Fact]
    public void Usual_NeverLendsWhatAnItemIsMadeOfOrWhoPaidForIt()
    {
        Assert.Null(FeedTypes.Usual(Enumerable.Repeat(ContentTypes.Podcast, 5), 5));
        Assert.Null(FeedTypes.Usual(Enumerable.Repeat(ContentTypes.Sponsored, 5), 5));
        Assert.Null(FeedTypes.Usual(Enumerable.Repeat(ContentTypes.Job, 5), 5));
    }

    [Fact]
    public void Usual_NeedsSureItemsToBeAQuarterOfTheFeed()
    {
        // Forty-seventh held-out review, F1: three sure "release" items of eighteen made a newsletter's issues releases.
        Assert.Null(FeedTypes.Usual(Enumerable.Repeat(ContentTypes.News, 3), 18));
        Assert.Equal(ContentTypes.News, FeedTypes.Usual(Enumerable.Repeat(ContentTypes.News, 5), 18));
        Assert.Equal(ContentTypes.Release, FeedTypes.Usual(Enumerable.Repeat(ContentTypes.Release, 10), 12)); // a releases feed
        var tally = new FeedTypeTally();
        foreach (var i in Enumerable.Range(1, 3)) tally.Add(Item($"s{i}", "newsletter"), Score($"s{i}", ContentTypes.News));
        foreach (var i in Enumerable.Range(1, 15)) tally.Add(Item($"u{i}", "newsletter"), Score($"u{i}", ContentTypes.Other, ContentTypes.Tutorial));
        Assert.Equal(ContentTypes.Other, tally.Apply(Item("u1", "newsletter"), Score("u1", ContentTypes.Other, ContentTypes.Tutorial)).ContentType);
    }

    [Theory]
    [InlineData("AWS open source newsletter #205", ContentTypes.Other)]
    [InlineData("Welcome to issue 12 of the Rust digest", ContentTypes.Other)]
    [InlineData("This Week in Rust, Issue 590", ContentTypes.Other)]
    [InlineData("Rust 1.90.0 released", ContentTypes.Release)]
    // Hostile-input audit 38, H7: a version is no issue's number.
    [InlineData("Roundup 2.5.0 released", ContentTypes.Release)]
    [InlineData("Ghost 6.0 released: newsletter 2.0 and more", ContentTypes.Release)]
    [InlineData("Fixes for issue #4521 ship in v2.3", ContentTypes.Release)]
    public void AnIssueOfANewsletter_ShouldBeNoRelease(string title, string expected)
        => Assert.Equal(expected, ContentTypeCues.Apply(Item("n", "site") with { Title = title }, Score("n", ContentTypes.Release)).ContentType);

    private static Article Item(string id, string feed) => new() { Id = id, FeedUrl = feed, Title = $"Story {id}", Link = $"https://{feed.Replace(':', '-')}.example/{id}" };

    private static ArticleScore Score(string id, string type, string? guess = null) => new()
        { Id = id, TechRelevanceScore = 8, QualityScore = 6, ContentType = type, TypeGuess = guess };

    [Fact]
    public void Tally_GivesAnUnsureItemItsFeedsUsualType_AndSaysWhy_ButNoItemWithoutAGuess()
    {
        var tally = new FeedTypeTally();
        foreach (var i in Enumerable.Range(1, 4)) tally.Add(Item($"n{i}", "news-site"), Score($"n{i}", ContentTypes.News));
        tally.Add(Item("b1", "blog"), Score("b1", ContentTypes.Tutorial));

        var unsure = tally.Apply(Item("u", "news-site"), Score("u", ContentTypes.Other, ContentTypes.Opinion));
        Assert.Equal(ContentTypes.News, unsure.ContentType);
        Assert.Contains(unsure.Reasons, r => r.Contains("its feed's usual type (4 of the feed's 4", StringComparison.Ordinal) && r.Contains("'opinion'", StringComparison.Ordinal));

        // The head's own "other" (no guess), another feed's item, a feed with too few sure items: as they were.
        Assert.Equal(ContentTypes.Other, tally.Apply(Item("o", "news-site"), Score("o", ContentTypes.Other)).ContentType);
        Assert.Equal(ContentTypes.Other, tally.Apply(Item("x", "elsewhere"), Score("x", ContentTypes.Other, ContentTypes.News)).ContentType);
        Assert.Equal(ContentTypes.Other, tally.Apply(Item("b2", "blog"), Score("b2", ContentTypes.Other, ContentTypes.Tutorial)).ContentType);
    }

    [Fact]
    public void Cues_ThatSettleAType_DropTheHeadsGuess_AndOthersKeepIt()
    {
        var episode = Item("e", "show") with { EnclosureType = "audio/mpeg" };
        var cued = ContentTypeCues.Apply(episode, Score("e", ContentTypes.Other, ContentTypes.News));
        Assert.Equal((ContentTypes.Podcast, (string?)null), (cued.ContentType, cued.TypeGuess));
        var plain = ContentTypeCues.Apply(Item("p", "site"), Score("p", ContentTypes.Other, ContentTypes.News));
        Assert.Equal((ContentTypes.Other, ContentTypes.News), (plain.ContentType, plain.TypeGuess));
    }

    [Fact]
    public async Task Select_PassesTheFeedsUsualTypeOnToTheSelectedStory()
    {
        // Thirty-eighth held-out review, F4: a news site's story the head was unsure of was printed in "Also worth a look",
        // after every typed section, though its feed's sure stories were all news.
        var articles = Enumerable.Range(1, 5).Select(i => Item($"a{i}", "file:///feeds/news.xml")).ToList();
        var scores = articles.Select((a, i) => i < 4 ? Score(a.Id, ContentTypes.News) : Score(a.Id, ContentTypes.Other, ContentTypes.Research)).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { PerFeedCap = 10 } };
        var input = articles.Zip(scores).ToList();
        var selector = new Selector(config);
        var result = await selector.ChooseAsync(() => input.ToAsyncEnumerable(), _ => { });
        var chosen = result.Selected.Single(s => s.Article.Id == "a5");
        Assert.Equal(ContentTypes.News, chosen.Score.ContentType);
    }
}
