using System.Text;
using System.Text.Json;
using NewsCurator.Storage;

namespace NewsCurator.Api;

/// <summary>A read request, independent of the host (API Gateway event or Kestrel).</summary>
public sealed record ApiRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query)
{
    /// <summary>Request headers, names compared case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The IAM caller API Gateway authorised (requestContext.identity.userArn); null off AWS.</summary>
    public string? IamCaller { get; init; }

    public string? Header(string name)
        => Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

public sealed record ApiResponse(int Status, string ContentType, string Body)
{
    /// <summary>Headers that replace the hosts' defaults for this response (set after <see cref="SecurityHeaders"/>).</summary>
    public IReadOnlyDictionary<string, string>? HeaderOverrides { get; init; }

    /// <summary>
    /// A story card the dashboard shows in a sandboxed frame: framing by the same origin only, still never
    /// by another site, and still no script.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FrameableBySameOrigin = new Dictionary<string, string>
    {
        ["X-Frame-Options"] = "SAMEORIGIN",
        ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src https:; frame-ancestors 'self'",
    };

    // A stable shape for clients: absent values are null, never missing keys (next_cursor: null ends a listing).
    private static readonly JsonSerializerOptions Options = new(Storage.Json.SnakeCase)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// Headers every response carries, the dashboard's and errors (500s too) included: no framing
    /// (clickjacking), no referrer leaking feed URLs, HTTPS only once seen over HTTPS, no sniffing.
    /// </summary>
    private static readonly Dictionary<string, string> Common = new()
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "no-referrer",
        ["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains",
    };

    /// <summary>
    /// Headers every host sends with API responses. Newsletters are HTML from feeds (already escaped):
    /// they must never run script on the API's origin.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SecurityHeaders = new Dictionary<string, string>(Common)
    {
        ["Cache-Control"] = "no-store",
        ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src https:; frame-ancestors 'none'",
    };

    /// <summary>The dashboard's page, script and stylesheet: its own origin only, never framed.</summary>
    public static readonly IReadOnlyDictionary<string, string> DashboardSecurityHeaders = new Dictionary<string, string>(Common)
    {
        ["Content-Security-Policy"] = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' https:; frame-ancestors 'none'",
    };

    /// <summary>What a client sees when the server failed: the same error shape, never the exception.</summary>
    public static ApiResponse InternalError()
        => Error(500, "internal_error", "the server could not answer this request; the failure is in its log");

    public static ApiResponse Json(object value, int status = 200)
        => new(status, "application/json; charset=utf-8", JsonSerializer.Serialize(value, Options));

    /// <summary>Every error has the same shape; 400s name the parameter and what is allowed.</summary>
    public static ApiResponse Error(int status, string code, string message, string? parameter = null)
        => Json(new { error = new { code, message, parameter } }, status);
}

/// <summary>A 400 raised while reading parameters.</summary>
public sealed class BadParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}

/// <summary>Opaque cursors for keyset pagination: base64 of the last row's sort key.</summary>
public static class Cursor
{
    public static string Encode(params string[] parts) => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('\n', parts)));

    public static string[] Decode(string cursor, int parts)
    {
        try
        {
            var values = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('\n');
            // A key this API wrote holds no control character (PostgreSQL would refuse a U+0000 in the query).
            if (values.Length == parts && !values.Any(ReadApi.HasControl)) return values;
        }
        catch (FormatException)
        {
            // falls through to the error below
        }
        throw new BadParameterException("cursor", "cursor is not one this API returned; pass next_cursor from the previous page unchanged");
    }
}
