using Npgsql;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>PostgreSQL as one IAM-authenticated role: a fresh token as the password, certificate-verified TLS.</summary>
public static class IamDatabase
{
    /// <summary>Tokens live 15 minutes; a new one well before that.</summary>
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(10);

    public static Database Create(string host, int port, string database, string user, string region, string rootCertificate,
        Func<AwsCredentials>? credentials = null, TimeProvider? clock = null)
    {
        credentials ??= () => AwsCredentials.FromEnvironment();
        clock ??= TimeProvider.System;
        if (!File.Exists(rootCertificate))
            throw new Configuration.ConfigurationException($"database CA bundle '{rootCertificate}' was not found (NEWSCURATOR_DATABASE_CA); it ships in the function package as certs/rds-ca-bundle.pem");
        var builder = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = port,
            Database = database,
            Username = user,
            SslMode = SslMode.VerifyFull, // RDS requires TLS for IAM authentication
            RootCertificate = rootCertificate,
            MaxPoolSize = 5,
            Timeout = 60, // Aurora resuming from 0 ACU
        }.ToString());
        builder.UsePeriodicPasswordProvider(
            (_, _) => ValueTask.FromResult(RdsIamToken.Create(host, port, user, region, credentials(), clock.GetUtcNow())),
            Refresh, TimeSpan.FromSeconds(5));
        var dataSource = builder.Build();
        // The schema belongs to the Migrate step: these roles may not change it.
        return new Database(() => dataSource.CreateConnection(), $"postgres:iam:{user}@{host}:{port}/{database}") { ManagesSchema = false };
    }
}
