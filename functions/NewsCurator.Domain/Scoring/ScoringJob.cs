using System.Diagnostics;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Scoring;

/// <summary>One child's share of an array job: candidate lines whose index mod <see cref="Count"/> is <see cref="Index"/>.</summary>
public readonly record struct ScoringPartition(int Index, int Count);

public sealed record ScoringReport(int Items, string Scorer, double Seconds)
{
    public double ItemsPerSecond => Seconds > 0 ? Items / Seconds : 0;
}

/// <summary>
/// Scores a candidates file into a scores file (<see cref="ScoreLines"/>). The same code runs in the CPU Lambda path, in
/// the Batch container and in the local runner, so the paths differ only in where they run.
/// </summary>
public sealed class ScoringJob(IArticleScorer scorer)
{
    public const int BatchSize = 512;

    /// <param name="partition">Score only candidate lines i with i mod Count == Index (one child of an array job); all when null.</param>
    public async Task<ScoringReport> RunAsync(IBlobStore input, string inputKey, IBlobStore output, string outputKey,
        ScoringPartition? partition = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var stream = await input.OpenReadAsync(inputKey, ct)
            ?? throw new MissingArtifactException($"'{input.Describe(inputKey)}' is missing: the stage that writes it has not run for this run id");
        using var reader = new StreamReader(stream);
        // Read, score and spool one batch at a time: memory holds one batch, never all the articles or scores.
        await using var scores = ScoreLines.Spool();
        var batch = new List<Article>(BatchSize);
        var count = 0;
        var lineIndex = -1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0) continue;
            lineIndex++;
            if (partition is { } p && lineIndex % p.Count != p.Index) continue;
            batch.Add(System.Text.Json.JsonSerializer.Deserialize<Article>(line, Json.Options)!);
            if (batch.Count == BatchSize) count += ScoreBatch(batch, scores, ct);
        }
        count += ScoreBatch(batch, scores, ct);
        // The output appears whole (one object write), after every batch succeeded.
        await scores.CommitAsync(output, outputKey, ct);
        return new ScoringReport(count, scorer.Name, clock.Elapsed.TotalSeconds);
    }

    private int ScoreBatch(List<Article> batch, JsonLinesSpool<ArticleScore> scores, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        var scored = scorer.Score(batch, ct);
        var byId = scored.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (scored.Count != batch.Count || byId.Count != batch.Count || batch.Any(c => !byId.ContainsKey(c.Id)))
            throw new InvalidOperationException($"scorer '{scorer.Name}' returned {scored.Count} scores for {batch.Count} candidates, or unknown ids");
        // In the candidates' order: Select reads the two files side by side.
        foreach (var candidate in batch) scores.Append(ContentTypeCues.Apply(candidate, byId[candidate.Id]));
        var n = batch.Count;
        batch.Clear();
        return n;
    }
}
