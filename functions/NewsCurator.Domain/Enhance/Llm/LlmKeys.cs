using NewsCurator.Configuration;

namespace NewsCurator.Enhance.Llm;

/// <summary>
/// The LLM API key: from the environment variable the config names, or in AWS from Secrets Manager
/// through its SSM reference (/aws/reference/secretsmanager/NAME). Never logged, never stored.
/// </summary>
public static class LlmKeys
{
    public static async Task<string?> ResolveAsync(LlmConfig config, ISecretStore secrets, CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable(config.ApiKeyEnv) is { Length: > 0 } key) return key;
        return config.ApiKeySecret is { Length: > 0 } secret ? await secrets.ReadAsync(secret, ct) : null;
    }
}
