using Dapper;
using Npgsql;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Support;

/// <summary>A fresh PostgreSQL database on the server scripts/test.sh starts (NEWSCURATOR_TEST_POSTGRES), dropped afterwards.</summary>
public sealed class TestPostgres : IDisposable
{
    private string? _server;
    private readonly string _name = "nc_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    /// <summary>The new database's connection string (created on first use).</summary>
    public string ConnectionString => _connectionString ??= Create();

    private string Create()
    {
        // Skips the test (a [SkippableFact]) with the reason where no server was started.
        _server = Requires.Postgres();
        using (var admin = new NpgsqlConnection(_server))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {_name}");
        }
        return new NpgsqlConnectionStringBuilder(_server) { Database = _name, Pooling = false }.ToString();
    }

    public void Dispose()
    {
        if (_connectionString is null) return;
        using var admin = new NpgsqlConnection(_server);
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
