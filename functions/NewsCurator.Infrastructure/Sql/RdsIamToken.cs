using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.Sql;

/// <summary>AWS credentials as Lambda hands them to a function (environment variables).</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken)
{
    public static AwsCredentials FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        return new AwsCredentials(
            getVariable("AWS_ACCESS_KEY_ID") ?? throw new Configuration.ConfigurationException("AWS_ACCESS_KEY_ID is not set: IAM database authentication needs the function's credentials"),
            getVariable("AWS_SECRET_ACCESS_KEY") ?? throw new Configuration.ConfigurationException("AWS_SECRET_ACCESS_KEY is not set: IAM database authentication needs the function's credentials"),
            getVariable("AWS_SESSION_TOKEN"));
    }
}

/// <summary>
/// RDS IAM authentication tokens: a SigV4-presigned "connect" URL for one database user, valid 15
/// minutes, used as the password. Made locally from the function's credentials (no network call),
/// so functions in isolated subnets need no endpoint for it. AWSSDK.RDS is not available here; the
/// signer follows the published SigV4 query-string algorithm and is checked against AWS's vectors.
/// </summary>
public static class RdsIamToken
{
    public const int ExpiresSeconds = 900;

    public static string Create(string host, int port, string user, string region, AwsCredentials credentials, DateTimeOffset now)
    {
        var query = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Action"] = "connect",
            ["DBUser"] = user,
        };
        var signed = SigV4.PresignQuery("GET", $"{host}:{port}", "/", query, "rds-db", region, credentials, now, ExpiresSeconds, SigV4.EmptyPayloadHash);
        return $"{host}:{port}/?{signed}";
    }
}

/// <summary>SigV4 query-string signing (docs.aws.amazon.com/IAM: "Create a signed AWS API request").</summary>
public static class SigV4
{
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>The canonical query string with X-Amz-* parameters and the signature appended last.</summary>
    public static string PresignQuery(string method, string hostHeader, string path, IDictionary<string, string> parameters,
        string service, string region, AwsCredentials credentials, DateTimeOffset now, int expiresSeconds, string payloadHash)
    {
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var day = amzDate[..8];
        var scope = $"{day}/{region}/{service}/aws4_request";
        var query = new SortedDictionary<string, string>(parameters, StringComparer.Ordinal)
        {
            ["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256",
            ["X-Amz-Credential"] = $"{credentials.AccessKeyId}/{scope}",
            ["X-Amz-Date"] = amzDate,
            ["X-Amz-Expires"] = expiresSeconds.ToString(CultureInfo.InvariantCulture),
            ["X-Amz-SignedHeaders"] = "host",
        };
        if (credentials.SessionToken is { Length: > 0 } token) query["X-Amz-Security-Token"] = token;
        var canonicalQuery = string.Join('&', query.Select(kv => $"{Encode(kv.Key)}={Encode(kv.Value)}"));
        var canonicalRequest = $"{method}\n{path}\n{canonicalQuery}\nhost:{hostHeader}\n\nhost\n{payloadHash}";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), day), region), service), "aws4_request");
        return $"{canonicalQuery}&X-Amz-Signature={Hex(Hmac(key, stringToSign))}";
    }

    /// <summary>RFC 3986 percent-encoding of everything but the unreserved characters, as SigV4 requires.</summary>
    public static string Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
