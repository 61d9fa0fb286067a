using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Scoring;

/// <summary>
/// A run's scores (<see cref="ScoreLines"/>) in the candidates' order, wherever Score wrote them: one file (the CPU stage, a single GPU job),
/// or the partition files of a GPU array job, read round-robin (child i scored candidate lines i, i + n, ...).
/// </summary>
public static class RunScores
{
    /// <summary>How many partition files Score left: the array job's size when the GPU array scored the run, else one file.</summary>
    public static int Partitions(RunContext context) => context.Scoring is { Device: "gpu", Partitions: > 1 and var n } ? n : 1;

    public static async IAsyncEnumerable<T> StreamAsync<T>(IBlobStore blobs, RunContext context,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var count = Partitions(context);
        if (count == 1)
        {
            await foreach (var score in ScoreLines.StreamAsync<T>(blobs, paths.Scores, ct)) yield return score;
            yield break;
        }
        var parts = Enumerable.Range(0, count).Select(i => ScoreLines.StreamAsync<T>(blobs, paths.ScoresPartition(i), ct).GetAsyncEnumerator(ct)).ToList();
        try
        {
            for (var i = 0; ; i = (i + 1) % count)
            {
                if (await parts[i].MoveNextAsync())
                {
                    yield return parts[i].Current;
                    continue;
                }
                // Partition i ran out: every later one must have too (they hold as many lines or one fewer).
                for (var j = i + 1; j < count; j++)
                    if (await parts[j].MoveNextAsync())
                        throw new InvalidDataException($"'{blobs.Describe(paths.ScoresPartition(j))}' has more scores than partition {i}: the array job's children disagree; re-run Score for this run");
                yield break;
            }
        }
        finally
        {
            foreach (var part in parts) await part.DisposeAsync();
        }
    }
}
