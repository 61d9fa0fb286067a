using NewsCurator.Configuration;

namespace NewsCurator.Infrastructure.Aws;

/// <summary>Secrets in AWS: a Secrets Manager secret read through its SSM reference (only the SSM SDK is served here).</summary>
public sealed class SsmSecrets : ISecretStore
{
    public async Task<string> ReadAsync(string secretName, CancellationToken ct)
    {
        using var ssm = new Amazon.SimpleSystemsManagement.AmazonSimpleSystemsManagementClient();
        var response = await ssm.GetParameterAsync(new Amazon.SimpleSystemsManagement.Model.GetParameterRequest
        {
            Name = "/aws/reference/secretsmanager/" + secretName,
            WithDecryption = true,
        }, ct);
        return response.Parameter.Value;
    }
}
