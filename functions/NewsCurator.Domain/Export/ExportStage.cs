using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>
/// Rows into the database (upserts, one transaction) and the export files into the blob store. Every file and the
/// database load stream from the partitioned join (<see cref="RunJoin"/>), so memory does not grow with the run.
/// </summary>
public sealed class ExportStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var completedAt = services.Clock.GetUtcNow();
        using var join = await RunJoin.BuildAsync(services.Blobs, context, ct);
        var final = context with { Counts = context.Counts with { FeedsFailed = join.FeedsFailed } };
        var costs = new List<StageCost>();
        foreach (var key in await services.Blobs.ListAsync(paths.CostPrefix, ct))
            costs.Add(await services.Blobs.ReadRequiredJsonAsync<StageCost>(key, ct));
        // The LLM's spend is counted per article by Enhance (and per issue by Newsletter); it reports as one more stage.
        var llm = join.Llm;
        if (llm != Enhance.Llm.LlmTotals.None) costs.Add(new StageCost(LlmCostUsd: llm.CostUsd));
        var reported = StageCost.Total(costs);
        var estimate = await RunCost.EstimateAsync(services.Blobs, paths, reported, ct);
        var run = PipelineRunRow.Completed(final, completedAt, services.Blobs.Describe(paths.Prefix), join.ScoringModel, reported) with
        {
            LlmCalls = llm.Calls, LlmCached = llm.CachedArticles, LlmInputTokens = llm.InputTokens, LlmOutputTokens = llm.OutputTokens,
            LambdaGbSeconds = estimate.LambdaGbSeconds, LambdaRequests = estimate.LambdaRequests, StateTransitions = estimate.StateTransitions,
            LambdaCostUsd = estimate.LambdaCostUsd, StepFunctionsCostUsd = estimate.StepFunctionsCostUsd, EstimatedCostUsd = estimate.TotalUsd,
        };
        await services.Blobs.WriteJsonAsync(paths.Export("cost.json"), estimate, ct);

        await using (var decisions = new JsonLinesSpool<Decision>())
        {
            foreach (var row in join.RowsById()) decisions.Append(RunJoin.DecisionOf(row));
            await decisions.CommitAsync(services.Blobs, paths.Export("decisions.jsonl"), ct);
        }
        await WriteFileAsync(paths.Export("clusters.json"), "application/json", stream => ExportFiles.Clusters(join, stream), ct);
        foreach (var format in config.Export.Formats)
        {
            var (file, type, write) = format switch
            {
                "json" => ("articles.json", "application/json", stream => ExportFiles.ArticlesJson(join, stream)),
                "csv" => ("articles.csv", "text/csv; charset=utf-8", Text(text => ExportFiles.ArticlesCsv(join, text))),
                "sql" => ("articles.sql", "application/sql", Text(text => ExportFiles.RunSql(run, join, text))),
                "analytics" => ("analytics.json", "application/json", stream => ExportFiles.Analytics(join, final, estimate, stream)),
                _ => throw new ConfigurationException($"export.formats: '{format}' is not supported; allowed: {string.Join(", ", ExportConfig.Supported)}"),
            };
            await WriteFileAsync(paths.Export(file), type, write, ct);
        }

        await services.Runs.ExportRunAsync(run, join.RowsById(), join.FeedsByUrl(), join.Newsletter, ct);
        // StartRun wrote run.json with the funnel at zero; a person (or a script) reading the run's folder finds the counts
        // the rows and the CLI report (held-out review 28). A re-start of the id reads only its start time from it. The
        // state machine's own fields (the Ingest Map Run's ARN, named afresh on every attempt) are the execution's, not the
        // run's: without them a re-run of the id writes the same file.
        await services.Blobs.WriteJsonAsync(paths.Prefix + "run.json", final with { Extra = null }, ct);

        // What this newsletter carries, for the next runs not to send it again: Deliver files it under state/sent/ once
        // the issue has gone out. Filed here, a run whose Deliver failed (its mail server down) counted as sent, and the
        // next run dropped its stories as already sent or read its feeds as unchanged (hostile-input audit 30, H1).
        var chosen = join.Ranked.Where(a => a.Decision == Outcomes.Selected).ToList();
        // A text the story's feed gives other items of this run too (a show's notes under each episode) is the feed's, not
        // the story's: remembered, it dropped every later episode as already sent (review of session 31, R1).
        var feeds = chosen.Select(a => a.FeedUrl).ToHashSet(StringComparer.Ordinal);
        var texts = join.RowsById().Where(r => feeds.Contains(r.FeedUrl)).Select(r => (r.FeedUrl, Hash: Filter.SentMemory.TextHash(r.Content)))
            .Where(t => t.Hash is not null).CountBy(t => t).ToDictionary(c => c.Key, c => c.Value);
        ulong? OwnText(ArticleRow a) => Filter.SentMemory.TextHash(a.Content) is { } hash && texts.GetValueOrDefault((a.FeedUrl, hash)) <= 1 ? hash : null;
        var sent = chosen.Select(a => new Filter.SentStory(a.ArticleId, a.CanonicalUrl, Filter.SentMemory.TitleHash(a.Title), a.Title, OwnText(a))).ToList();
        await services.Blobs.WriteJsonAsync(paths.StoriesToRemember, new Filter.SentRecord(context.RunId, context.StartedAt, sent), ct);
        return final;
    }

    /// <summary>A file written through a local temporary file and published whole.</summary>
    private async Task WriteFileAsync(string key, string contentType, Action<Stream> write, CancellationToken ct)
    {
        await using var spool = new BlobSpool();
        write(spool.Stream);
        await spool.CommitAsync(services.Blobs, key, contentType, ct);
    }

    /// <summary>UTF-8 text without a byte-order mark, as the blob store's text writes are.</summary>
    private static Action<Stream> Text(Action<TextWriter> write) => stream =>
    {
        using var text = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(text);
    };
}
