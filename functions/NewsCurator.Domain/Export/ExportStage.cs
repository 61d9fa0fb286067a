using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>Rows into the database (upserts, one transaction) and the export files into the blob store.</summary>
public sealed class ExportStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<PipelineConfig>(paths.Config, ct);
        var completedAt = services.Clock.GetUtcNow();
        var record = await RunRecord.LoadAsync(services.Blobs, context, ct);
        var final = context with { Counts = context.Counts with { FeedsFailed = record.Feeds.Count(f => f.Status == FeedStatus.Error) } };
        var costs = new List<StageCost>();
        foreach (var key in await services.Blobs.ListAsync(paths.CostPrefix, ct))
            costs.Add(await services.Blobs.ReadRequiredJsonAsync<StageCost>(key, ct));
        // The LLM's spend is counted per article by Enhance (and per issue by Newsletter); it reports as one more stage.
        var llm = record.Llm;
        if (llm != Enhance.Llm.LlmTotals.None) costs.Add(new StageCost(LlmCostUsd: llm.CostUsd));
        var reported = StageCost.Total(costs);
        var estimate = await RunCost.EstimateAsync(services.Blobs, paths, reported, ct);
        var run = PipelineRunRow.Completed(final, completedAt, services.Blobs.Describe(paths.Prefix), record.ScoringModel, reported) with
        {
            LlmCalls = llm.Calls, LlmCached = llm.CachedArticles, LlmInputTokens = llm.InputTokens, LlmOutputTokens = llm.OutputTokens,
            LambdaGbSeconds = estimate.LambdaGbSeconds, LambdaRequests = estimate.LambdaRequests, StateTransitions = estimate.StateTransitions,
            LambdaCostUsd = estimate.LambdaCostUsd, StepFunctionsCostUsd = estimate.StepFunctionsCostUsd, EstimatedCostUsd = estimate.TotalUsd,
        };
        await services.Blobs.WriteJsonAsync(paths.Export("cost.json"), estimate, ct);

        await services.Blobs.WriteJsonLinesAsync(paths.Export("decisions.jsonl"), record.Decisions.OrderBy(d => d.ArticleId, StringComparer.Ordinal), ct);
        await services.Blobs.WriteTextAsync(paths.Export("clusters.json"), ExportFiles.Clusters(record), "application/json", ct);
        foreach (var format in config.Export.Formats)
        {
            var (file, content, type) = format switch
            {
                "json" => ("articles.json", ExportFiles.ArticlesJson(record), "application/json"),
                "csv" => ("articles.csv", ExportFiles.ArticlesCsv(record), "text/csv; charset=utf-8"),
                "sql" => ("articles.sql", ExportFiles.RunSql(run, record), "application/sql"),
                "analytics" => ("analytics.json", ExportFiles.Analytics(record, final, estimate), "application/json"),
                _ => throw new ConfigurationException($"export.formats: '{format}' is not supported; allowed: {string.Join(", ", ExportConfig.Supported)}"),
            };
            await services.Blobs.WriteTextAsync(paths.Export(file), content, type, ct);
        }

        await services.Runs.ExportRunAsync(run, record.Articles, record.Feeds, record.Newsletter, ct);

        // Remember what this newsletter sent, so the next runs do not send it again.
        var sent = record.Articles.Where(a => a.Decision == Outcomes.Selected).OrderBy(a => a.Rank)
            .Select(a => new Filter.SentStory(a.ArticleId, a.CanonicalUrl, Filter.SentMemory.TitleHash(a.Title), a.Title)).ToList();
        await services.Blobs.WriteJsonAsync(Filter.SentMemory.Key(context.RunId), new Filter.SentRecord(context.RunId, context.StartedAt, sent), ct);
        return final;
    }
}
