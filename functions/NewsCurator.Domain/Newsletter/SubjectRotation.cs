using NewsCurator.Filter;
using NewsCurator.Storage;

namespace NewsCurator.Newsletter;

/// <summary>
/// newsletter.subject_line_style: alternate, decided from the blob store alone: in AWS the Newsletter
/// function sits outside the VPC and cannot reach the database. The issues already recorded are the
/// sent-memory records Deliver files once an issue has gone out (state/sent/{runId}.json, one per issue; an issue no
/// reader got is not counted), each stamped with its run's start. An issue's number is how many recorded issues started before it,
/// so a retried Newsletter state gets the same number, and a re-run of a recorded issue keeps the variant
/// its newsletter was sent with (its own newsletter.json, read before this attempt overwrites it).
/// </summary>
public static class SubjectRotation
{
    /// <summary>Enough parallel reads that years of daily issues take a moment, few enough for a small Lambda.</summary>
    private const int ParallelReads = 16;

    public static async Task<string> AlternateVariantAsync(IBlobStore blobs, string runId, DateTimeOffset startedAt, CancellationToken ct)
    {
        var own = SentMemory.Key(runId);
        var keys = await blobs.ListAsync(SentMemory.Prefix, ct);
        if (keys.Contains(own)
            && await blobs.ReadJsonAsync<NewsletterMeta>(new RunPaths(runId).NewsletterMeta, ct) is { SubjectVariant: SubjectLines.Informative or SubjectLines.Engaging } sent)
            return sent.SubjectVariant!;

        var before = 0;
        await Parallel.ForEachAsync(keys.Where(k => k != own), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct }, async (key, token) =>
        {
            // A damaged record is quarantined with a warning (as Filter does) and not counted.
            if (await SentRecord.ReadAsync(blobs, key, token) is { } record && record.SentAt < startedAt)
                Interlocked.Increment(ref before);
        });
        return SubjectLines.Choose("alternate", before);
    }
}
