using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Api;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Functions;

/// <summary>
/// The read API behind API Gateway (REST, Lambda proxy integration): the event in, the proxy
/// response out. The same <see cref="ReadApi"/> serves the local Kestrel host.
/// </summary>
public sealed class ApiHandler
{
    private static readonly Lazy<PipelineServices> FromEnvironment = new(() => LambdaServices.FromEnvironment());
    private readonly PipelineServices? _services;

    public ApiHandler() { }

    public ApiHandler(PipelineServices services) => _services = services;

    public async Task<Stream> Handle(Stream input)
    {
        using var deadline = LambdaDeadline.Start();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ApiResponse response;
        var request = new JsonObject();
        try
        {
            response = await AnswerAsync(input, request, deadline.Token);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A malformed event still gets the error shape and every security header, not a bare 502.
            await Console.Error.WriteLineAsync($"read API: unreadable event: {ex.GetType().Name}: {ex.Message}");
            response = ApiResponse.InternalError();
        }
        // Method, path and status only: never the query, the headers (Authorization, API keys) or the body.
        request["status"] = response.Status;
        HandlerLog.Write(HandlerLog.Succeeded("Api", null, DateTimeOffset.UtcNow, clock.Elapsed.TotalSeconds, null, request));
        var output = new MemoryStream();
        await JsonSerializer.SerializeAsync(output, new
        {
            statusCode = response.Status,
            headers = WithOverrides(response),
            body = response.Body,
            isBase64Encoded = false,
        }, Json.Options);
        output.Position = 0;
        return output;
    }

    private async Task<ApiResponse> AnswerAsync(Stream input, JsonObject log, CancellationToken ct)
    {
        var evt = await JsonNode.ParseAsync(input, cancellationToken: ct) as JsonObject ?? [];
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (evt["queryStringParameters"] is JsonObject parameters)
            foreach (var (key, value) in parameters)
                if (value is not null) query[key] = value.GetValue<string>();
        // A REST API stage serves /v1/...; the proxy path parameter is the path below the stage's base.
        var path = "/" + ((string?)evt["pathParameters"]?["proxy"] ?? ((string?)evt["path"] ?? "/").TrimStart('/'));
        log["method"] = (string?)evt["httpMethod"] ?? "GET";
        log["path"] = path;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (evt["headers"] is JsonObject eventHeaders)
            foreach (var (key, value) in eventHeaders)
                if (value is not null) headers[key] = value.GetValue<string>();
        var services = _services ?? FromEnvironment.Value;
        // Only API Gateway's IAM authoriser fills identity.userArn: /admin routes are IAM-only in AWS.
        var caller = (string?)evt["requestContext"]?["identity"]?["userArn"];
        return await new ReadApi(services.Reader, new ReadApiOptions { Blobs = services.Blobs })
            .HandleAsync(new ApiRequest((string?)evt["httpMethod"] ?? "GET", path, query) { Headers = headers, IamCaller = caller }, ct);
    }

    private static Dictionary<string, string> WithOverrides(ApiResponse response)
    {
        var headers = new Dictionary<string, string>(ApiResponse.SecurityHeaders) { ["Content-Type"] = response.ContentType };
        foreach (var (name, value) in response.HeaderOverrides ?? new Dictionary<string, string>()) headers[name] = value;
        return headers;
    }
}
