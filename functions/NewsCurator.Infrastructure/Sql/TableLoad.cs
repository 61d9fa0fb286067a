using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// Loads a run's rows into a table the core describes (<see cref="TableColumns{TRow}"/>: articles, feed_statistics),
/// streaming them, so a run of any size loads in the memory of one row.
/// </summary>
public static class TableLoad
{
    /// <summary>
    /// Upserts every row in the caller's transaction and deletes the rows of <paramref name="runId"/> that are not
    /// among them (a previous attempt's items or feeds that this attempt no longer has). PostgreSQL: one binary COPY
    /// into a temporary table, one set-based upsert, one set-based delete. SQLite (in-process, no round trips): one
    /// prepared statement per row, the kept ids in a temporary table, one set-based delete.
    /// </summary>
    public static async Task ReplaceRunRowsAsync<TRow>(this TableColumns<TRow> table, DbConnection connection, DbTransaction tx, string runId, IEnumerable<TRow> rows, CancellationToken ct)
    {
        if (connection is NpgsqlConnection pg) await table.CopyAsync(pg, tx, rows, runId, ct);
        else await table.InsertEachAsync(connection, tx, rows, runId, ct);
    }

    /// <summary>The PostgreSQL load; with a null <paramref name="runId"/> nothing is deleted.</summary>
    public static async Task CopyAsync<TRow>(this TableColumns<TRow> table, NpgsqlConnection connection, DbTransaction tx, IEnumerable<TRow> rows, string? runId, CancellationToken ct)
    {
        var load = $"{table.Table}_load";
        await ExecuteAsync(connection, tx, $"CREATE TEMP TABLE {load} (LIKE {table.Table}) ON COMMIT DROP", null, ct);
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {load} ({table.Names}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var column in table.All)
                {
                    if (column.Value(row) is { } value) await importer.WriteAsync(MigrationDialect.Stored(value, postgres: true), Npgsql(column.Type), ct);
                    else await importer.WriteNullAsync(ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        await ExecuteAsync(connection, tx, $"INSERT INTO {table.Table} ({table.Names}) SELECT {table.Names} FROM {load} {table.UpsertTail}", null, ct);
        if (runId is not null)
            await ExecuteAsync(connection, tx, $"DELETE FROM {table.Table} t WHERE t.run_id = @run AND NOT EXISTS (SELECT 1 FROM {load} l WHERE l.id = t.id)", runId, ct);
        await ExecuteAsync(connection, tx, $"DROP TABLE {load}", null, ct);
    }

    /// <summary>
    /// One prepared upsert per row (SQLite's load, and single rows in either database); with a null
    /// <paramref name="runId"/> nothing is deleted (the delete path is SQLite's).
    /// </summary>
    public static async Task InsertEachAsync<TRow>(this TableColumns<TRow> table, DbConnection connection, DbTransaction tx, IEnumerable<TRow> rows, string? runId, CancellationToken ct)
    {
        var keep = $"{table.Table}_keep";
        if (runId is not null) await ExecuteAsync(connection, tx, $"CREATE TEMP TABLE {keep} (id TEXT PRIMARY KEY)", null, ct);
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT INTO {table.Table} ({table.Names}) VALUES ({string.Join(", ", table.All.Select((_, i) => "@p" + i))}) {table.UpsertTail}";
        var parameters = table.All.Select((column, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            if (p is NpgsqlParameter typed) typed.NpgsqlDbType = Npgsql(column.Type);
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        // The ids this load keeps, for the delete at the end (only when there is one).
        await using var kept = runId is null ? null : connection.CreateCommand();
        var idColumn = table.All.ToList().FindIndex(c => c.Name == "id");
        if (kept is not null)
        {
            kept.Transaction = tx;
            kept.CommandText = $"INSERT OR IGNORE INTO {keep} (id) VALUES (@id)";
            var keptId = kept.CreateParameter();
            keptId.ParameterName = "@id";
            kept.Parameters.Add(keptId);
        }
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = MigrationDialect.Stored(table.All[i].Value(row), connection is NpgsqlConnection);
            await command.ExecuteNonQueryAsync(ct);
            if (kept is null) continue;
            kept.Parameters[0].Value = parameters[idColumn].Value;
            await kept.ExecuteNonQueryAsync(ct);
        }
        if (runId is null) return;
        await ExecuteAsync(connection, tx, $"DELETE FROM {table.Table} WHERE run_id = @run AND id NOT IN (SELECT id FROM {keep})", runId, ct);
        await ExecuteAsync(connection, tx, $"DROP TABLE {keep}", null, ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction tx, string sql, string? runId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        if (runId is not null)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@run";
            p.Value = runId;
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlDbType Npgsql(ColumnType type) => type switch
    {
        ColumnType.Uuid => NpgsqlDbType.Uuid,
        ColumnType.UuidArray => NpgsqlDbType.Array | NpgsqlDbType.Uuid,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Varchar => NpgsqlDbType.Varchar,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.Numeric => NpgsqlDbType.Numeric,
        ColumnType.Double => NpgsqlDbType.Double,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no PostgreSQL type for this column type"),
    };
}
