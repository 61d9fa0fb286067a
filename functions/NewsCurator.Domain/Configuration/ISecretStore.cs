namespace NewsCurator.Configuration;

/// <summary>
/// The port secrets come through when the config names one (enhance.llm.api_key_secret,
/// delivery.smtp.password_secret): in AWS a Secrets Manager secret
/// (functions/NewsCurator.Infrastructure/Aws/SsmSecrets.cs). Values are never logged or stored.
/// </summary>
public interface ISecretStore
{
    Task<string> ReadAsync(string secretName, CancellationToken ct);
}
