using System.Security.Cryptography.X509Certificates;
using Dapper;
using NewsCurator.Configuration;
using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using Npgsql;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>
/// In AWS the functions verify the database's certificate (VerifyFull) against the RDS CAs they ship.
/// scripts/test.sh starts PostgreSQL with TLS from a throwaway CA (NEWSCURATOR_TEST_POSTGRES_CA).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class DatabaseTlsTests
{
    private static string RdsBundle => Repo.Path("functions", "NewsCurator.Functions", "certs", "rds-ca-bundle.pem");

    /// <summary>An RDS-managed master secret holds only the credentials; the endpoint comes from the stack.</summary>
    private const string ManagedSecret = """{"username": "postgres", "password": "unused-with-trust-auth"}""";

    [Fact]
    public void ConnectionString_FromAManagedSecret_ShouldVerifyTheServerCertificate()
    {
        var cs = new NpgsqlConnectionStringBuilder(Database.ConnectionStringFromSecret("rds!cluster-1", ManagedSecret,
            new SecretEndpoint("db.cluster-abc.eu-west-1.rds.amazonaws.com", 5432, "newscurator", RdsBundle)));

        Assert.Equal(SslMode.VerifyFull, cs.SslMode);
        Assert.Equal(RdsBundle, cs.RootCertificate);
        Assert.Equal(("db.cluster-abc.eu-west-1.rds.amazonaws.com", 5432, "newscurator", "postgres"), (cs.Host, cs.Port, cs.Database, cs.Username));
        Assert.True(cs.Timeout >= 30, "Aurora resuming from 0 ACU takes ~15 s");
    }

    [Fact]
    public void ConnectionString_WhenTheCaBundleIsMissing_ShouldSayWhereItShouldBe()
    {
        var error = Assert.Throws<ConfigurationException>(() => Database.ConnectionStringFromSecret("s", ManagedSecret,
            new SecretEndpoint("h", 5432, "d", "/nonexistent/rds-ca-bundle.pem")));

        Assert.Contains("NEWSCURATOR_DATABASE_CA", error.Message);
    }

    [Fact]
    public void RdsBundle_ShouldHoldOnlyValidCaCertificates()
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPemFile(RdsBundle);

        Assert.True(certificates.Count > 20, $"{certificates.Count} certificates");
        foreach (var certificate in certificates)
        {
            Assert.True(certificate.NotAfter > DateTime.UtcNow, $"{certificate.Subject} expired {certificate.NotAfter:u}");
            Assert.Contains("Amazon RDS", certificate.Subject, StringComparison.Ordinal);
            Assert.True(certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, certificate.Subject);
        }
    }

    [SkippableFact]
    public async Task Connect_WithVerifyFull_ShouldTrustTheServerOnlyThroughTheGivenCa()
    {
        var port = new NpgsqlConnectionStringBuilder(Requires.Postgres()).Port;
        var testCa = Requires.PostgresCa();

        // The server's certificate names localhost, issued by the test CA.
        var trusted = Database.FromSecret("test", new SecretEndpoint("localhost", port, "postgres", testCa), _ => Task.FromResult(ManagedSecret));
        await using (var connection = await trusted.OpenAsync())
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT 1"));

        // The RDS CAs did not issue it: the connection must be refused, not silently unverified.
        var untrusted = Database.FromSecret("test", new SecretEndpoint("localhost", port, "postgres", RdsBundle), _ => Task.FromResult(ManagedSecret));
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await untrusted.OpenAsync()).DisposeAsync());
        Assert.Contains("certificate", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
