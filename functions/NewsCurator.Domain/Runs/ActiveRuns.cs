using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>A run in progress, as its lease records it: which run, which execution holds it, since when.</summary>
public sealed record ActiveRun(string RunId, string Execution, DateTimeOffset StartedAt);

/// <summary>Another run holds the pipeline: this one did not start (no config, shard or row of it was written), and no run is marked failed for it.</summary>
public sealed class RunInProgressException(string message) : Exception(message);

/// <summary>
/// One run at a time per artifact store. Two runs that overlap (the daily schedule and a manual start, in AWS two
/// executions) each read the memory of sent stories before either writes it, and both newsletters carry the same
/// stories. StartRun claims a lease under <see cref="Prefix"/>; Deliver (the last step) and MarkRunFailed give it back.
/// <para>
/// The claim needs no conditional write (the S3 protocol servers and stores this runs on differ there), only a
/// store that lists what was written (S3 has done so since 2020): a run writes its lease, then lists the leases, and
/// goes on only if no other live lease is there. Of two runs, the one that lists second sees the other's lease,
/// so they never both go on; two that start in the same moment may both stop, and StartRun's retry (with jitter, in the
/// definition) lets one of them go on.
/// </para>
/// </summary>
public static class ActiveRuns
{
    public const string Prefix = "state/active-runs/";

    /// <summary>
    /// After this a lease is a run that ended without its last step (an execution stopped by hand or timed out, a
    /// killed process), not one in progress: the state machine's timeout (<see cref="MaxRunDuration"/>) and a margin.
    /// </summary>
    public static readonly TimeSpan StaleAfter = MaxRunDuration + TimeSpan.FromMinutes(15);

    /// <summary>The longest an execution runs: the definition's TimeoutSeconds (statemachine/pipeline.asl.json; a test holds the two equal).</summary>
    public static TimeSpan MaxRunDuration => TimeSpan.FromHours(2);

    /// <summary>
    /// One key per run and execution: two executions of one run id write two leases, so each sees the other's (one key
    /// for both, the second write would replace the first and each would find only itself).
    /// </summary>
    public static string KeyOf(string runId, string execution)
        => $"{Prefix}{runId}--{(execution.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && execution.Length <= 80 ? execution : Hashing.ShortHash(execution))}.json";

    /// <summary>
    /// Takes the pipeline for <paramref name="runId"/> or throws <see cref="RunInProgressException"/> naming the run that
    /// holds it, another execution of the same run id included. A retry of the same execution keeps its lease.
    /// </summary>
    public static async Task ClaimAsync(IBlobStore blobs, string runId, string execution, DateTimeOffset now, CancellationToken ct)
    {
        var key = KeyOf(runId, execution);
        var held = await ReadAsync(blobs, key, ct);
        await blobs.WriteJsonAsync(key, new ActiveRun(runId, execution, held?.StartedAt ?? now), ct);
        foreach (var other in await blobs.ListAsync(Prefix, ct))
        {
            if (other == key || await ReadAsync(blobs, other, ct) is not { } lease || !Live(lease, now)) continue;
            // Not started: the claim goes, so that it blocks nobody.
            await blobs.DeleteAsync(key, ct);
            throw new RunInProgressException(Busy(lease, other, runId));
        }
    }

    /// <summary>Gives back this execution's lease (another execution's, of the same run id or not, stays).</summary>
    public static async Task ReleaseAsync(IBlobStore blobs, string runId, string execution, CancellationToken ct)
        => await blobs.DeleteAsync(KeyOf(runId, execution), ct);

    /// <summary>
    /// Clears every lease: only for a caller that knows no run is in progress on this store (the CLI holding the output
    /// folder's lock: a lease there is a process that was killed). Returns the runs whose leases it removed.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ClearAsync(IBlobStore blobs, CancellationToken ct)
    {
        var cleared = new List<string>();
        foreach (var key in await blobs.ListAsync(Prefix, ct))
        {
            if (!key.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            // The lease names its run; read from the key, "weekly--2"'s lease named the run "weekly" (review of session 30, R2).
            var name = key[Prefix.Length..];
            cleared.Add(await ReadAsync(blobs, key, ct) is { } lease ? lease.RunId : name[..(name.IndexOf("--", StringComparison.Ordinal) is var at and >= 0 ? at : name.Length)]);
            await blobs.DeleteAsync(key, ct);
        }
        return cleared;
    }

    private static bool Live(ActiveRun lease, DateTimeOffset now) => now - lease.StartedAt < StaleAfter;

    /// <summary>A lease that cannot be read holds nothing: it is ignored, never a reason to refuse every run after it.</summary>
    private static async Task<ActiveRun?> ReadAsync(IBlobStore blobs, string key, CancellationToken ct)
    {
        try
        {
            return await blobs.ReadJsonAsync<ActiveRun>(key, ct) is { RunId: not null, Execution: not null } lease ? lease : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Busy(ActiveRun lease, string key, string runId)
        => $"run '{runId}' did not start: run '{lease.RunId}' (execution {lease.Execution}) has been in progress since {lease.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, " +
           "and two runs at once would both send the stories neither has sent yet. Start it again when that run has ended; if that run is no " +
           $"longer running (an execution stopped by hand), delete {key}. A lease older than {StaleAfter.TotalMinutes:0} minutes is ignored.";
}
