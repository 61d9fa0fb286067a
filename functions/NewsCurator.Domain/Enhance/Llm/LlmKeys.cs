using NewsCurator.Configuration;

namespace NewsCurator.Enhance.Llm;

/// <summary>
/// The LLM API key: from the environment variable the config names, or in AWS from Secrets Manager
/// through its SSM reference (/aws/reference/secretsmanager/NAME). Never logged, never stored.
/// </summary>
public static class LlmKeys
{
    public static async Task<string?> ResolveAsync(LlmConfig config, CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable(config.ApiKeyEnv) is { Length: > 0 } key) return key;
        if (config.ApiKeySecret is not { Length: > 0 } secret) return null;
        using var ssm = new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient();
        var response = await ssm.GetParameterAsync(new Amazon.SimpleSystemsManagement.Model.GetParameterRequest
        {
            Name = "/aws/reference/secretsmanager/" + secret,
            WithDecryption = true,
        }, ct);
        return response.Parameter.Value;
    }
}
