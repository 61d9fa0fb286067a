namespace NewsCurator.Storage;

/// <summary>
/// The articles table's columns, once: the name, the PostgreSQL type, how a row's value is read, and whether a
/// re-export may change it. The database load (binary COPY or prepared inserts:
/// functions/NewsCurator.Infrastructure/Sql/ArticleLoad.cs) and the SQL export both read this.
/// </summary>
public static class ArticleColumns
{
    public sealed record Column(string Name, ColumnType Type, Func<ArticleRow, object?> Value, bool Updatable = true);

    public static readonly IReadOnlyList<Column> All =
    [
        new("id", ColumnType.Uuid, a => a.Id, Updatable: false),
        new("pipeline_run_id", ColumnType.Uuid, a => a.PipelineRunId, Updatable: false),
        new("run_id", ColumnType.Text, a => a.RunId, Updatable: false),
        new("article_id", ColumnType.Text, a => a.ArticleId, Updatable: false),
        new("feed_url", ColumnType.Text, a => a.FeedUrl),
        new("feed_name", ColumnType.Text, a => a.FeedName),
        new("title", ColumnType.Text, a => a.Title),
        new("content", ColumnType.Text, a => a.Content),
        new("content_length", ColumnType.Integer, a => a.ContentLength),
        new("url", ColumnType.Text, a => a.Url),
        new("canonical_url", ColumnType.Text, a => a.CanonicalUrl),
        new("author", ColumnType.Text, a => a.Author),
        new("published_date", ColumnType.Text, a => a.PublishedDate),
        new("language", ColumnType.Text, a => a.Language),
        new("word_count", ColumnType.Integer, a => a.WordCount),
        new("content_type", ColumnType.Varchar, a => a.ContentType),
        new("tech_relevance_score", ColumnType.Numeric, a => Decimal(a.TechRelevanceScore)),
        new("quality_score", ColumnType.Numeric, a => Decimal(a.QualityScore)),
        new("ad_probability", ColumnType.Double, a => a.AdProbability),
        new("is_advertisement", ColumnType.Boolean, a => a.IsAdvertisement),
        new("decision", ColumnType.Text, a => a.Decision),
        new("decision_stage", ColumnType.Text, a => a.DecisionStage),
        new("decision_rule", ColumnType.Text, a => a.DecisionRule),
        new("decision_reason", ColumnType.Text, a => a.DecisionReason),
        new("duplicate_of", ColumnType.Text, a => a.DuplicateOf),
        new("rank", ColumnType.Integer, a => a.Rank),
        new("summary", ColumnType.Text, a => a.Summary),
        // A JSON array of strings in a text column (both databases).
        new("topics", ColumnType.Text, a => a.Topics is null ? null : System.Text.Json.JsonSerializer.Serialize(a.Topics, Json.Options)),
        new("preview", ColumnType.Text, a => a.Preview),
        new("reading_time_minutes", ColumnType.Integer, a => a.ReadingTimeMinutes),
        // created_at keeps the first export's stamp (a re-run keeps the run's start anyway).
        new("created_at", ColumnType.Text, a => a.CreatedAt, Updatable: false),
    ];

    /// <summary>Scores are DECIMAL(4,2): already rounded to two places in the row, so the conversion is exact.</summary>
    private static decimal? Decimal(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;
}

/// <summary>A column's type in the seed schema's PostgreSQL terms (SQLite stores each in its documented equivalent).</summary>
public enum ColumnType
{
    Uuid,
    Text,
    Varchar,
    Integer,
    Numeric,
    Double,
    Boolean,
}
