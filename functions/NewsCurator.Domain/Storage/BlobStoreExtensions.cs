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

    /// <summary>
    /// State the pipeline keeps from run to run (feed state, sent memory, a run's run.json). Writes
    /// are atomic, but a disk, a hand edit or an old bug can still leave a damaged file, and one
    /// such file must not fail every later run: it is moved under quarantine/ with a warning that
    /// names both places, and the run goes on as if it had never been written.
    /// </summary>
    public static Task<T?> ReadStateJsonAsync<T>(this IBlobStore store, string key, CancellationToken ct = default)
        => store.ReadStateJsonAsync<T>(key, static _ => null, ct);

    /// <summary>
    /// As <see cref="ReadStateJsonAsync{T}(IBlobStore, string, CancellationToken)"/>, and a file that is valid JSON but
    /// holds what no run writes is damaged too: a null where the type has none (checked by the reader), or whatever
    /// <paramref name="damage"/> names (a null inside a list, a date after now), which is quarantined the same way
    /// instead of failing the stage that uses it on every later run.
    /// </summary>
    public static async Task<T?> ReadStateJsonAsync<T>(this IBlobStore store, string key, Func<T, string?> damage, CancellationToken ct = default)
    {
        var (value, problem, bytes) = await store.ReadCheckedJsonAsync(key, Json.State, damage, ct);
        if (problem is null) return value;
        await QuarantineAsync(store, key, bytes!, problem, ct);
        return default;
    }

    /// <summary>
    /// A JSON file read and checked where it lies: its value, or what makes it none a run wrote (not JSON, a value of the
    /// wrong kind, or what <paramref name="damage"/> names), and its bytes; all null where there is no file, and the value
    /// alone null for a file of JSON's null. State is quarantined on it; a record whose damage must not be read as its
    /// absence (a delivery record, an LLM usage record) is judged by its reader.
    /// </summary>
    public static async Task<(T? Value, string? Damage, byte[]? Bytes)> ReadCheckedJsonAsync<T>(this IBlobStore store, string key, JsonSerializerOptions options,
        Func<T, string?> damage, CancellationToken ct = default)
    {
        var bytes = await store.ReadAsync(key, ct);
        if (bytes is null) return (default, null, null);
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, options);
            return value is not null && damage(value) is { } problem ? (default, problem, bytes) : (value, null, bytes);
        }
        catch (JsonException ex)
        {
            // The position, never the content: the message must not quote what the file holds.
            return (default, $"not valid JSON, or a value of the wrong kind, at line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0}", bytes);
        }
    }

    private static async Task QuarantineAsync(IBlobStore store, string key, byte[] bytes, string problem, CancellationToken ct)
    {
        var quarantine = $"quarantine/{key}.{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff}";
        var damage = $"state file '{store.Describe(key)}' is damaged ({problem})";
        try
        {
            await store.WriteAsync(quarantine, bytes, "application/octet-stream", ct);
            await store.DeleteAsync(key, ct);
            StateWarnings.Report($"{damage}; moved to '{store.Describe(quarantine)}' and the run goes on without it");
        }
        catch (Exception moveFailed) when (moveFailed is not OperationCanceledException)
        {
            // A stage allowed only to read this state (or a read-only disk) still goes on; the file stays for an operator.
            StateWarnings.Report($"{damage}; it could not be moved to quarantine ({moveFailed.Message}), so it is skipped and the run goes on without it");
        }
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

    /// <summary>
    /// A JSON-lines file the pipeline wrote, whole (small files only; stream big ones with
    /// <see cref="JsonLinesStreams.StreamJsonLinesAsync{T}(IBlobStore, string, CancellationToken)"/>,
    /// which this collects): a bad line is an <see cref="InvalidDataException"/> naming the file and the line.
    /// </summary>
    public static async Task<List<T>> ReadJsonLinesAsync<T>(this IBlobStore store, string key, CancellationToken ct = default)
        => await store.StreamJsonLinesAsync<T>(key, ct).ToListAsync(ct);
}

/// <summary>Warnings about state files; they go to stderr (the Lambda's log) unless a host listens itself.</summary>
public static class StateWarnings
{
    public static event Action<string>? Raised;

    public static void Report(string message)
    {
        Raised?.Invoke(message);
        Console.Error.WriteLine("warning: " + message);
    }
}

/// <summary>An artifact an earlier stage should have written is not there.</summary>
public sealed class MissingArtifactException(string message) : Exception(message);
