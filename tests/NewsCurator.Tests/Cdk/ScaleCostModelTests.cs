using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>docs/SCALE.md matches the measured figures, the template and the prices.</summary>
public sealed partial class PipelineStackTests
{
    [Fact]
    public void ScaleCostModel_ShouldBeCurrent_AndPriceEveryScale()
    {
        using var bench = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repo.Path("docs", "scale-bench.json")));
        var (_, idle) = BillOfMaterials.Render(_s.Json.RootElement);
        var markdown = ScaleCostModel.Render(_s.Json.RootElement, bench.RootElement, idle);
        var path = Repo.Path("docs", "SCALE.md");
        if (Environment.GetEnvironmentVariable("NEWSCURATOR_WRITE_COSTS") == "1") File.WriteAllText(path, markdown);

        foreach (var feeds in ScaleCostModel.Scales) Assert.Contains($"{feeds:N0} feeds", markdown);
        Assert.Contains("**Per newsletter** (daily)", markdown);
        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == markdown.ReplaceLineEndings("\n"),
            "docs/SCALE.md is stale: rerun this test with NEWSCURATOR_WRITE_COSTS=1 and commit the file");
    }
}
