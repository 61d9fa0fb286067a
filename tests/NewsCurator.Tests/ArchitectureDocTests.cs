using System.Text.RegularExpressions;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests;

/// <summary>docs/ARCHITECTURE.md stays a map a newcomer can trust: every stage, handler and adapter is on it, every file it names exists.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed partial class ArchitectureDocTests
{
    private static readonly string Doc = File.ReadAllText(Repo.Path("docs", "ARCHITECTURE.md"));

    private static readonly System.Reflection.Assembly[] Production =
    [
        typeof(NewsCurator.Runs.PipelineServices).Assembly, typeof(NewsCurator.Functions.FilterHandler).Assembly,
        typeof(NewsCurator.Cli.LocalPipeline).Assembly, typeof(NewsCurator.Scoring.Model.NeuralScorer).Assembly,
        typeof(NewsCurator.Infrastructure.Adapters).Assembly, typeof(NewsCurator.Infrastructure.S3.S3BlobStore).Assembly,
    ];

    [Fact]
    public void EveryFileTheDocNames_ShouldExist()
    {
        var files = Directory.EnumerateFiles(Repo.Root, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Repo.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/node_modules/", StringComparison.Ordinal))
            .ToList();
        var named = FileReference().Matches(Doc).Select(m => m.Groups[1].Value)
            .Where(p => p.Contains('/', StringComparison.Ordinal) && p.IndexOfAny(['{', '*', '<', ' ']) < 0)
            .Select(p => p.Replace("tests/.../", "tests/NewsCurator.Tests/", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(named.Count > 30, $"{named.Count} files named");
        Assert.All(named, p => Assert.True(files.Any(f => f.EndsWith("/" + p, StringComparison.Ordinal)), $"docs/ARCHITECTURE.md names `{p}`, which is not in the repository"));
    }

    [Fact]
    public void EveryStageHandlerAndAdapter_ShouldBeNamed()
    {
        var types = Production.SelectMany(a => a.GetTypes()).Where(t => t.IsClass && !t.IsAbstract && !t.IsNested).ToList();
        var stages = types.Where(t => t.Name.EndsWith("Stage", StringComparison.Ordinal) && t.Namespace?.StartsWith("NewsCurator", StringComparison.Ordinal) == true).ToList();
        var handlers = NewsCurator.Wiring.PipelineWiring.Functions.Append(NewsCurator.Wiring.PipelineWiring.ReadApi).Select(f => f.HandlerClass);
        Type[] ports =
        [
            typeof(NewsCurator.Storage.IBlobStore), typeof(NewsCurator.Storage.IRunStore), typeof(NewsCurator.Api.IRunReader),
            typeof(NewsCurator.Scoring.IArticleScorer), typeof(NewsCurator.Scoring.Encoder.ISentenceEncoder), typeof(NewsCurator.Ingest.IFeedFetcher),
            typeof(NewsCurator.Enhance.Llm.IChatClient), typeof(NewsCurator.Delivery.IMailSender), typeof(NewsCurator.Configuration.ISecretStore),
        ];
        var adapters = types.Where(t => ports.Any(p => p.IsAssignableFrom(t))).ToList();
        Assert.True(stages.Count >= 11 && adapters.Count >= 13, $"{stages.Count} stages, {adapters.Count} adapters");
        var names = stages.Select(t => t.Name).Concat(handlers).Concat(ports.Select(p => p.Name)).Concat(adapters.Select(t => t.Name)).Distinct();
        Assert.All(names, n => Assert.True(Regex.IsMatch(Doc, $@"\b{n}\b"), $"docs/ARCHITECTURE.md does not name {n}"));
    }

    [GeneratedRegex(@"`([^`]+\.(?:cs|json|sql|sh|md|yaml|csproj))`")]
    private static partial Regex FileReference();
}
