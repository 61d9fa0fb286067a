using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Two feeds of one shard that each trickle their bytes until the shard's deadline (hostile-input audit 51, H1): left
/// waiting behind the other, a slow feed kept its place at the front only because waiting ended its streak of cuts, so the
/// two took turns holding the clock, the feeds behind them were never read again, and neither was ever charged. A run left
/// waiting now neither adds to a feed's cuts nor ends them; only a whole read does.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TwoSlowFeedsReadingOrderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("two-slow-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly FeedSource[] Shard =
    [
        new("https://x.example/rss"), new("https://stall1.example/rss"), new("https://y.example/rss"),
        new("https://stall2.example/rss"), new("https://z.example/rss"),
    ];

    /// <summary>One run, one feed at a time (fetch.timeout_seconds 20); the hosts <paramref name="slow"/> names read for a minute and then hang.</summary>
    private async Task<List<string>> Run(string runId, params string[] slow)
        => (await new SlowShard(_root, _clock, Shard).RunAsync(runId, TimeSpan.FromHours(2), uri => slow.Contains(uri.Host), TimeSpan.FromMinutes(1))).Asked;

    private Task<FeedState> State(string host) => new SlowShard(_root, _clock, Shard).StateAsync($"https://{host}/rss");

    private static readonly string[] BothSlow = ["stall1.example", "stall2.example"];

    [Fact]
    public async Task TwoFeedsThatHoldTheClock_ShouldLetEveryOtherFeedBeReadWithinThreeRuns_AndBothBeChargedWithinFour()
    {
        for (var run = 1; run <= 3; run++) await Run($"run-{run}", BothSlow);
        foreach (var host in new[] { "x.example", "y.example", "z.example" })
            Assert.NotNull((await State(host)).LastSuccessAt);

        await Run("run-4", BothSlow);
        Assert.Equal(1, (await State("stall1.example")).ConsecutiveFailures);
        Assert.Equal(1, (await State("stall2.example")).ConsecutiveFailures);
    }

    [Fact]
    public async Task ASlowFeedLeftWaitingBehindTheOther_ShouldKeepItsCut_AndBeAskedAfterTheFeedsNeverCut()
    {
        Assert.Equal(["x.example", "stall1.example"], await Run("run-1", BothSlow));
        Assert.Equal(["y.example", "stall2.example"], await Run("run-2", BothSlow));
        Assert.Equal(1, (await State("stall1.example")).DeadlineCuts);

        // Cut once and left waiting once: behind the feeds only ever left waiting, ahead of the one read whole (y).
        Assert.Equal(["z.example", "x.example", "stall1.example"], await Run("run-3", BothSlow));
        Assert.Equal(1, (await State("stall2.example")).DeadlineCuts);
    }

    [Fact]
    public async Task AFeedReadWholeAfterACut_ShouldStartAfresh_AndNotBeChargedForItsNextCut()
    {
        // What must not change: a whole read ends the streak, so one slow run after it is a first cut again, uncharged.
        await Run("run-1", "stall1.example");
        await Run("run-2");
        Assert.Equal(0, (await State("stall1.example")).DeadlineCuts);
        await Run("run-3", "stall1.example");
        var stall = await State("stall1.example");
        Assert.Equal(1, stall.DeadlineCuts);
        Assert.Equal(0, stall.ConsecutiveFailures);
    }
}
