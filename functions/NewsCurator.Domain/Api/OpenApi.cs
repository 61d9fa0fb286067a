namespace NewsCurator.Api;

/// <summary>
/// The read API's OpenAPI 3.1 document (Api/openapi.json, embedded), served at /api/v1/openapi.json.
/// Tests validate real responses against its schemas, so the document cannot drift from the API.
/// </summary>
public static class OpenApi
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(OpenApi).Assembly.GetManifestResourceStream("api/openapi.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Json => Text.Value;

    public static ApiResponse Document() => new(200, "application/json; charset=utf-8", Json);
}
