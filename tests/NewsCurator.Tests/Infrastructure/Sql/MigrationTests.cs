using Dapper;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>Migrations under concurrency and after a failure, on SQLite files (PostgreSQL: see PostgresTests).</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class MigrationTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public async Task FirstRunsOnOneFreshFile_ShouldNeverRaceInTheMigrations()
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var path = Path.Combine(_dir.Path, $"fresh-{attempt}.db");
            // Separate Database objects with their own connections, as separate processes have.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Database.FromConnectionString("sqlite:" + path).MigrateAsync())));
            await using var connection = await Database.FromConnectionString("sqlite:" + path).OpenAsync();
            var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToList();
            Assert.Equal(versions.Distinct().Count(), versions.Count);
        }
    }

    [Fact]
    public async Task ManyProcessesUpgradingAnOldDatabase_ShouldApplyTheSeedSchemaOnce()
    {
        // Migration 003 renames tables and adds columns (not idempotent): without the lock and the
        // re-check a second migrator fails with "duplicate column name" or a missing table.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var path = Path.Combine(_dir.Path, $"schema-002-{attempt}.db");
            File.Copy(Repo.Path("tests", "fixtures", "db", "schema-002.db"), path);
            long runsBefore;
            await using (var before = await Database.FromConnectionString("sqlite:" + path).OpenAsync())
                runsBefore = await before.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pipeline_runs");

            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Database.FromConnectionString("sqlite:" + path).MigrateAsync())));

            await using var connection = await Database.FromConnectionString("sqlite:" + path).OpenAsync();
            var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version")).ToList();
            // Every embedded migration once, the seed schema's 003 included.
            var embedded = typeof(Database).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal))
                .Select(n => long.Parse(n["migrations/".Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(embedded, versions);
            Assert.Equal(runsBefore, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pipeline_runs WHERE id IS NOT NULL"));
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM newsletters WHERE subject_line IS NOT NULL") > 0);
        }
    }

    [Fact]
    public async Task AFailedMigration_ShouldBeRetriedByTheNextRequest()
    {
        // The database's folder is a file at first (as a missing mount would be): opening fails.
        var folder = Path.Combine(_dir.Path, "db");
        File.WriteAllText(folder, "not a folder");
        var repository = new RunRepository(Database.FromConnectionString("sqlite:" + Path.Combine(folder, "newscurator.db")));
        await Assert.ThrowsAnyAsync<Exception>(() => repository.OpenMigratedAsync());

        File.Delete(folder); // the operator fixes it; a long-lived process must recover without a restart
        await using var connection = await repository.OpenMigratedAsync();
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version") > 0);
    }

    public void Dispose() => _dir.Dispose();
}
