using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace NewsCurator.Storage;

/// <summary>
/// The articles table's columns, once: the name, the PostgreSQL type, how a row's value is read, and whether a
/// re-export may change it. The database load (binary COPY or prepared inserts) and the SQL export both read this.
/// </summary>
public static class ArticleColumns
{
    public sealed record Column(string Name, NpgsqlDbType Type, Func<ArticleRow, object?> Value, bool Updatable = true);

    public static readonly IReadOnlyList<Column> All =
    [
        new("id", NpgsqlDbType.Uuid, a => a.Id, Updatable: false),
        new("pipeline_run_id", NpgsqlDbType.Uuid, a => a.PipelineRunId, Updatable: false),
        new("run_id", NpgsqlDbType.Text, a => a.RunId, Updatable: false),
        new("article_id", NpgsqlDbType.Text, a => a.ArticleId, Updatable: false),
        new("feed_url", NpgsqlDbType.Text, a => a.FeedUrl),
        new("feed_name", NpgsqlDbType.Text, a => a.FeedName),
        new("title", NpgsqlDbType.Text, a => a.Title),
        new("content", NpgsqlDbType.Text, a => a.Content),
        new("content_length", NpgsqlDbType.Integer, a => a.ContentLength),
        new("url", NpgsqlDbType.Text, a => a.Url),
        new("canonical_url", NpgsqlDbType.Text, a => a.CanonicalUrl),
        new("author", NpgsqlDbType.Text, a => a.Author),
        new("published_date", NpgsqlDbType.Text, a => a.PublishedDate),
        new("language", NpgsqlDbType.Text, a => a.Language),
        new("word_count", NpgsqlDbType.Integer, a => a.WordCount),
        new("content_type", NpgsqlDbType.Varchar, a => a.ContentType),
        new("tech_relevance_score", NpgsqlDbType.Numeric, a => Decimal(a.TechRelevanceScore)),
        new("quality_score", NpgsqlDbType.Numeric, a => Decimal(a.QualityScore)),
        new("ad_probability", NpgsqlDbType.Double, a => a.AdProbability),
        new("is_advertisement", NpgsqlDbType.Boolean, a => a.IsAdvertisement),
        new("decision", NpgsqlDbType.Text, a => a.Decision),
        new("decision_stage", NpgsqlDbType.Text, a => a.DecisionStage),
        new("decision_rule", NpgsqlDbType.Text, a => a.DecisionRule),
        new("decision_reason", NpgsqlDbType.Text, a => a.DecisionReason),
        new("duplicate_of", NpgsqlDbType.Text, a => a.DuplicateOf),
        new("rank", NpgsqlDbType.Integer, a => a.Rank),
        new("summary", NpgsqlDbType.Text, a => a.Summary),
        // A JSON array of strings in a text column (both databases).
        new("topics", NpgsqlDbType.Text, a => a.Topics is null ? null : System.Text.Json.JsonSerializer.Serialize(a.Topics, Json.Options)),
        new("preview", NpgsqlDbType.Text, a => a.Preview),
        new("reading_time_minutes", NpgsqlDbType.Integer, a => a.ReadingTimeMinutes),
        // created_at keeps the first export's stamp (a re-run keeps the run's start anyway).
        new("created_at", NpgsqlDbType.Text, a => a.CreatedAt, Updatable: false),
    ];

    /// <summary>Scores are DECIMAL(4,2): already rounded to two places in the row, so the conversion is exact.</summary>
    private static decimal? Decimal(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;

    private static string Names => string.Join(", ", All.Select(c => c.Name));

    private static string UpsertTail => "ON CONFLICT (id) DO UPDATE SET "
        + string.Join(", ", All.Where(c => c.Updatable).Select(c => $"{c.Name} = excluded.{c.Name}"));

    /// <summary>
    /// Upserts every row in the caller's transaction. PostgreSQL: one binary COPY into a temporary table, then one
    /// set-based upsert (a round trip per row would dominate a large run). SQLite (in-process, no round trips): one
    /// prepared statement executed per row.
    /// </summary>
    public static async Task UpsertAsync(DbConnection connection, DbTransaction tx, IEnumerable<ArticleRow> rows, CancellationToken ct)
    {
        if (connection is NpgsqlConnection pg) await CopyAsync(pg, tx, rows, ct);
        else await InsertEachAsync(connection, tx, rows, ct);
    }

    public static async Task CopyAsync(NpgsqlConnection connection, DbTransaction tx, IEnumerable<ArticleRow> rows, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("CREATE TEMP TABLE articles_load (LIKE articles) ON COMMIT DROP", connection, (NpgsqlTransaction)tx))
            await create.ExecuteNonQueryAsync(ct);
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY articles_load ({Names}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var column in All)
                {
                    if (column.Value(row) is { } value) await importer.WriteAsync(value, column.Type, ct);
                    else await importer.WriteNullAsync(ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        await using var upsert = new NpgsqlCommand($"INSERT INTO articles ({Names}) SELECT {Names} FROM articles_load {UpsertTail}; DROP TABLE articles_load",
            connection, (NpgsqlTransaction)tx);
        await upsert.ExecuteNonQueryAsync(ct);
    }

    public static async Task InsertEachAsync(DbConnection connection, DbTransaction tx, IEnumerable<ArticleRow> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO articles ({Names}) VALUES ({string.Join(", ", All.Select((_, i) => "@p" + i))}) {UpsertTail}";
        var parameters = All.Select((column, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            if (p is NpgsqlParameter typed) typed.NpgsqlDbType = column.Type;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
                parameters[i].Value = All[i].Value(row) switch
                {
                    null => DBNull.Value,
                    // The lowercase text form the migrations write in SQLite (the PostgreSQL path takes uuid).
                    Guid g when connection is not NpgsqlConnection => RowIds.Text(g),
                    var v => v,
                };
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
