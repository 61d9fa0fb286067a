using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;

namespace NewsCurator.Tests.Support;

/// <summary>
/// A clock whose timers fire only when a test says so: a shard's deadline is the one timer Ingest makes, so no test waits on
/// wall time. Given a start, it also stands still until <see cref="Advance"/> moves it (a feed that reads for a while);
/// without one it reads the system's time.
/// </summary>
public sealed class ManualClock(DateTimeOffset? start = null) : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State)> _timers = [];
    private DateTimeOffset? _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_timers) return _now ?? base.GetUtcNow();
    }

    public override long TimestampFrequency => _now is null ? base.TimestampFrequency : TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now is null ? base.GetTimestamp() : GetUtcNow().UtcTicks;

    /// <summary>Moves a standing clock on.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_timers) _now = (_now ?? throw new InvalidOperationException("only a clock given a start stands still to be moved")) + by;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_timers) _timers.Add((callback, state));
        return new NoTimer();
    }

    public void FireAll()
    {
        List<(TimerCallback Callback, object? State)> due;
        lock (_timers) due = [.. _timers];
        foreach (var (callback, state) in due) callback(state);
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// Answers every feed with a small RSS document at once, except the slow ones: each reads for <paramref name="slowReads"/>
/// (a standing clock moves on), ends the shard's time and then hangs until cancelled.
/// </summary>
public sealed class SlowHostFetcher(ManualClock clock, Func<Uri, bool> isSlow, TimeSpan slowReads = default) : IFeedFetcher
{
    /// <summary>The addresses asked for, in order.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>The hosts asked, in order.</summary>
    public List<string> AskedHosts { get { lock (Asked) return [.. Asked.Select(a => new Uri(a).Host)]; } }

    public async Task<FetchResult> FetchAsync(Uri uri, ConditionalRequest? conditional, CancellationToken ct)
    {
        lock (Asked) Asked.Add(uri.ToString());
        if (isSlow(uri))
        {
            if (slowReads > TimeSpan.Zero) clock.Advance(slowReads);
            clock.FireAll();
            await Task.Delay(Timeout.Infinite, ct);
        }
        var body = Feeds.Rss(uri.Host, ($"Compilers at {uri.Host}", $"https://{uri.Host}/post-1",
            "<p>A body long enough to be an article about compilers, their passes and the registers they allocate.</p>"));
        return new FetchResult { Status = FeedStatus.Ok, Body = Encoding.UTF8.GetBytes(body), FinalUri = uri, ETag = "\"v2\"" };
    }

    public void Dispose() { }
}
