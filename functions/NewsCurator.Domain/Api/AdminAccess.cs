using System.Security.Cryptography;
using System.Text;

namespace NewsCurator.Api;

/// <summary>
/// Who may read /admin/*: in AWS, API Gateway authorises the route with IAM and the Lambda sees
/// the caller's ARN (a request without one never passed IAM, so it is refused even if a route
/// was misconfigured); locally, a bearer token from the environment or a file. Without either,
/// admin routes are off.
/// </summary>
public static class AdminAccess
{
    public static ApiResponse? Check(ApiRequest request, ReadApiOptions options)
    {
        if (!string.IsNullOrEmpty(request.IamCaller)) return null;
        if (string.IsNullOrEmpty(options.AdminToken))
            return ApiResponse.Error(403, "admin_disabled",
                $"admin routes need IAM authorisation in AWS, or locally a token: set {ReadApiOptions.AdminTokenVariable} (or serve --admin-token-file) and send 'Authorization: Bearer <token>'");
        var header = request.Header("Authorization");
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return ApiResponse.Error(401, "unauthorized", "admin routes need 'Authorization: Bearer <token>'");
        // Constant-time comparison: the response time must not reveal how much of a guess was right.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.AdminToken));
        return CryptographicOperations.FixedTimeEquals(given, expected) ? null
            : ApiResponse.Error(401, "unauthorized", "the bearer token is not the admin token");
    }
}
