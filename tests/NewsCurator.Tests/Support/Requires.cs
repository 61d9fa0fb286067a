namespace NewsCurator.Tests.Support;

/// <summary>
/// The services some tests need, from the variables scripts/test.sh sets. Where one is absent the test
/// is skipped with the reason (in a [SkippableFact]), never passed and never failed: scripts/test.sh
/// lists every skip and its reason at the end of its output.
/// </summary>
public static class Requires
{
    public const string PostgresVariable = "NEWSCURATOR_TEST_POSTGRES";
    public const string PostgresCaVariable = "NEWSCURATOR_TEST_POSTGRES_CA";
    public const string S3Variable = "NEWSCURATOR_TEST_S3";
    public const string CdkOutVariable = "NEWSCURATOR_TEST_CDK_OUT";

    /// <summary>Debian's Chromium (Playwright's own browser download does not work on these machines).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The PostgreSQL server's connection string.</summary>
    public static string Postgres() => Variable(PostgresVariable, "PostgreSQL");

    /// <summary>The CA that issued the test PostgreSQL server's certificate.</summary>
    public static string PostgresCa() => Variable(PostgresCaVariable, "PostgreSQL with TLS (it needs openssl)");

    /// <summary>The s3rver endpoint.</summary>
    public static string S3() => Variable(S3Variable, "s3rver (it needs node and npm)");

    /// <summary>The cloud assembly of `cdk synth` through cdk.json.</summary>
    public static string CdkOut() => Variable(CdkOutVariable, "`cdk synth` (it needs node and npm)");

    public static string Chromium()
    {
        Skip.IfNot(File.Exists(ChromiumPath), $"no Chromium at {ChromiumPath}: scripts/test.sh installs Debian's chromium where it runs as root with apt-get");
        return ChromiumPath;
    }

    private static string Variable(string name, string what)
    {
        var value = Environment.GetEnvironmentVariable(name);
        Skip.If(string.IsNullOrEmpty(value), $"{name} is not set: run the tests through scripts/test.sh, which starts {what}");
        return value!;
    }
}
