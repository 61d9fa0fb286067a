using System.Data.Common;
using System.Diagnostics;
using Dapper;
using NewsCurator.Storage;
using Npgsql;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Bench;

/// <summary>
/// Loading a run's article rows: PostgreSQL binary COPY + one set-based upsert against the baseline of one
/// prepared upsert per row (what Export did before, and what SQLite still does in-process), and SQLite for
/// reference. PostgreSQL comes from NEWSCURATOR_BENCH_POSTGRES (an Npgsql connection string); without it only
/// SQLite runs, and the bench says so.
/// </summary>
internal static class ExportBench
{
    public static async Task RunAsync(int rows)
    {
        Console.WriteLine($"export: upserting {rows:N0} article rows (each twice: first load, then a re-export of the same run)");
        var sqlitePath = Path.Combine(Path.GetTempPath(), $"newscurator-export-{Guid.NewGuid():N}.db");
        try
        {
            var sqlite = Database.FromConnectionString("sqlite:" + sqlitePath);
            await sqlite.MigrateAsync();
            await TimeAsync("sqlite, prepared upsert per row", sqlite, rows, (connection, tx, articles, ct) => ArticleColumns.Table.InsertEachAsync(connection, tx, articles, null, ct));
        }
        finally
        {
            File.Delete(sqlitePath);
        }
        if (Environment.GetEnvironmentVariable("NEWSCURATOR_BENCH_POSTGRES") is not { Length: > 0 } cs)
        {
            Console.WriteLine("  postgresql: skipped (set NEWSCURATOR_BENCH_POSTGRES to an Npgsql connection string)");
            return;
        }
        var postgres = Database.FromConnectionString("postgres:" + cs);
        await postgres.MigrateAsync();
        await TimeAsync("postgresql, upsert per row (baseline)", postgres, rows, (connection, tx, articles, ct) => ArticleColumns.Table.InsertEachAsync(connection, tx, articles, null, ct));
        await TimeAsync("postgresql, binary COPY + one upsert", postgres, rows,
            (connection, tx, articles, ct) => ArticleColumns.Table.CopyAsync((NpgsqlConnection)connection, tx, articles, null, ct));
    }

    private static async Task TimeAsync(string name, Database database, int count,
        Func<DbConnection, DbTransaction, IEnumerable<ArticleRow>, CancellationToken, Task> load)
    {
        var runId = $"bench-export-{Guid.NewGuid():N}";
        var rows = Rows(runId, count);
        var seconds = new List<double>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await using var connection = await database.OpenAsync();
            await using var tx = await connection.BeginTransactionAsync();
            var clock = Stopwatch.StartNew();
            await connection.ExecuteAsync(
                "INSERT INTO pipeline_runs (id, run_id, status, started_at, created_at, updated_at, config_digest) VALUES (@Id, @RunId, 'running', @At, @At, @At, '') ON CONFLICT (id) DO NOTHING",
                new { Id = RowIds.Run(runId), RunId = runId, At = DateTimeOffset.UtcNow.ToString("O") }, tx);
            await load(connection, tx, rows, default);
            await tx.CommitAsync();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        await using (var connection = await database.OpenAsync())
        {
            var stored = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE run_id = @runId", new { runId });
            if (stored != count) throw new InvalidOperationException($"{name}: {stored} rows stored, expected {count}");
            await connection.ExecuteAsync("DELETE FROM articles WHERE run_id = @runId; DELETE FROM pipeline_runs WHERE run_id = @runId", new { runId });
        }
        Console.WriteLine($"  {name,-40} first {seconds[0],6:0.00} s ({count / seconds[0],8:N0} rows/s), again {seconds[1],6:0.00} s ({count / seconds[1],8:N0} rows/s)");
    }

    private static List<ArticleRow> Rows(string runId, int count) => Enumerable.Range(0, count).Select(i => new ArticleRow
    {
        Id = RowIds.Article(runId, $"a{i}"),
        PipelineRunId = RowIds.Run(runId),
        RunId = runId,
        ArticleId = $"a{i}",
        FeedUrl = $"https://feed{i % 500}.example/rss",
        FeedName = $"Feed {i % 500}",
        Title = $"Article {i}: a title of ordinary length for a news item",
        Content = string.Join(' ', Enumerable.Repeat($"word{i % 97} text of the article", 60)),
        ContentLength = 1_900,
        Url = $"https://feed{i % 500}.example/{i}",
        CanonicalUrl = $"https://feed{i % 500}.example/{i}",
        PublishedDate = DateTimeOffset.UnixEpoch.AddDays(20_000 + i % 30).ToString("O"),
        Language = "en",
        WordCount = 300,
        ContentType = "news",
        TechRelevanceScore = Math.Round(i % 100 / 10.0, 2),
        QualityScore = Math.Round(i % 70 / 10.0, 2),
        AdProbability = i % 13 / 13.0,
        IsAdvertisement = i % 13 == 12,
        Decision = "dropped",
        DecisionStage = "Select",
        DecisionRule = "below_cut",
        DecisionReason = $"ranked {i} of {count}",
        CreatedAt = DateTimeOffset.UnixEpoch.ToString("O"),
    }).ToList();
}
