using Amazon.CDK.AWS.APIGateway;

namespace NewsCurator.Cdk;

/// <summary>
/// What API Gateway answers by itself (bad body, missing or wrong credentials, throttling) in the read
/// API's error shape, so a client parses one shape whichever layer refused the request.
/// </summary>
public static class ErrorResponses
{
    /// <summary>$context.error.messageString is already a quoted, escaped JSON string.</summary>
    private static string Body(string code, string parameter = "null")
        => "{\"error\": {\"code\": \"" + code + "\", \"message\": $context.error.messageString, \"parameter\": " + parameter + "}}";

    public static void AddTo(RestApi api)
    {
        var responses = new (string Id, ResponseType_ Type, string Code, string Parameter)[]
        {
            ("BadBody", ResponseType_.BAD_REQUEST_BODY, "bad_parameter", "\"body\""),
            ("MissingAuth", ResponseType_.MISSING_AUTHENTICATION_TOKEN, "unauthorized", "null"),
            ("AccessDenied", ResponseType_.ACCESS_DENIED, "forbidden", "null"),
            ("BadSignature", ResponseType_.INVALID_SIGNATURE, "unauthorized", "null"),
            ("BadApiKey", ResponseType_.INVALID_API_KEY, "forbidden", "null"),
            ("Throttled", ResponseType_.THROTTLED, "throttled", "null"),
            ("QuotaExceeded", ResponseType_.QUOTA_EXCEEDED, "quota_exceeded", "null"),
            ("Default4xx", ResponseType_.DEFAULT_4XX, "bad_request", "null"),
            ("Default5xx", ResponseType_.DEFAULT_5XX, "internal_error", "null"),
        };
        foreach (var (id, type, code, parameter) in responses)
            api.AddGatewayResponse(id, new GatewayResponseOptions
            {
                Type = type,
                Templates = new Dictionary<string, string> { ["application/json"] = Body(code, parameter) },
            });
    }
}
