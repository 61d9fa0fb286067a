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
        await using var stream = await input.OpenReadAsync(inputKey, ct)
            ?? throw new MissingArtifactException($"'{input.Describe(inputKey)}' is missing: the stage that writes it has not run for this run id");
        using var reader = new StreamReader(stream);
        // Read and score one batch at a time: only the scores (small) are held, never all the articles.
        var scores = new List<ArticleScore>();
        var batch = new List<Article>(BatchSize);
        var count = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0) continue;
            batch.Add(System.Text.Json.JsonSerializer.Deserialize<Article>(line, Json.Options)!);
            if (batch.Count == BatchSize) count += ScoreBatch(batch, scores, ct);
        }
        count += ScoreBatch(batch, scores, ct);
        // The output appears whole (one object write), after every batch succeeded.
        await output.WriteJsonLinesAsync(outputKey, scores, ct);
        return new ScoringReport(count, scorer.Name, clock.Elapsed.TotalSeconds);
    }

    private int ScoreBatch(List<Article> batch, List<ArticleScore> scores, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        var scored = scorer.Score(batch, ct);
        if (scored.Count != batch.Count || scored.Select(s => s.Id).Except(batch.Select(c => c.Id)).Any())
            throw new InvalidOperationException($"scorer '{scorer.Name}' returned {scored.Count} scores for {batch.Count} candidates, or unknown ids");
        scores.AddRange(scored);
        var n = batch.Count;
        batch.Clear();
        return n;
    }
}
