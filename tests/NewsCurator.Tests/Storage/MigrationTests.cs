using Dapper;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Storage;

/// <summary>Migrations under concurrency and after a failure, on SQLite files (PostgreSQL: see PostgresTests).</summary>
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
