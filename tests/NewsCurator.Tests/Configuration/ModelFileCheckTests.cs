using NewsCurator.Configuration;
using NewsCurator.Runs;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

/// <summary>
/// A scoring.model that is no model stops the run before any feed is read, naming the key and the fix (hostile-input
/// audit 21, H7: a Git LFS pointer failed Score after Ingest, and the failed run's validators then emptied the next issue).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ModelFileCheckTests
{
    private const string Feeds = "feeds: {urls: [\"https://example.org/feed\"]}\n";

    [Theory]
    [InlineData("version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 90868376\n", "Git LFS pointer")]
    [InlineData("<html>404 Not Found</html>", "not a model file of this project")]
    [InlineData("", "not a model file of this project")]
    public void AModelPathToAFileThatIsNoModel_ShouldStopTheRunNamingTheKey(string content, string expected)
    {
        using var dir = new TempDir();
        dir.File("model.nceh", content);
        var configPath = dir.File("pipeline.yaml", Feeds + "scoring:\n  model: model.nceh\n");

        var error = Assert.Throws<ConfigurationException>(() => StartRunStage.ResolveSettings(ConfigLoader.Load(configPath), configPath));

        Assert.Contains("scoring.model 'model.nceh'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedModel_ShouldPassTheCheck()
    {
        var model = Path.Combine(Repo.Root, "batch-gpu", "model", "minilm-heads.nceh");
        using var dir = new TempDir();
        var configPath = dir.File("pipeline.yaml", Feeds + $"scoring:\n  model: {model}\n");

        Assert.Equal(model, StartRunStage.ResolveSettings(ConfigLoader.Load(configPath), configPath).Scoring.Model);
    }
}
