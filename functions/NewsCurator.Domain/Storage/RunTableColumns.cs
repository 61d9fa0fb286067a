using NpgsqlTypes;

namespace NewsCurator.Storage;

/// <summary>The pipeline_runs columns a finished run writes, once (the database upsert and the SQL export).</summary>
public static class PipelineRunColumns
{
    /// <summary>id, run_id, started_at and created_at never change once the run's row exists (StartRun wrote them).</summary>
    public static readonly TableColumns<PipelineRunRow> Table = new("pipeline_runs",
    [
        new TableColumn<PipelineRunRow>("id", NpgsqlDbType.Uuid, r => r.Id, Updatable: false),
        new("run_id", NpgsqlDbType.Text, r => r.RunId, Updatable: false),
        new("status", NpgsqlDbType.Varchar, r => r.Status),
        new("started_at", NpgsqlDbType.Text, r => r.StartedAt, Updatable: false),
        new("completed_at", NpgsqlDbType.Text, r => r.CompletedAt),
        new("total_articles_input", NpgsqlDbType.Integer, r => r.TotalArticlesInput),
        new("articles_output", NpgsqlDbType.Integer, r => r.ArticlesOutput),
        new("processing_time_seconds", NpgsqlDbType.Integer, r => r.ProcessingTimeSeconds),
        new("s3_output_path", NpgsqlDbType.Text, r => r.S3OutputPath),
        // A completed export clears what a failed attempt recorded.
        new("error_message", NpgsqlDbType.Text, r => r.ErrorMessage),
        new("created_at", NpgsqlDbType.Text, r => r.CreatedAt, Updatable: false),
        new("updated_at", NpgsqlDbType.Text, r => r.UpdatedAt),
        new("config_digest", NpgsqlDbType.Text, r => r.ConfigDigest),
        new("error_stage", NpgsqlDbType.Text, r => r.ErrorStage),
        new("total_feeds", NpgsqlDbType.Integer, r => r.TotalFeeds),
        new("failed_feeds", NpgsqlDbType.Integer, r => r.FailedFeeds),
        new("after_dedupe", NpgsqlDbType.Integer, r => r.AfterDedupe),
        new("after_content_filter", NpgsqlDbType.Integer, r => r.AfterContentFilter),
        new("after_ad_detection", NpgsqlDbType.Integer, r => r.AfterAdDetection),
        new("after_scoring", NpgsqlDbType.Integer, r => r.AfterScoring),
        new("newsletter_id", NpgsqlDbType.Text, r => r.NewsletterId),
        new("scoring_model", NpgsqlDbType.Text, r => r.ScoringModel),
        new("llm_cost_usd", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.LlmCostUsd)),
        new("gpu_seconds", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.GpuSeconds)),
        new("gpu_cost_usd", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.GpuCostUsd)),
        new("llm_calls", NpgsqlDbType.Integer, r => r.LlmCalls),
        new("llm_cached", NpgsqlDbType.Integer, r => r.LlmCached),
        new("llm_input_tokens", NpgsqlDbType.Integer, r => r.LlmInputTokens),
        new("llm_output_tokens", NpgsqlDbType.Integer, r => r.LlmOutputTokens),
        new("lambda_gb_seconds", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.LambdaGbSeconds)),
        new("lambda_requests", NpgsqlDbType.Integer, r => r.LambdaRequests),
        new("state_transitions", NpgsqlDbType.Integer, r => r.StateTransitions),
        new("lambda_cost_usd", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.LambdaCostUsd)),
        new("step_functions_cost_usd", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.StepFunctionsCostUsd)),
        new("estimated_cost_usd", NpgsqlDbType.Numeric, r => TableValues.Decimal(r.EstimatedCostUsd)),
    ]);
}

/// <summary>The newsletters columns, once (the database upsert and the SQL export).</summary>
public static class NewsletterColumns
{
    public static readonly TableColumns<NewsletterRow> Table = new("newsletters",
    [
        new TableColumn<NewsletterRow>("id", NpgsqlDbType.Uuid, n => n.Id, Updatable: false),
        new("pipeline_run_id", NpgsqlDbType.Uuid, n => n.PipelineRunId, Updatable: false),
        new("newsletter_id", NpgsqlDbType.Text, n => n.NewsletterId, Updatable: false),
        new("run_id", NpgsqlDbType.Text, n => n.RunId, Updatable: false),
        new("subject_line", NpgsqlDbType.Text, n => n.SubjectLine),
        new("subject_variant", NpgsqlDbType.Text, n => n.SubjectVariant),
        new("subject_informative", NpgsqlDbType.Text, n => n.SubjectInformative),
        new("subject_engaging", NpgsqlDbType.Text, n => n.SubjectEngaging),
        new("article_count", NpgsqlDbType.Integer, n => n.ArticleCount),
        new("article_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, n => n.ArticleIds),
        new("html_key", NpgsqlDbType.Text, n => n.HtmlKey),
        new("text_key", NpgsqlDbType.Text, n => n.TextKey),
        new("html_content", NpgsqlDbType.Text, n => n.HtmlContent),
        new("text_content", NpgsqlDbType.Text, n => n.TextContent),
        new("generated_at", NpgsqlDbType.Text, n => n.GeneratedAt),
    ]);
}

internal static class TableValues
{
    /// <summary>DECIMAL columns take a decimal (PostgreSQL's binary COPY is exact about types); not-a-number is no value.</summary>
    public static decimal? Decimal(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;
}
