using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit51;

/// <summary>
/// Hostile-input audit 51 of session 42's rules (git diff e739d8db..19008a34): the shard's reading order
/// (<c>IngestStage.ReadingOrderAsync</c>, <c>LeftUnreadAsync</c>) (H1). Each test fails on the code as audited. Report: AUDIT51.md.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit51ShardOrderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("audit51-shard-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Two feeds that each hold the shard's whole clock whenever they are asked (a host that trickles its bytes).
    private static readonly FeedSource[] Shard =
        [new("https://a.example/feed"), new("https://slow1.example/feed"), new("https://slow2.example/feed"), new("https://c.example/feed")];

    private async Task<List<string>> Run(string runId)
        => (await new SlowShard(_root, _clock, Shard).RunAsync(runId, TimeSpan.FromHours(1), uri => uri.Host.StartsWith("slow", StringComparison.Ordinal), TimeSpan.FromMinutes(1))).Asked;

    private Task<FeedState> State(string host) => new SlowShard(_root, _clock, Shard).StateAsync($"https://{host}/feed");

    [Fact]
    public async Task TwoFeedsThatEachHoldTheDeadline_ShouldNotStarveTheFeedBehindThem_RunAfterRun()
    {
        // Each slow feed, left waiting behind the other, has its streak of cuts reset to 0 and so goes first again the run
        // after: they take turns at the front and c.example is never asked for, while neither is ever charged a failure.
        var asked = new List<List<string>>();
        foreach (var run in new[] { "run-1", "run-2", "run-3", "run-4", "run-5" })
            asked.Add(await Run(run));
        Assert.NotNull((await State("c.example")).LastSuccessAt);
    }

    [Fact]
    public async Task AFeedThatHeldTheDeadlineTwice_ShouldNotGoBackToTheFront_AfterOneRunLeftWaiting()
    {
        for (var run = 1; run <= 4; run++) await Run($"run-{run}");
        var slow = new[] { await State("slow1.example"), await State("slow2.example") };
        // Four runs, each ended by one of the two: together they held the clock four times.
        Assert.True(slow.Sum(s => s.ConsecutiveFailures) > 0 || slow.Any(s => s.DeadlineCuts >= 2),
            $"cuts {slow[0].DeadlineCuts}/{slow[1].DeadlineCuts}, failures {slow[0].ConsecutiveFailures}/{slow[1].ConsecutiveFailures}");
    }
}
