using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using NewsCurator.Api;

namespace NewsCurator.Tests.Support;

/// <summary>
/// Checks a real API response against the served OpenAPI document: the path must be documented,
/// the status must be one of its responses, and the body must match that response's schema
/// (JSON Schema 2020-12, formats enforced, no undocumented fields).
/// </summary>
public static class OpenApiContract
{
    private static readonly JsonObject Document = JsonNode.Parse(OpenApi.Json)!.AsObject();
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>The documented template for a request path ("/runs/api" is "/runs/{runId}"); literal paths win over templates.</summary>
    public static string Template(string requestPath)
    {
        var path = ReadApi.WithoutVersionPrefix(requestPath.TrimEnd('/'));
        var paths = Document["paths"]!.AsObject().Select(p => p.Key).ToList();
        if (paths.Contains(path)) return path;
        return paths.Where(t => t.Contains('{', StringComparison.Ordinal))
            .FirstOrDefault(t => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(t), @"\\\{[A-Za-z]+}", "[^/]+") + "$"))
            ?? throw new Xunit.Sdk.XunitException($"{requestPath} is not in the OpenAPI document");
    }

    public static IReadOnlyList<string> DocumentedPaths => [.. Document["paths"]!.AsObject().Select(p => p.Key)];

    public static void Validate(string requestPath, int status, string body)
    {
        var template = Template(requestPath);
        var response = Document["paths"]![template]!["get"]!["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?? throw new Xunit.Sdk.XunitException($"{template} does not document status {status} (body: {Truncate(body)})");
        var reference = (string)response["content"]!["application/json"]!["schema"]!["$ref"]!;
        var name = reference["#/components/schemas/".Length..];
        var results = Schema(name).Evaluate(JsonNode.Parse(body), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return;
        var errors = results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10);
        throw new Xunit.Sdk.XunitException($"{requestPath} ({status}) does not match {name}:\n  {string.Join("\n  ", errors)}");
    }

    /// <summary>One component schema as a standalone 2020-12 schema: components become $defs.</summary>
    private static JsonSchema Schema(string name) => Schemas.GetOrAdd(name, n =>
    {
        var defs = Document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var text = $$"""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://newscurator.test/openapi/{{n}}","$defs":{{defs}},"$ref":"#/$defs/{{n}}"}""";
        return JsonSchema.FromText(text);
    });

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
