using System.Data.Common;
using Dapper;
using Npgsql;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>
/// The PostgreSQL roles the deployed functions log in as, least privilege each: the pipeline writes
/// rows, the read API only reads, neither can change the schema (only the Migrate step, as the owner,
/// does). Both authenticate with IAM tokens (rds_iam) on RDS: no password exists for them.
/// </summary>
public static class DatabaseRoles
{
    public const string Writer = "newscurator_writer";
    public const string Reader = "newscurator_reader";

    /// <summary>Creates the roles if missing and grants what each needs on every table and sequence (idempotent).</summary>
    public static async Task EnsureAsync(DbConnection connection, CancellationToken ct = default)
    {
        if (connection is not NpgsqlConnection) return; // SQLite (local runs) has no roles
        var database = connection.Database;
        var sql = $"""
            DO $$
            BEGIN
              -- Roles are cluster-wide: another database's Migrate may create them at the same moment.
              BEGIN CREATE ROLE {Writer} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
              BEGIN CREATE ROLE {Reader} LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
              -- RDS only: log in with IAM tokens instead of passwords.
              IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rds_iam') THEN
                GRANT rds_iam TO {Writer};
                GRANT rds_iam TO {Reader};
              END IF;
            END
            $$;
            GRANT CONNECT ON DATABASE "{database.Replace("\"", "\"\"", StringComparison.Ordinal)}" TO {Writer}, {Reader};
            GRANT USAGE ON SCHEMA public TO {Writer}, {Reader};
            REVOKE CREATE ON SCHEMA public FROM {Writer}, {Reader};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {Writer};
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {Writer};
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO {Reader};
            """;
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: ct));
    }
}
