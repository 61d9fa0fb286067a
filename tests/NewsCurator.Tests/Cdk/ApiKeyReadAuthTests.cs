using Amazon.CDK.Assertions;
using NewsCurator.Cdk;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>readAuth=apiKey: a public frontend reads with an API key under a usage plan; starting runs stays IAM-only.</summary>
[Trait(Category.Name, Category.Cdk)]
[Collection(nameof(CdkSynthesis))]
public sealed class ApiKeyReadAuthTests
{
    [Fact]
    public void ReadRoutes_WithApiKeyAuth_ShouldRequireAKeyUnderAThrottledUsagePlan()
    {
        using var stack = new SynthesizedStack("Keyed", SynthesizedStack.Props(readAuth: ReadAuth.ApiKey));
        var (template, json) = (stack.Template, stack.Json);

        var methods = json.RootElement.GetProperty("Resources").EnumerateObject().Select(r => r.Value)
            .Where(r => r.GetProperty("Type").GetString() == "AWS::ApiGateway::Method").Select(r => r.GetProperty("Properties")).ToList();
        foreach (var get in methods.Where(m => m.GetProperty("HttpMethod").GetString() == "GET"))
            Assert.True(get.GetProperty("ApiKeyRequired").GetBoolean());
        Assert.Equal("AWS_IAM", methods.Single(m => m.GetProperty("HttpMethod").GetString() == "POST").GetProperty("AuthorizationType").GetString());
        template.ResourceCountIs("AWS::ApiGateway::ApiKey", 1);
        template.HasResourceProperties("AWS::ApiGateway::UsagePlan", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Throttle"] = new Dictionary<string, object> { ["RateLimit"] = RunsApi.ReadRatePerSecond, ["BurstLimit"] = (int)RunsApi.ReadBurst },
            ["Quota"] = Match.ObjectLike(new Dictionary<string, object> { ["Period"] = "DAY" }),
        }));
        // The keyed variant is priced too (API keys and usage plans cost nothing while idle).
        var (_, idle) = BillOfMaterials.Render(json.RootElement);
        Assert.True(idle <= 15, $"{idle}");
    }
}
