using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// What a shard's deadline leaves for the next run (hostile-input audit 50, H2): the feeds it left unread are asked for
/// first, a feed it cuts off mid-read run after run is asked for last, and only one that read for a whole request's time
/// before the cut is charged toward its back-off. Asked in the shard's order every run, the feeds behind one that ran out
/// the clock were never read, and the one that did was never charged. The clock here moves only when a feed says so.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ShardReadingOrderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("shard-order-").FullName;
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_root, recursive: true);


    private static readonly FeedSource[] Shard =
        [new("https://a.example/feed"), new("https://slow.example/feed"), new("https://c.example/feed")];

    /// <summary>One run of the shard, one feed at a time (fetch.timeout_seconds 20): the hosts in the order asked, and the outcomes.</summary>
    private Task<(List<string> Asked, List<FeedOutcome> Outcomes)> Run(string runId, TimeSpan slowReads)
        => new SlowShard(_root, _clock, Shard).RunAsync(runId, TimeSpan.FromHours(1), uri => uri.Host == "slow.example", slowReads);

    private Task<FeedState> State(string host) => new SlowShard(_root, _clock, Shard).StateAsync($"https://{host}/feed");

    [Fact]
    public async Task TheFeedsADeadlineLeftWaiting_ShouldBeAskedForFirstNextRun_AndTheFeedItCutOffLastAfterTwoRuns()
    {
        var moments = TimeSpan.FromSeconds(1);
        Assert.Equal(["a.example", "slow.example"], (await Run("run-1", moments)).Asked);
        Assert.NotNull((await State("c.example")).LeftUnreadAt);

        Assert.Equal(["c.example", "slow.example"], (await Run("run-2", moments)).Asked);
        Assert.Null((await State("c.example")).LeftUnreadAt);

        // Cut off twice in a row: the others go first; the one left waiting last run (a) before them.
        var (asked, outcomes) = await Run("run-3", moments);
        Assert.Equal(["a.example", "c.example", "slow.example"], asked);
        Assert.Contains("it is read after the shard's other feeds", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal([FeedStatus.Ok, FeedStatus.Error, FeedStatus.Ok], outcomes.Select(o => o.Status));
    }

    [Fact]
    public async Task AFeedCutOffMomentsIntoItsRead_RunAfterRun_ShouldNeverBeChargedAFailure()
    {
        // It could be any feed that happened to be asked for as the deadline came: it held nobody's time.
        foreach (var run in new[] { "run-1", "run-2", "run-3", "run-4" })
            await Run(run, TimeSpan.FromSeconds(1));
        var slow = await State("slow.example");
        Assert.Equal(0, slow.ConsecutiveFailures);
        Assert.Null(slow.LastAttemptAt);
        Assert.Equal(4, slow.DeadlineCuts);
    }

    [Fact]
    public async Task AFeedThatHoldsTheDeadlineRunAfterRun_ShouldCountAsFailedFromItsSecondRun_AndBeBackedOff()
    {
        var minute = TimeSpan.FromMinutes(1);
        await Run("run-1", minute);
        Assert.Equal(0, (await State("slow.example")).ConsecutiveFailures);
        await Run("run-2", minute);
        Assert.Equal(1, (await State("slow.example")).ConsecutiveFailures);
        Assert.Equal(0, (await State("c.example")).ConsecutiveFailures);
        var (_, outcomes) = await Run("run-3", minute);
        Assert.Contains("counts as a failed read toward its back-off", outcomes[1].Error, StringComparison.Ordinal);
        await Run("run-4", minute);
        Assert.Equal(3, (await State("slow.example")).ConsecutiveFailures);

        // Backed off (fetch.backoff_after_failures 3): the others are read, the slow feed is not asked for.
        var (asked, backedOff) = await Run("run-5", minute);
        Assert.Equal(["a.example", "c.example"], asked);
        Assert.Equal([FeedStatus.Ok, FeedStatus.BackedOff, FeedStatus.Ok], backedOff.Select(o => o.Status));
    }

    [Fact]
    public async Task ARetriedStep_ShouldAskInTheSameOrder_AndChargeTheSlowFeedOnce()
    {
        var minute = TimeSpan.FromMinutes(1);
        await Run("run-1", minute);
        var first = await Run("run-2", minute);
        var retried = await Run("run-2", minute);
        Assert.Equal(first.Asked, retried.Asked);
        Assert.Equal(1, (await State("slow.example")).ConsecutiveFailures);
        Assert.Equal(2, (await State("slow.example")).DeadlineCuts);
    }

    [Fact]
    public async Task AFeedReadWhole_ShouldLoseItsPlaceAtTheFront()
    {
        await Run("run-1", TimeSpan.FromSeconds(1));
        await Run("run-2", TimeSpan.FromSeconds(1));
        var c = await State("c.example");
        Assert.Null(c.LeftUnreadAt);
        Assert.Equal(0, c.DeadlineCuts);
        Assert.NotNull(c.LastSuccessAt);
    }
}
