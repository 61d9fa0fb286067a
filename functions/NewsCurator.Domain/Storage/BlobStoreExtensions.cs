using System.Text;
using System.Text.Json;

namespace NewsCurator.Storage;

public static class BlobStoreExtensions
{
    public static Task WriteTextAsync(this IBlobStore store, string key, string text, string contentType, CancellationToken ct = default)
        => store.WriteAsync(key, Encoding.UTF8.GetBytes(text), contentType, ct);

    public static Task WriteJsonAsync<T>(this IBlobStore store, string key, T value, CancellationToken ct = default)
        => store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, Json.Indented), "application/json", ct);

    public static async Task<T?> ReadJsonAsync<T>(this IBlobStore store, string key, CancellationToken ct = default)
    {
        var bytes = await store.ReadAsync(key, ct);
        return bytes is null ? default : JsonSerializer.Deserialize<T>(bytes, Json.Options);
    }

    /// <summary>Reads a JSON object the pipeline itself wrote; its absence means an earlier stage did not run.</summary>
    public static async Task<T> ReadRequiredJsonAsync<T>(this IBlobStore store, string key, CancellationToken ct = default)
        => await store.ReadJsonAsync<T>(key, ct)
           ?? throw new MissingArtifactException($"'{store.Describe(key)}' is missing: the stage that writes it has not run for this run id");

    public static Task WriteJsonLinesAsync<T>(this IBlobStore store, string key, IEnumerable<T> values, CancellationToken ct = default)
    {
        var sb = new StringBuilder();
        foreach (var value in values) sb.Append(JsonSerializer.Serialize(value, Json.Options)).Append('\n');
        return store.WriteTextAsync(key, sb.ToString(), "application/x-ndjson", ct);
    }

    public static async Task<List<T>> ReadJsonLinesAsync<T>(this IBlobStore store, string key, CancellationToken ct = default)
    {
        var bytes = await store.ReadAsync(key, ct)
            ?? throw new MissingArtifactException($"'{store.Describe(key)}' is missing: the stage that writes it has not run for this run id");
        var list = new List<T>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
            if (line.Length > 0) list.Add(JsonSerializer.Deserialize<T>(line, Json.Options)!);
        return list;
    }
}

/// <summary>An artifact an earlier stage should have written is not there.</summary>
public sealed class MissingArtifactException(string message) : Exception(message);
