using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 118, F1: a lab's symposium notice opened on its dateline ("October 18th, 2024, 9:00 AM - 5:30 PM" over
/// "John Crerar Library, Room 390") and went out untyped ten months after its day. A dateline with its year and a time's
/// range, or with a time under a title that names a university's gathering (symposium, colloquium, seminar, talk, thesis
/// defence), dates an event, which lapses the day after. Held-out review 117, F3: an h-event's "When: 2017-11-01 17:30…19:30"
/// beside its "Where:" does the same. An article's own time stamp, a report that dates a day gone by, and a dateline with no
/// time date no event.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DatelineEventNoticeTests
{
    private const string Symposium = "October 18th, 2024, 9:00 AM - 5:30 PM\nJohn Crerar Library, Room 390\nThe Symposium on Communication & Intelligence is a place to discuss how to think about communication and intelligence in an age of machines that talk back.";

    private static readonly DateTimeOffset Posted = new(2024, 9, 18, 12, 0, 0, TimeSpan.Zero);

    private static Article Item(string title, string text, DateTimeOffset? published = null)
        => new() { Id = "notice", FeedUrl = "https://lab.example/news/index.xml", Title = title, Text = text, Published = published ?? Posted };

    private static string? TypeOf(Article item, string guessed = ContentTypes.Other)
        => ContentTypeCues.Apply(item, new ArticleScore { Id = item.Id, ContentType = guessed }).ContentType;

    [Fact]
    public void ASymposiumsDateline_ShouldMakeAnEvent_ThatLapsesTheDayAfter()
    {
        var item = Item("A Symposium on Communication & Intelligence", Symposium);
        Assert.Equal(ContentTypes.Event, TypeOf(item));
        Assert.Equal(31, TimeBoundNotices.ShelfDays(item));
    }

    [Theory]
    [InlineData("CS Colloquium: Verified Compilers at Scale", "Friday, March 7, 2025, 3:30 PM\nGates 104\nOur speaker shows how a verified compiler was scaled to a production code base.", 2025, 2, 20, 16)]
    [InlineData("PhD Thesis Defense: Learning to Route", "12 May 2025, 14:00\nRoom 2.14\nThe candidate presents four years of work on routing in learned networks.", 2025, 5, 1, 12)]
    [InlineData("Homebrew Website Club SF", "When: 2017-11-01 17:30…19:30\nWhere: Mozilla San Francisco\nHost: Tantek\nDemos of personal website breakthroughs.", 2017, 10, 29, 4)]
    public void OtherDatedNotices_ShouldBeEvents_UntilTheirDay(string title, string text, int year, int month, int day, int shelf)
    {
        var item = Item(title, text, new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(ContentTypes.Event, TypeOf(item));
        Assert.Equal(shelf, TimeBoundNotices.ShelfDays(item));
    }

    [Fact]
    public void ASymposiumTenMonthsPast_ShouldTakeNoPlace()
    {
        var asOf = new DateTimeOffset(2025, 8, 20, 6, 0, 0, TimeSpan.Zero);
        var articles = Enumerable.Range(0, 4).ToDictionary(i => $"now{i}", i => new Article { Id = $"now{i}", FeedUrl = $"F{i}", Title = $"Current story number {i} about compilers {i}", Text = "The release rewrites the scheduler that every worker thread uses to pick its next task, and benchmarks show lower tail latency.", Published = asOf.AddDays(-1 - i) });
        articles["notice"] = Item("A Symposium on Communication & Intelligence", Symposium);
        var scores = articles.Keys.Select(id => new ArticleScore { Id = id, TechRelevanceScore = id == "notice" ? 9.4 : 6.0, QualityScore = 7.0, ContentType = id == "notice" ? ContentTypes.Event : ContentTypes.News }).ToList();
        Assert.Equal("expired_notice", Selector.Choose(articles, scores, new PipelineConfig(), asOf).Decisions.Single(d => d.ArticleId == "notice").Rule);
    }

    [Theory]
    // A story's own stamp: one time, no gathering in the title.
    [InlineData("Chip maker cuts its forecast as demand slows", "October 18, 2024, 9:00 AM EDT\nThe company said on Friday that orders for its data-centre parts fell for a second quarter.", ContentTypes.News)]
    // A dateline without a time.
    [InlineData("Seminar notes: what we learned about sparse attention", "October 18th, 2024\nThese are my notes from the reading group, with the papers we covered and what we made of them.", ContentTypes.Opinion)]
    // A date in the body of a report.
    [InlineData("How we moved our CI to ARM runners", "We started the move on October 18th, 2024, 9:00 AM - 5:30 PM was the window, and everything went fine. This post explains what changed.", ContentTypes.News)]
    // Code review 52, R1: "talks" and "defence" are news words; only an invited talk or a thesis defence is a gathering.
    [InlineData("OpenAI in talks to acquire Windsurf for $3 billion", "May 6, 2025, 9:00 AM ET\nOpenAI has agreed to buy the coding assistant, people familiar with the matter said.", ContentTypes.News)]
    [InlineData("US and China trade talks on chip export controls set for Geneva", "US-China trade talks will be held on May 10 in Geneva, officials said, with chip export controls at the top of the agenda.", ContentTypes.News)]
    [InlineData("Defence ministry signs cloud contract", "March 3, 2025, 10:00 AM\nThe ministry said the contract moves its email and documents to a sovereign cloud by 2027.", ContentTypes.News)]
    public void NoDatelineEvent_ShouldKeepItsType(string title, string text, string type)
    {
        var item = Item(title, text);
        Assert.Equal(type, TypeOf(item, type));
        Assert.Null(ContentTypeCues.AnnouncedEventDay(item));
    }

    [Fact]
    public void ADatelineOfADayWellBeforeThePost_ShouldDateNoEvent()
    {
        var item = Item("A Symposium on Communication & Intelligence: the recordings", Symposium, new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero));
        Assert.Null(ContentTypeCues.AnnouncedEventDay(item));
        Assert.Null(TimeBoundNotices.ShelfDays(item));
    }
}
