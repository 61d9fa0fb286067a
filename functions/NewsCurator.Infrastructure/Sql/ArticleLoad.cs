using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// Loads article rows into the articles table, column by column as <see cref="ArticleColumns"/> lists them.
/// </summary>
public static class ArticleLoad
{
    private static IReadOnlyList<ArticleColumns.Column> All => ArticleColumns.All;

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
                    if (column.Value(row) is { } value) await importer.WriteAsync(value, Npgsql(column.Type), ct);
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
            if (p is NpgsqlParameter typed) typed.NpgsqlDbType = Npgsql(column.Type);
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

    private static NpgsqlDbType Npgsql(ColumnType type) => type switch
    {
        ColumnType.Uuid => NpgsqlDbType.Uuid,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Varchar => NpgsqlDbType.Varchar,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.Numeric => NpgsqlDbType.Numeric,
        ColumnType.Double => NpgsqlDbType.Double,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no PostgreSQL type for this column type"),
    };
}
