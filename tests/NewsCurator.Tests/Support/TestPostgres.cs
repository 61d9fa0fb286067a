using Dapper;
using Npgsql;

namespace NewsCurator.Tests.Support;

/// <summary>A fresh PostgreSQL database on the server scripts/test.sh starts (NEWSCURATOR_TEST_POSTGRES), dropped afterwards.</summary>
public sealed class TestPostgres : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("NEWSCURATOR_TEST_POSTGRES");
    private readonly string _name = "nc_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    /// <summary>The new database's connection string (created on first use).</summary>
    public string ConnectionString => _connectionString ??= Create();

    private string Create()
    {
        Assert.False(string.IsNullOrEmpty(Server), "NEWSCURATOR_TEST_POSTGRES is not set: run the tests through scripts/test.sh, which starts PostgreSQL");
        using (var admin = new NpgsqlConnection(Server))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {_name}");
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = _name, Pooling = false }.ToString();
    }

    public void Dispose()
    {
        if (_connectionString is null) return;
        using var admin = new NpgsqlConnection(Server);
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
