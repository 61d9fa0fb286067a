using System.Data;
using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// What makes one migration set run on both databases: the seed schema's PostgreSQL types where
/// SQLite has none (placeholders in the .sql files), the helper functions migrations call, and how
/// ids and id arrays travel as parameters. See the header of Migrations/003_seed_schema.sql.
/// </summary>
public static class MigrationDialect
{
    public static string Substitute(string sql, bool postgres) => sql
        .Replace("{uuid_array}", postgres ? "UUID[]" : "TEXT", StringComparison.Ordinal)
        .Replace("{uuid}", postgres ? "UUID" : "TEXT", StringComparison.Ordinal)
        .Replace("{now}", postgres ? "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))" : "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))", StringComparison.Ordinal);

    /// <summary>nc_uuid and nc_seconds, with the same results in both databases (RowIds.Of for ids).</summary>
    public static async Task InstallHelpersAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("nc_uuid", (string name) => RowIds.Text(RowIds.Of(name)), isDeterministic: true);
            sqlite.CreateFunction("nc_seconds", (string from, string to) =>
                (DateTimeOffset.Parse(to, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(from, CultureInfo.InvariantCulture)).TotalSeconds, isDeterministic: true);
            return;
        }
        await connection.ExecuteAsync("""
            CREATE OR REPLACE FUNCTION nc_uuid(name text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT md5(name)::uuid $$;
            CREATE OR REPLACE FUNCTION nc_seconds(from_at text, to_at text) RETURNS double precision LANGUAGE sql STABLE
                AS $$ SELECT EXTRACT(EPOCH FROM (to_at::timestamptz - from_at::timestamptz))::double precision $$;
            """, transaction: transaction);
    }

    private static bool installed;

    /// <summary>
    /// Guid parameters become PostgreSQL uuid, or SQLite text in the lowercase form the migrations
    /// write (Microsoft.Data.Sqlite would store uppercase text or a blob). Registered once per process.
    /// </summary>
    public static void RegisterTypeHandlers()
    {
        if (installed) return;
        installed = true;
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.AddTypeHandler(new UuidListHandler());
    }

    /// <summary>
    /// A value as the database stores it: Guid as PostgreSQL uuid or the lowercase text the migrations write in SQLite,
    /// UuidList as a PostgreSQL array or the same array literal as text. Dapper's handlers and the row load share it.
    /// </summary>
    public static object Stored(object? value, bool postgres) => value switch
    {
        null => DBNull.Value,
        // PostgreSQL's text holds no U+0000 (SQLState 22021 failed the whole Export for one feed's link or error text).
        string text when postgres && text.Contains('\0') => text.Replace("\0", "", StringComparison.Ordinal),
        Guid g => postgres ? g : RowIds.Text(g),
        UuidList ids => postgres ? ids.Ids.ToArray() : RowIds.ArrayLiteral(ids.Ids),
        var v => v,
    };

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value)
        {
            if (parameter is NpgsqlParameter npgsql) npgsql.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid;
            else parameter.DbType = DbType.String;
            parameter.Value = Stored(value, parameter is NpgsqlParameter);
        }

        public override Guid Parse(object value) => value is Guid g ? g : Guid.Parse((string)value, CultureInfo.InvariantCulture);
    }

    private sealed class UuidListHandler : SqlMapper.TypeHandler<UuidList>
    {
        public override void SetValue(IDbDataParameter parameter, UuidList? value)
        {
            if (parameter is NpgsqlParameter npgsql) npgsql.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid;
            else parameter.DbType = DbType.String;
            parameter.Value = Stored(value ?? new UuidList([]), parameter is NpgsqlParameter);
        }

        public override UuidList Parse(object value) => value switch
        {
            Guid[] ids => new UuidList(ids),
            string text => new UuidList([.. RowIds.ParseArrayLiteral(text).Select(Guid.Parse)]),
            _ => throw new DataException($"cannot read {value.GetType().Name} as a list of UUIDs"),
        };
    }
}
