using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A re-run of an id keeps its start time. One whose issue never went out remembers what later runs sent; one whose
/// issue went out reproduces it (hostile-input audit 30, H2: readers got a later issue's stories twice).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SentMemoryRerunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sent-memory-").FullName;

    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);

    private static Article Story(string title) => new() { Id = title, FeedUrl = "https://f.example/feed", Title = title, CanonicalUrl = $"https://f.example/{title.Replace(' ', '-')}" };

    private async Task<FileBlobStore> WithTuesdaySent()
    {
        var blobs = new FileBlobStore(_root);
        var story = Story("Open weights model runs on one GPU");
        await blobs.WriteJsonAsync(SentMemory.Key("tuesday"), new SentRecord("tuesday", Monday.AddDays(1), [new SentStory(story.Id, story.CanonicalUrl, SentMemory.TitleHash(story.Title), story.Title)]));
        return blobs;
    }

    [Fact]
    public async Task ARerunOfAnIssueThatNeverWentOut_ShouldRememberWhatALaterRunSent()
    {
        var blobs = await WithTuesdaySent();

        var memory = await SentMemory.LoadAsync(blobs, "monday", Monday, 3, 3, default, clock: Monday.AddDays(1).AddHours(2));

        Assert.Equal("already_sent", memory.Check(Story("Open weights model runs on one GPU"))?.Rule);
    }

    [Fact]
    public async Task ARerunOfAnIssueThatWentOut_ShouldReproduceIt_AndARecordFromTheFutureIsNoRecord()
    {
        var blobs = await WithTuesdaySent();
        await blobs.WriteJsonAsync(SentMemory.Key("monday"), new SentRecord("monday", Monday, []));

        var rerun = await SentMemory.LoadAsync(blobs, "monday", Monday, 3, 3, default, clock: Monday.AddDays(1).AddHours(2));
        Assert.Null(rerun.Check(Story("Open weights model runs on one GPU")));

        // A record dated after the present is a wrong clock's.
        var early = await SentMemory.LoadAsync(new FileBlobStore(_root), "sunday", Monday.AddDays(-1), 3, 3, default, clock: Monday.AddDays(-1).AddHours(1));
        Assert.Null(early.Check(Story("Open weights model runs on one GPU")));
    }

    [Fact]
    public async Task YesterdaysTextUnderANewTitleAndAddress_ShouldBeRememberedAsSent()
    {
        // Hostile-input audit 31, H5: the same text, byte for byte, under a new title and URL was mailed again the next day.
        var blobs = new FileBlobStore(_root);
        var sent = Story("Open weights model runs on one GPU") with { Text = Feeds.AiBody };
        await blobs.WriteJsonAsync(SentMemory.Key("tuesday"), new SentRecord("tuesday", Monday.AddDays(1),
            [new SentStory(sent.Id, sent.CanonicalUrl, SentMemory.TitleHash(sent.Title), sent.Title, SentMemory.TextHash(sent.Text))]));

        var memory = await SentMemory.LoadAsync(blobs, "wednesday", Monday.AddDays(2), 3, 3, default);

        var again = memory.Check(Story("Open weights model on one GPU: what developers need to know") with { Text = Feeds.AiBody });
        Assert.Equal("already_sent", again?.Rule);
        Assert.Contains("the same text under another title", again!.Reason, StringComparison.Ordinal);
        // A title sharing no word with the one sent is another item over the feed's fixed text (a show's next episode).
        Assert.Null(memory.Check(Story("You will not believe what this small team shipped") with { Text = Feeds.AiBody }));
        // Another story, and a record written before texts were remembered, are no match.
        Assert.Null(memory.Check(Story("Kernel 6.19 released with a new scheduler") with { Text = Feeds.AiBody + " Another story entirely, told at length." }));
        var old = await WithTuesdaySent();
        Assert.Null((await SentMemory.LoadAsync(old, "wednesday", Monday.AddDays(2), 3, 3, default)).Check(Story("A third title about nothing sent") with { Text = "x" }));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
