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

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
