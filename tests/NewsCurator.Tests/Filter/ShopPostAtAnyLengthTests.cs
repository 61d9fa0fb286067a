using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A publisher's deal series by its weekly name is a shop's post as its daily one is (held-out review 114, F2), and a short
/// shop's post is named a deal, not a teaser whose pages its owner should read in full (F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ShopPostAtAnyLengthTests
{
    private static Article Item(string title, string text, string link = "https://books.example.com/deals/")
        => new() { Id = "a", FeedUrl = "https://books.example.com/deals/feed.xml", Title = title, Text = text, Link = link, Language = "en" };

    private static ContentRules Rules(int minLength = 300) => new(new ContentConfig { MinLength = minLength }, new AdsConfig { Patterns = [] }, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("Video Deal of the Week :: Kubernetes in Production LiveLessons by Jane Doe")]
    [InlineData("eBook Deal of the Week :: Effective Go Patterns by John Roe")]
    [InlineData("#Ebook Deal/Week: Learning Rust - Save big this week")]
    [InlineData("Deal of the Week :: Modern Compilers, Second Edition")]
    public void AWeeklyDealSeries_ShouldBeADeal(string title)
    {
        var verdict = Rules(minLength: 0).CheckAds(Item(title, "This week's featured title from our catalog, in every format, for readers of the list."));

        Assert.Equal("deal", verdict?.Rule);
    }

    [Theory]
    [InlineData("Deal of the Week: Microsoft agrees to buy a chip designer", "The software maker said on Tuesday it would pay $2 billion in cash for the startup, its largest purchase this year.")]
    [InlineData("Why the deal of the week matters for cloud buyers", "Regulators cleared the merger of two hosting companies after a year of review, with conditions on data portability.")]
    public void ANewsColumnNamedDealOfTheWeek_ShouldStayNews(string title, string text)
    {
        Assert.Null(DealPosts.Why(Item(title, text, "https://news.example.org/2026/03/deal")));
    }

    [Fact]
    public void AShortDealPost_ShouldBeNamedADeal_NotATeaser()
    {
        var verdict = Rules().CheckContent(Item("eBook Deal of the Day: Practical SQL Tuning - Only $9.99! Use code DDSQL", "Save on this title today only."));

        Assert.Equal("deal", verdict?.Rule);
        Assert.Contains("deal", ContentRules.AdRules);
    }

    [Fact]
    public void AShortNewsTeaser_WithAPercentInItsHeadline_ShouldStayATeaser()
    {
        var verdict = Rules().CheckContent(Item("Chip shares trade 10% off their high after the earnings call", "The stock fell in late trading.", "https://news.example.org/2026/03/chips"));

        Assert.Equal("min_length", verdict?.Rule);
    }

    [Fact]
    public void ADekFeedsShortDek_ShouldStillPassTheContentRules()
    {
        var deks = new DekFeeds(300);
        var items = new[]
        {
            ("Lab releases a smaller reasoning model", "The new model matches last year's flagship on coding tests at a tenth of the cost, and is available today."),
            ("Agents get a shared memory store", "Developers can now persist an agent's notes between sessions, with limits set per project and region."),
            ("Vision model reads charts", "The update lets the model answer questions about plots and tables in scanned reports, in twelve languages."),
        }.Select((t, i) => new Article { Id = $"d{i}", FeedUrl = "https://lab.example.com/news.xml", Title = t.Item1, Text = t.Item2, Link = $"https://lab.example.com/news/{i}", Language = "en" }).ToList();
        items.ForEach(deks.Add);

        Assert.All(items, a => Assert.Null(Rules().CheckContent(a, deks)));
    }
}
