using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Storage;

namespace NewsCurator.Export;

/// <summary>The run as files for people and other tools: JSON, CSV, a SQL script and an analytics summary.</summary>
public static class ExportFiles
{
    /// <summary>The version of the shape the read API and the JSON export share.</summary>
    public const string ApiVersion = "v1";

    /// <summary>The articles with the database's (seed) column names; topics are arrays, content is the extracted text.</summary>
    public static string ArticlesJson(RunRecord record) => JsonSerializer.Serialize(new
    {
        api_version = ApiVersion,
        selected = record.Articles.Where(a => a.Decision == Outcomes.Selected).OrderBy(a => a.Rank),
        dropped = record.Articles.Where(a => a.Decision != Outcomes.Selected).OrderBy(a => a.ArticleId, StringComparer.Ordinal),
    }, ExportJson);

    private static readonly JsonSerializerOptions ExportJson = new(Json.SnakeCase) { WriteIndented = true };

    private static readonly string[] CsvColumns =
    [
        "id", "pipeline_run_id", "run_id", "article_id", "decision", "rank", "decision_stage", "decision_rule", "decision_reason", "duplicate_of",
        "title", "url", "feed_name", "feed_url", "published_date", "language", "word_count", "content_length", "content_type",
        "tech_relevance_score", "quality_score", "ad_probability", "is_advertisement", "topics", "reading_time_minutes",
    ];

    /// <summary>The CSV's columns are the table's (<see cref="ArticleColumns"/>), without the long texts.</summary>
    private static readonly ArticleColumns.Column[] CsvColumnsOf = [.. CsvColumns.Select(name => ArticleColumns.All.Single(c => c.Name == name))];

    /// <summary>One line per article for spreadsheets; topics joined with "; " (the text itself is in JSON and SQL).</summary>
    public static string ArticlesCsv(RunRecord record)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', CsvColumns));
        foreach (var a in Ordered(record))
            sb.AppendLine(string.Join(',', CsvColumnsOf.Select(c => CsvField(c.Name == "topics" ? a.Topics is null ? null : string.Join("; ", a.Topics) : c.Value(a)))));
        return sb.ToString();
    }

    /// <summary>
    /// A script that loads the whole run (its pipeline_runs row first, then every article, feed
    /// statistic and the newsletter, every column) into a PostgreSQL or SQLite database created
    /// from the project's migrations. Values are literals here by necessity, so each is escaped;
    /// the pipeline never executes it. Loading it twice changes nothing (ON CONFLICT DO NOTHING).
    /// </summary>
    public static string RunSql(PipelineRunRow run, RunRecord record)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"-- Pipeline run {run.RunId}: load into a database created from the project's migrations (PostgreSQL or SQLite).");
        sb.AppendLine("BEGIN;");
        Insert(sb, "pipeline_runs",
        [
            ("id", run.Id), ("run_id", run.RunId), ("status", run.Status), ("started_at", run.StartedAt), ("completed_at", run.CompletedAt),
            ("total_articles_input", run.TotalArticlesInput), ("articles_output", run.ArticlesOutput),
            ("processing_time_seconds", run.ProcessingTimeSeconds), ("s3_output_path", run.S3OutputPath), ("error_message", run.ErrorMessage),
            ("created_at", run.CreatedAt), ("updated_at", run.UpdatedAt), ("config_digest", run.ConfigDigest), ("error_stage", run.ErrorStage),
            ("total_feeds", run.TotalFeeds), ("failed_feeds", run.FailedFeeds), ("after_dedupe", run.AfterDedupe),
            ("after_content_filter", run.AfterContentFilter), ("after_ad_detection", run.AfterAdDetection), ("after_scoring", run.AfterScoring),
            ("newsletter_id", run.NewsletterId), ("scoring_model", run.ScoringModel), ("llm_cost_usd", run.LlmCostUsd),
            ("gpu_seconds", run.GpuSeconds), ("gpu_cost_usd", run.GpuCostUsd), ("llm_calls", run.LlmCalls), ("llm_cached", run.LlmCached),
            ("llm_input_tokens", run.LlmInputTokens), ("llm_output_tokens", run.LlmOutputTokens),
            ("lambda_gb_seconds", run.LambdaGbSeconds), ("lambda_requests", run.LambdaRequests), ("state_transitions", run.StateTransitions),
            ("lambda_cost_usd", run.LambdaCostUsd), ("step_functions_cost_usd", run.StepFunctionsCostUsd), ("estimated_cost_usd", run.EstimatedCostUsd),
        ]);
        foreach (var a in Ordered(record))
            Insert(sb, "articles", [.. ArticleColumns.All.Select(c => (c.Name, c.Value(a)))]);
        foreach (var f in record.Feeds.OrderBy(f => f.FeedUrl, StringComparer.Ordinal))
            Insert(sb, "feed_statistics",
            [
                ("id", f.Id), ("pipeline_run_id", f.PipelineRunId), ("feed_name", f.FeedName), ("feed_url", f.FeedUrl),
                ("total_articles", f.TotalArticles), ("passed_content_filter", f.PassedContentFilter), ("passed_ad_detection", f.PassedAdDetection),
                ("passed_quality_scoring", f.PassedQualityScoring), ("final_articles", f.FinalArticles),
                ("processing_time_seconds", f.ProcessingTimeSeconds), ("created_at", f.CreatedAt), ("run_id", f.RunId), ("status", f.Status),
                ("error", f.Error), ("http_status", f.HttpStatus), ("latency_ms", f.LatencyMs), ("moved_to", f.MovedTo),
            ]);
        if (record.Newsletter is { } n)
            Insert(sb, "newsletters",
            [
                ("id", n.Id), ("pipeline_run_id", n.PipelineRunId), ("subject_line", n.SubjectLine), ("subject_variant", n.SubjectVariant), ("subject_informative", n.SubjectInformative),
                ("subject_engaging", n.SubjectEngaging), ("html_content", n.HtmlContent),
                ("text_content", n.TextContent), ("article_ids", n.ArticleIds), ("generated_at", n.GeneratedAt), ("newsletter_id", n.NewsletterId),
                ("run_id", n.RunId), ("article_count", n.ArticleCount), ("html_key", n.HtmlKey), ("text_key", n.TextKey),
            ]);
        sb.AppendLine("COMMIT;");
        return sb.ToString();
    }

    private static void Insert(StringBuilder sb, string table, (string Column, object? Value)[] columns)
    {
        sb.Append("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns.Select(c => c.Column)).Append(") VALUES (");
        sb.AppendJoin(", ", columns.Select(c => SqlLiteral(c.Value)));
        sb.AppendLine(") ON CONFLICT (id) DO NOTHING;");
    }

    public static string Analytics(RunRecord record, RunContext context, Runs.RunCostEstimate? cost = null)
    {
        var scored = record.Articles.Where(a => a.TechRelevanceScore is not null).ToList();
        var selected = record.Articles.Where(a => a.Decision == Outcomes.Selected).ToList();
        return JsonSerializer.Serialize(new
        {
            runId = context.RunId,
            startedAt = context.StartedAt,
            funnel = context.Counts,
            // Where Score ran, and whether the GPU job failed and the CPU scorer stood in for it.
            scoring = context.Scoring,
            dropReasons = record.Articles.Where(a => a.Decision != Outcomes.Selected)
                .GroupBy(a => $"{a.DecisionStage}/{a.DecisionRule}").OrderByDescending(g => g.Count())
                .ToDictionary(g => g.Key, g => g.Count()),
            languages = record.Articles.GroupBy(a => a.Language ?? "und").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            contentTypes = scored.GroupBy(a => a.ContentType ?? "other").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            topics = selected.SelectMany(a => a.Topics ?? []).GroupBy(t => t)
                .OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
            relevanceHistogram = Histogram(scored.Select(a => a.TechRelevanceScore!.Value)),
            qualityHistogram = Histogram(scored.Select(a => a.QualityScore!.Value)),
            selectedAverage = selected.Count == 0 ? null : new
            {
                relevance = Math.Round(selected.Average(a => a.TechRelevanceScore ?? 0), 2),
                quality = Math.Round(selected.Average(a => a.QualityScore ?? 0), 2),
                readingTimeMinutes = Math.Round(selected.Average(a => a.ReadingTimeMinutes ?? 0), 1),
            },
            feeds = record.Feeds.OrderByDescending(f => f.FinalArticles).ThenBy(f => f.FeedUrl, StringComparer.Ordinal),
            llm = record.Llm,
            // What the run cost in AWS, estimated from its measured stage seconds and list prices (Runs/RunCost.cs).
            cost,
        }, Json.Indented);
    }

    /// <summary>Story clusters: each kept representative with the copies (same URL, same text, near-same story) folded into it.</summary>
    public static string Clusters(RunRecord record)
    {
        var byId = record.Articles.ToDictionary(a => a.ArticleId);
        var clusters = record.Articles
            .Where(a => a.DuplicateOf is not null && a.DecisionRule is "duplicate_url" or "duplicate_content" or "near_duplicate" or "same_story")
            .GroupBy(a => a.DuplicateOf!)
            .Select(g => new
            {
                representative = Member(byId.GetValueOrDefault(g.Key), g.Key),
                members = g.OrderBy(a => a.ArticleId, StringComparer.Ordinal).Select(a => new { a.ArticleId, a.Title, FeedTitle = a.FeedName, rule = a.DecisionRule, reason = a.DecisionReason }),
            })
            .OrderByDescending(c => c.members.Count()).ThenBy(c => c.representative.Id, StringComparer.Ordinal);
        return JsonSerializer.Serialize(clusters, Json.Indented);
    }

    private sealed record ClusterRepresentative(string Id, string? Title, string? Feed, string? Decision);

    private static ClusterRepresentative Member(ArticleRow? row, string id) => new(id, row?.Title, row?.FeedName, row?.Decision);

    private static int[] Histogram(IEnumerable<double> values)
    {
        var buckets = new int[10];
        foreach (var v in values) buckets[Math.Clamp((int)v, 0, 9)]++;
        return buckets;
    }

    private static IEnumerable<ArticleRow> Ordered(RunRecord record)
        => record.Articles.OrderBy(a => a.Rank ?? int.MaxValue).ThenBy(a => a.ArticleId, StringComparer.Ordinal);

    private static string CsvField(object? value)
    {
        var text = value switch
        {
            bool b => b ? "true" : "false",
            Guid g => RowIds.Text(g),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        // A leading =, +, - or @ makes spreadsheets evaluate the cell: neutralise it (CSV injection).
        if (text.Length > 0 && "=+-@".Contains(text[0]) && value is string) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>Literals both PostgreSQL and SQLite read the same way (TRUE/FALSE, quoted UUIDs, array literals for UUID[]).</summary>
    private static string SqlLiteral(object? value) => value switch
    {
        null => "NULL",
        bool b => b ? "TRUE" : "FALSE",
        Guid g => "'" + RowIds.Text(g) + "'",
        UuidList ids => "'" + RowIds.ArrayLiteral(ids.Ids) + "'",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal) + "'",
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        double => "NULL",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => "'" + value.ToString()!.Replace("'", "''", StringComparison.Ordinal) + "'",
    };
}
