using NewsCurator.Cdk;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>Context llmApiKeySecret / smtpPasswordSecret: only the functions that use a secret may read it, and only that one.</summary>
[Trait(Category.Name, Category.Cdk)]
[Collection(nameof(CdkSynthesis))]
public sealed class ConfigSecretGrantTests
{
    [Fact]
    public void NamedSecrets_ShouldBeReadableOnlyByTheFunctionsThatUseThem()
    {
        using var stack = new SynthesizedStack("Secrets",
            SynthesizedStack.Props(llmApiKeySecretName: "newscurator/llm-key", smtpPasswordSecretName: "newscurator/smtp"));
        var json = stack.Json;
        var resources = json.RootElement.GetProperty("Resources");

        // Which role's policy reads which secret (by the name in the ARN it is granted).
        var readers = new List<(string Role, string Secret)>();
        foreach (var policy in resources.EnumerateObject().Where(r => r.Value.GetProperty("Type").GetString() == "AWS::IAM::Policy"))
        {
            var props = policy.Value.GetProperty("Properties");
            var role = props.GetProperty("Roles")[0].GetProperty("Ref").GetString()!;
            foreach (var statement in props.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            {
                if (!statement.GetProperty("Action").ToString().Contains("secretsmanager:GetSecretValue", StringComparison.Ordinal)) continue;
                var resource = statement.GetProperty("Resource").ToString();
                readers.Add((role, resource.Contains("llm-key", StringComparison.Ordinal) ? "llm" : resource.Contains("smtp", StringComparison.Ordinal) ? "smtp" : "database"));
            }
        }
        string Handler(string role) => resources.EnumerateObject().Select(r => r.Value)
            .Where(r => r.GetProperty("Type").GetString() == "AWS::Lambda::Function")
            .Single(f => f.GetProperty("Properties").GetProperty("Role").GetProperty("Fn::GetAtt")[0].GetString() == role)
            .GetProperty("Properties").GetProperty("Handler").GetString()!.Split('.')[^1].Split(':')[0];
        var granted = readers.Select(r => $"{Handler(r.Role)}:{r.Secret}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["DeliverHandler:smtp", "EnhanceHandler:llm", "MigrateHandler:database", "NewsletterHandler:llm"], granted);
    }
}
