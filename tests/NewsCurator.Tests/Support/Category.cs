namespace NewsCurator.Tests.Support;

/// <summary>
/// The test categories, as the xunit trait "Category" on every test class (a method may add
/// <see cref="Gpu"/>). Pick some with <c>dotnet test --filter Category=unit</c> or <c>Category!=cdk</c>.
/// </summary>
public static class Category
{
    public const string Name = "Category";

    /// <summary>In-process, no server: parsers, rules, renderers, the state-machine interpreter, fixtures on disk.</summary>
    public const string Unit = "unit";

    /// <summary>Real adapters and servers: pipeline runs (files + SQLite), loopback HTTP/SMTP/LLM, PostgreSQL, s3rver, Chromium.</summary>
    public const string Integration = "integration";

    /// <summary>The CDK stack: synthesised in-process (jsii on node), or the cloud assembly `cdk synth` made.</summary>
    public const string Cdk = "cdk";

    /// <summary>Needs a CUDA device (skipped, with the reason, where there is none).</summary>
    public const string Gpu = "gpu";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Unit, Integration, Cdk, Gpu };
}
