using System.Diagnostics;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Scoring;

public sealed record ScoringReport(int Items, string Scorer, double Seconds)
{
    public double ItemsPerSecond => Seconds > 0 ? Items / Seconds : 0;
}

/// <summary>
/// Scores a candidates file into a scores file. The same code runs in the CPU Lambda path, in
/// the Batch container and in the local runner, so the paths differ only in where they run.
/// </summary>
public sealed class ScoringJob(IArticleScorer scorer)
{
    public const int BatchSize = 512;

    public async Task<ScoringReport> RunAsync(IBlobStore input, string inputKey, IBlobStore output, string outputKey, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var candidates = await input.ReadJsonLinesAsync<Article>(inputKey, ct);
        var scores = new List<ArticleScore>(candidates.Count);
        foreach (var batch in candidates.Chunk(BatchSize))
            scores.AddRange(scorer.Score(batch, ct));
        if (scores.Count != candidates.Count || scores.Select(s => s.Id).Except(candidates.Select(c => c.Id)).Any())
            throw new InvalidOperationException($"scorer '{scorer.Name}' returned {scores.Count} scores for {candidates.Count} candidates, or unknown ids");
        await output.WriteJsonLinesAsync(outputKey, scores, ct);
        return new ScoringReport(scores.Count, scorer.Name, clock.Elapsed.TotalSeconds);
    }
}
