using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Filter;

/// <summary>
/// Not one feed of the run could be read: the run stops at Filter, naming the first errors, instead of going on to
/// render and mail an empty "quiet day" issue to every reader (audit hostile13: an unparsable fetch.user_agent
/// failed every shard, and the run exited 0 with an empty issue drafted).
/// </summary>
public sealed class NoFeedReadException(string message) : Exception(message);

public static class NoFeedRead
{
    private const int ErrorsNamed = 3;

    /// <summary>
    /// Throws <see cref="NoFeedReadException"/> when the run has feeds and none was read (each failed, or is backed off
    /// after failing before). A feed that answered "not modified" was read: a quiet day of unchanged feeds is real.
    /// Reads one shard's outcomes at a time, so it stays small at any feed count.
    /// </summary>
    /// <param name="listed">The feeds StartRun listed for the run: outcomes for none of them is no feed read either.</param>
    public static async Task ThrowIfNoneReadAsync(IBlobStore blobs, RunPaths paths, int listed, CancellationToken ct)
    {
        int feeds = 0, failed = 0;
        var firstErrors = new List<string>();
        foreach (var key in await blobs.ListAsync(paths.RawPrefix, ct))
        {
            if (!key.EndsWith(".feeds.json", StringComparison.Ordinal)) continue;
            foreach (var outcome in await blobs.ReadRequiredJsonAsync<List<FeedOutcome>>(key, ct))
            {
                feeds++;
                if (outcome.Status is FeedStatus.Ok or FeedStatus.NotModified) return;
                failed++;
                if (firstErrors.Count < ErrorsNamed)
                    firstErrors.Add($"{UrlDisplay.Of(outcome.FeedUrl)}: {Words.Truncate(outcome.Error ?? outcome.Status, 300)}");
            }
        }
        if (feeds == 0 && listed > 0)
            throw new NoFeedReadException($"Ingest recorded no outcome for any of the run's {listed} feeds (nothing under {paths.RawPrefix}), so there is " +
                "no newsletter to make and nothing is sent; run Ingest again (start the run again with the same id)");
        if (feeds == 0) return;
        throw new NoFeedReadException(
            $"none of the {feeds} feeds could be read this run, so there is no newsletter to make and nothing is sent; first errors: " +
            string.Join(" | ", firstErrors) + (failed > firstErrors.Count ? $" | and {failed - firstErrors.Count} more" : "") +
            $". Every feed's error is in {paths.RawPrefix}*.feeds.json; correct the cause (the network, fetch settings, the feed list) and start the run again");
    }
}
