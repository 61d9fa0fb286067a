using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A notice of a meeting or an event on a date ahead is an event, and lapses once that date is past: an agenda for a sold-out
/// meetup "on 13 November" was typed opinion and ranked 3.5 months later (held-out review 111, F2), a project meeting that
/// "will be Wednesday, April 3 at 8pm UTC" went out 313 days later (held-out review 112, F4). A report of an event, and a
/// report that dates the next edition, stay stories.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DatedEventNoticeTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);

    private const string Story = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    private static Article Item(string title, string text, DateTimeOffset? published = null)
        => new() { Id = "notice", FeedUrl = "Z", Title = title, Text = text, Published = published };

    public static TheoryData<string, string, int, int, int> Notices => new()
    {
        { "Our next cross-council data event on 21 March with HMRC", "The programme is now up on our ticketing page, with talks on data sharing and a panel. Our event on 21 March is already fully booked, but you can join the waiting list.", 3, 10, 12 },
        { "Live demos of the new tracker features at May 7 community meeting", "Our regular monthly community meeting call for May will be Tuesday, May 7 at 6pm UTC / 2pm EDT. We will show the new triage views, so don't miss it. Watch live on our channel.", 5, 7, 1 },
        { "February Tracker Meeting will be February 12", "Our meetings are usually on the first Wednesday of the month, but many people are away then, so we will hold it a week later. Details are on the wiki.", 12, 28, 47 },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public void ANoticeOfADatedEvent_ShouldBeAnEvent_UntilItsDate(string title, string text, int month, int day, int shelf)
    {
        var item = Item(title, text, new DateTimeOffset(2025, month, day, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(ContentTypes.Event, ContentTypeCues.Apply(item, new ArticleScore { Id = "notice", ContentType = ContentTypes.Opinion }).ContentType);
        Assert.Equal(shelf, TimeBoundNotices.ShelfDays(item));
    }

    [Fact]
    public void ANoticeOfADatedEvent_MonthsLater_ShouldTakeNoPlace()
    {
        var articles = Enumerable.Range(0, 4).ToDictionary(i => $"now{i}", i => new Article { Id = $"now{i}", FeedUrl = $"F{i}", Title = $"Current story number {i} about compilers {i}", Text = Story, Published = AsOf.AddDays(-1 - i) });
        articles["notice"] = Item("Our next cross-council data event on 21 November with HMRC", "The programme is now up on our ticketing page, with talks on data sharing and a panel.", AsOf.AddDays(-30));
        var scores = articles.Keys.Select(id => new ArticleScore { Id = id, TechRelevanceScore = id == "notice" ? 9.4 : 6.0, QualityScore = 7.0 }).ToList();
        Assert.Equal("expired_notice", Selector.Choose(articles, scores, new PipelineConfig(), AsOf).Decisions.Single(d => d.ArticleId == "notice").Rule);
    }

    [Theory]
    [InlineData("Reporting back on our interoperability and open standards event", "The community recently attended a morning of talks at our office on interoperability. The speakers covered data standards, API design and documentation.")]
    [InlineData("Language Summit 2025 report", "The summit met in Pittsburgh in May and drew 300 people. Next year's summit will be held on May 3 in Lisbon, and talks are open for proposals.")]
    [InlineData("What we learned from our meeting with users", "We held a meeting on 4 March with twelve users of the service. They told us the forms were too long, so we cut three pages.")]
    public void AReportOfAnEvent_ShouldStayAStory(string title, string text)
    {
        var item = Item(title, text, new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
        Assert.Null(ContentTypeCues.AnnouncedEventDate(item));
        Assert.Equal(ContentTypes.News, ContentTypeCues.Apply(item, new ArticleScore { Id = "notice", ContentType = ContentTypes.News }).ContentType);
        Assert.Null(TimeBoundNotices.ShelfDays(item));
    }
}
