using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>docs/COSTS.md matches the template, prices every always-on resource, and stays within the idle budget.</summary>
public sealed partial class PipelineStackTests
{
    /// <summary>The bound for what the stack may cost while no run is going on.</summary>
    private const double IdleBudgetUsd = 15;

    [Fact]
    public void BillOfMaterials_ShouldBeCurrent_AndTheIdleBillWithinBudget()
    {
        var (markdown, idle) = BillOfMaterials.Render(_s.Json.RootElement);
        var path = Repo.Path("docs", "COSTS.md");
        if (Environment.GetEnvironmentVariable("NEWSCURATOR_WRITE_COSTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, markdown);
        }

        Assert.True(idle <= IdleBudgetUsd, $"idle bill ${idle:F2}/month exceeds ${IdleBudgetUsd}");
        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == markdown.ReplaceLineEndings("\n"),
            "docs/COSTS.md is stale: rerun this test with NEWSCURATOR_WRITE_COSTS=1 and commit the file");
    }

    [Fact]
    public void BillOfMaterials_ShouldRefuseAResourceItCannotPrice()
    {
        using var template = System.Text.Json.JsonDocument.Parse("""{"Resources": {"Cache": {"Type": "AWS::ElastiCache::CacheCluster", "Properties": {}}}}""");

        var error = Assert.Throws<InvalidOperationException>(() => BillOfMaterials.Render(template.RootElement));

        Assert.Contains("Cache (AWS::ElastiCache::CacheCluster)", error.Message);
    }

    [Fact]
    public void BillOfMaterials_ShouldPriceAlwaysOnResources()
    {
        using var template = System.Text.Json.JsonDocument.Parse("""{"Resources": {"Nat": {"Type": "AWS::EC2::NatGateway", "Properties": {}}}}""");

        var (markdown, idle) = BillOfMaterials.Render(template.RootElement);

        Assert.True(idle > 32.8, $"{idle}");
        Assert.Contains("| Nat | NAT gateway", markdown);
    }
}
