using NewsCurator.Configuration;

namespace NewsCurator.Enhance.Llm;

/// <summary>
/// The LLM API key: from the environment variable the config names, or in AWS from Secrets Manager
/// through its SSM reference (/aws/reference/secretsmanager/NAME). Never logged, never stored.
/// </summary>
public static class LlmKeys
{
    /// <remarks>
    /// White space around the key is no part of it: a secret stored with a final line break (as `echo` and many editors
    /// write it) made every call's Authorization header invalid.
    /// </remarks>
    public static async Task<string?> ResolveAsync(LlmConfig config, ISecretStore secrets, CancellationToken ct)
    {
        if (Environment.GetEnvironmentVariable(config.ApiKeyEnv)?.Trim() is { Length: > 0 } key) return key;
        return config.ApiKeySecret is { Length: > 0 } secret && (await secrets.ReadAsync(secret, ct)).Trim() is { Length: > 0 } stored ? stored : null;
    }
}
