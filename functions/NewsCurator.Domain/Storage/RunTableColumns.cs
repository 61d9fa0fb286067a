namespace NewsCurator.Storage;

/// <summary>The pipeline_runs columns a finished run writes, once (the database upsert and the SQL export).</summary>
public static class PipelineRunColumns
{
    /// <summary>id, run_id, started_at and created_at never change once the run's row exists (StartRun wrote them).</summary>
    public static readonly TableColumns<PipelineRunRow> Table = new("pipeline_runs",
    [
        new TableColumn<PipelineRunRow>("id", ColumnType.Uuid, r => r.Id, Updatable: false),
        new("run_id", ColumnType.Text, r => r.RunId, Updatable: false),
        new("status", ColumnType.Varchar, r => r.Status),
        new("started_at", ColumnType.Text, r => r.StartedAt, Updatable: false),
        new("completed_at", ColumnType.Text, r => r.CompletedAt),
        new("total_articles_input", ColumnType.Integer, r => r.TotalArticlesInput),
        new("articles_output", ColumnType.Integer, r => r.ArticlesOutput),
        new("processing_time_seconds", ColumnType.Integer, r => r.ProcessingTimeSeconds),
        new("s3_output_path", ColumnType.Text, r => r.S3OutputPath),
        // A completed export clears what a failed attempt recorded.
        new("error_message", ColumnType.Text, r => r.ErrorMessage),
        new("created_at", ColumnType.Text, r => r.CreatedAt, Updatable: false),
        new("updated_at", ColumnType.Text, r => r.UpdatedAt),
        new("config_digest", ColumnType.Text, r => r.ConfigDigest),
        new("error_stage", ColumnType.Text, r => r.ErrorStage),
        new("total_feeds", ColumnType.Integer, r => r.TotalFeeds),
        new("failed_feeds", ColumnType.Integer, r => r.FailedFeeds),
        new("after_dedupe", ColumnType.Integer, r => r.AfterDedupe),
        new("after_content_filter", ColumnType.Integer, r => r.AfterContentFilter),
        new("after_ad_detection", ColumnType.Integer, r => r.AfterAdDetection),
        new("after_scoring", ColumnType.Integer, r => r.AfterScoring),
        new("newsletter_id", ColumnType.Text, r => r.NewsletterId),
        new("scoring_model", ColumnType.Text, r => r.ScoringModel),
        new("llm_cost_usd", ColumnType.Numeric, r => TableValues.Decimal(r.LlmCostUsd)),
        new("gpu_seconds", ColumnType.Numeric, r => TableValues.Decimal(r.GpuSeconds)),
        new("gpu_cost_usd", ColumnType.Numeric, r => TableValues.Decimal(r.GpuCostUsd)),
        new("llm_calls", ColumnType.Integer, r => r.LlmCalls),
        new("llm_cached", ColumnType.Integer, r => r.LlmCached),
        new("llm_input_tokens", ColumnType.Integer, r => r.LlmInputTokens),
        new("llm_output_tokens", ColumnType.Integer, r => r.LlmOutputTokens),
        new("lambda_gb_seconds", ColumnType.Numeric, r => TableValues.Decimal(r.LambdaGbSeconds)),
        new("lambda_requests", ColumnType.Integer, r => r.LambdaRequests),
        new("state_transitions", ColumnType.Integer, r => r.StateTransitions),
        new("lambda_cost_usd", ColumnType.Numeric, r => TableValues.Decimal(r.LambdaCostUsd)),
        new("step_functions_cost_usd", ColumnType.Numeric, r => TableValues.Decimal(r.StepFunctionsCostUsd)),
        new("estimated_cost_usd", ColumnType.Numeric, r => TableValues.Decimal(r.EstimatedCostUsd)),
    ]);
}

/// <summary>The newsletters columns, once (the database upsert and the SQL export).</summary>
public static class NewsletterColumns
{
    public static readonly TableColumns<NewsletterRow> Table = new("newsletters",
    [
        new TableColumn<NewsletterRow>("id", ColumnType.Uuid, n => n.Id, Updatable: false),
        new("pipeline_run_id", ColumnType.Uuid, n => n.PipelineRunId, Updatable: false),
        new("newsletter_id", ColumnType.Text, n => n.NewsletterId, Updatable: false),
        new("run_id", ColumnType.Text, n => n.RunId, Updatable: false),
        new("subject_line", ColumnType.Text, n => n.SubjectLine),
        new("subject_variant", ColumnType.Text, n => n.SubjectVariant),
        new("subject_informative", ColumnType.Text, n => n.SubjectInformative),
        new("subject_engaging", ColumnType.Text, n => n.SubjectEngaging),
        new("article_count", ColumnType.Integer, n => n.ArticleCount),
        new("article_ids", ColumnType.UuidArray, n => n.ArticleIds),
        new("html_key", ColumnType.Text, n => n.HtmlKey),
        new("text_key", ColumnType.Text, n => n.TextKey),
        new("html_content", ColumnType.Text, n => n.HtmlContent),
        new("text_content", ColumnType.Text, n => n.TextContent),
        new("generated_at", ColumnType.Text, n => n.GeneratedAt),
    ]);
}

internal static class TableValues
{
    /// <summary>DECIMAL columns take a decimal (PostgreSQL's binary COPY is exact about types); not-a-number is no value.</summary>
    public static decimal? Decimal(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;
}
