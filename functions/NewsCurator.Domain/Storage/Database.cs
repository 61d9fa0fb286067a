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
            var cs = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
            // The folder is made on first use, not here: a Lambda that never touches the database has a read-only disk.
            return new Database(() =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new SqliteConnection(cs);
            }, $"sqlite:{path}");
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

    /// <summary>
    /// PostgreSQL with credentials from a Secrets Manager secret, read through SSM's
    /// /aws/reference/secretsmanager/ parameter (AWSSDK.SecretsManager is not available here).
    /// The secret is fetched once, on first connection; <paramref name="host"/> (the RDS Proxy
    /// endpoint) replaces the instance host stored in the secret.
    /// </summary>
    public static Database FromSecret(string secretName, string? host, Func<string, Task<string>>? readSecret = null)
    {
        readSecret ??= ReadSecretThroughSsmAsync;
        var connectionString = new Lazy<string>(() =>
        {
            var json = readSecret(secretName).GetAwaiter().GetResult();
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            var secret = doc.RootElement;
            string Field(string name) => secret.TryGetProperty(name, out var v) ? v.ToString()
                : throw new Configuration.ConfigurationException($"database secret '{secretName}' has no '{name}' field");
            return new NpgsqlConnectionStringBuilder
            {
                Host = host ?? Field("host"),
                Port = int.Parse(Field("port"), System.Globalization.CultureInfo.InvariantCulture),
                Database = Field("dbname"),
                Username = Field("username"),
                Password = Field("password"),
                SslMode = SslMode.Require,
                MaxPoolSize = 5,
            }.ToString();
        });
        return new Database(() => new NpgsqlConnection(connectionString.Value), $"postgres:secret:{secretName}@{host ?? "(secret host)"}");
    }

    private static async Task<string> ReadSecretThroughSsmAsync(string secretName)
    {
        using var ssm = new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient();
        var response = await ssm.GetParameterAsync(new Amazon.SimpleSystemsManagement.Model.GetParameterRequest
        {
            Name = "/aws/reference/secretsmanager/" + secretName,
            WithDecryption = true,
        });
        return response.Parameter.Value;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = connect();
        await connection.OpenAsync(ct);
        if (connection is SqliteConnection)
        {
            // WAL lets the read API read while a run writes; foreign keys are off by default in SQLite.
            // busy_timeout first: a second process opening a fresh file waits for the first instead of failing.
            await connection.ExecuteAsync("PRAGMA busy_timeout=30000; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;");
        }
        return connection;
    }

    /// <summary>
    /// Applies embedded migrations not yet recorded in schema_version, each in its own transaction.
    /// Processes that start together (two first runs, a run and `serve`, many Lambdas) take turns:
    /// each migration's transaction first takes a lock (SQLite: BEGIN IMMEDIATE, the database's
    /// write lock; PostgreSQL: a transaction-scoped advisory lock), then checks again whether
    /// another process applied it meanwhile.
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        // Under the lock too: PostgreSQL's CREATE TABLE IF NOT EXISTS races with itself (a duplicate pg_type row).
        await using (var create = await BeginLockedAsync(connection, ct))
        {
            await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", transaction: create);
            await create.CommitAsync(ct);
        }
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToHashSet();
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name["migrations/".Length..];
            var version = long.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            if (applied.Contains(version)) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var sql = await reader.ReadToEndAsync(ct);
            await using var tx = await BeginLockedAsync(connection, ct);
            if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version WHERE version = @version", new { version }, tx) > 0)
                continue; // another process applied it while this one waited for the lock
            await connection.ExecuteAsync(sql, transaction: tx);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at) ON CONFLICT (version) DO NOTHING",
                new { version, name = file, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
            await tx.CommitAsync(ct);
        }
    }

    /// <summary>Any number that names "the migration lock" for pg_advisory_xact_lock; "NCMIGRAT" in ASCII.</summary>
    private const long MigrationLockKey = 0x4E434D4947524154;

    private static async Task<DbTransaction> BeginLockedAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection is SqliteConnection sqlite)
            return sqlite.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: waits (busy_timeout) for the write lock
        var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLockKey }, tx);
        return tx;
    }
}
