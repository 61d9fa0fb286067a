using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace NewsCurator.Storage;

/// <summary>
/// The relational store: SQLite locally, PostgreSQL (through RDS Proxy) in production. One
/// migration set runs on both; every statement is parameterised.
/// </summary>
public sealed class Database(Func<DbConnection> connect, string description)
{
    public string Description => description;

    public static Database FromConnectionString(string value)
    {
        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(value["sqlite:".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var cs = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
            return new Database(() => new SqliteConnection(cs), $"sqlite:{path}");
        }
        if (value.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase))
        {
            var cs = value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var builder = new NpgsqlConnectionStringBuilder(cs);
            // Never echo a password into logs or error messages.
            var safe = $"postgres:{builder.Host}:{builder.Port}/{builder.Database}";
            return new Database(() => new NpgsqlConnection(cs), safe);
        }
        throw new Configuration.ConfigurationException(
            "NEWSCURATOR_DATABASE must start with 'sqlite:' (a file path) or 'postgres:' (an Npgsql connection string)");
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = connect();
        await connection.OpenAsync(ct);
        if (connection is SqliteConnection)
        {
            // WAL lets the read API read while a run writes; foreign keys are off by default in SQLite.
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;");
        }
        return connection;
    }

    /// <summary>Applies embedded migrations not yet recorded in schema_version, each in its own transaction.</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToHashSet();
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name["migrations/".Length..];
            var version = long.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            if (applied.Contains(version)) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var sql = await reader.ReadToEndAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(sql, transaction: tx);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at) ON CONFLICT (version) DO NOTHING",
                new { version, name = file, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
            await tx.CommitAsync(ct);
        }
    }
}
