using System.Data.Common;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// The relational store: SQLite locally, PostgreSQL (Aurora) in production. One
/// migration set runs on both; every statement is parameterised.
/// </summary>
public sealed class Database(Func<DbConnection> connect, string description)
{
    static Database() => MigrationDialect.RegisterTypeHandlers();

    public string Description => description;

    /// <summary>PostgreSQL (native UUID, arrays, DECIMAL) rather than SQLite (their documented text/REAL equivalents).</summary>
    public bool IsPostgres => description.StartsWith("postgres", StringComparison.Ordinal);

    /// <summary>
    /// Whether connections made here apply pending migrations first (local runs, the Migrate step).
    /// The deployed pipeline and read API log in as roles that may not change the schema.
    /// </summary>
    public bool ManagesSchema { get; init; } = true;

    public static Database FromConnectionString(string value)
    {
        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(value["sqlite:".Length..]);
            // Pooled: a read API request then reuses an open handle with its parsed schema and page cache
            // instead of opening the file afresh (the PRAGMAs below are per connection and cheap to repeat).
            var cs = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
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
    /// The secret is fetched once, on first connection. The endpoint (host, port, database) comes
    /// from <paramref name="endpoint"/> where the secret lacks it (an RDS-managed master secret
    /// holds only username and password). With <see cref="SecretEndpoint.RootCertificate"/> the
    /// server's certificate is verified against it (VerifyFull); without, TLS is only required.
    /// </summary>
    public static Database FromSecret(string secretName, SecretEndpoint endpoint, Func<string, Task<string>>? readSecret = null)
    {
        readSecret ??= name => new Aws.SsmSecrets().ReadAsync(name, CancellationToken.None);
        var connectionString = new Lazy<string>(() => ConnectionStringFromSecret(secretName, readSecret(secretName).GetAwaiter().GetResult(), endpoint));
        return new Database(() => new NpgsqlConnection(connectionString.Value), $"postgres:secret:{secretName}@{endpoint.Host ?? "(secret host)"}");
    }

    /// <summary>The Npgsql connection string for a secret's JSON and the endpoint settings (public for tests).</summary>
    public static string ConnectionStringFromSecret(string secretName, string json, SecretEndpoint endpoint)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var secret = doc.RootElement;
        string Field(string name, string? fallback = null) => secret.TryGetProperty(name, out var v) ? v.ToString()
            : fallback ?? throw new Configuration.ConfigurationException($"database secret '{secretName}' has no '{name}' field and no fallback is configured");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = endpoint.Host ?? Field("host"),
            Port = int.Parse(Field("port", endpoint.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "5432"), System.Globalization.CultureInfo.InvariantCulture),
            Database = Field("dbname", endpoint.Database),
            Username = Field("username"),
            Password = Field("password"),
            SslMode = endpoint.RootCertificate is null ? SslMode.Require : SslMode.VerifyFull,
            MaxPoolSize = 5,
            // Aurora Serverless v2 resumes from 0 ACU in about 15 s: the first connection of a day waits for it.
            Timeout = 60,
        };
        if (endpoint.RootCertificate is { } ca)
        {
            if (!File.Exists(ca)) throw new Configuration.ConfigurationException($"database CA bundle '{ca}' was not found (NEWSCURATOR_DATABASE_CA); it ships in the function package as certs/rds-ca-bundle.pem");
            builder.RootCertificate = ca;
        }
        return builder.ToString();
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
        var helpersInstalled = false;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name["migrations/".Length..];
            var version = long.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            if (applied.Contains(version)) continue;
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var sql = MigrationDialect.Substitute(await reader.ReadToEndAsync(ct), IsPostgres);
            await using var tx = await BeginLockedAsync(connection, ct);
            if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version WHERE version = @version", new { version }, tx) > 0)
                continue; // another process applied it while this one waited for the lock
            if (!helpersInstalled)
            {
                // Under the lock as well: concurrent CREATE OR REPLACE FUNCTION collide in PostgreSQL.
                await MigrationDialect.InstallHelpersAsync(connection, tx);
                helpersInstalled = true;
            }
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

/// <summary>Where the secret's database is and how to trust it; each null falls back to the secret's own field.</summary>
public sealed record SecretEndpoint(string? Host = null, int? Port = null, string? Database = null, string? RootCertificate = null);
