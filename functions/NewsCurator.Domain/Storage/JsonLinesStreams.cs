using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NewsCurator.Storage;

/// <summary>
/// JSON-lines artifacts read and written one line at a time, so a stage's memory does not grow with
/// the size of the files it passes on (a run of millions of items has multi-gigabyte candidates).
/// </summary>
public static class JsonLinesStreams
{
    /// <summary>Whether the object is there (opened, not read).</summary>
    public static async Task<bool> ExistsAsync(this IBlobStore store, string key, CancellationToken ct = default)
    {
        await using var stream = await store.OpenReadAsync(key, ct);
        return stream is not null;
    }

    /// <summary>The file's values in order; a missing file means an earlier stage did not run.</summary>
    public static IAsyncEnumerable<T> StreamJsonLinesAsync<T>(this IBlobStore store, string key, CancellationToken ct = default)
        => store.StreamJsonLinesAsync<T>(key, Json.Options, ct);

    /// <summary>The file's values in order, read with <paramref name="options"/> (a format that states its own, like ScoreLines).</summary>
    public static async IAsyncEnumerable<T> StreamJsonLinesAsync<T>(this IBlobStore store, string key, JsonSerializerOptions options,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var stream = await store.OpenReadAsync(key, ct)
            ?? throw new MissingArtifactException($"'{store.Describe(key)}' is missing: the stage that writes it has not run for this run id");
        using var reader = new StreamReader(stream);
        var line = 0;
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            T? value;
            try
            {
                value = JsonSerializer.Deserialize<T>(text, options);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"'{store.Describe(key)}' line {line} is not a valid {typeof(T).Name} ({ex.Message}); the stage that writes it must be re-run", ex);
            }
            yield return value ?? throw new InvalidDataException($"'{store.Describe(key)}' line {line} is null; the stage that writes it must be re-run");
        }
    }
}

/// <summary>
/// An artifact written to a local temporary file and published as one object at the end: readers never see
/// half a file, a failed stage leaves nothing behind, and memory holds what the writer buffers. The temporary
/// file is deleted on dispose.
/// </summary>
public sealed class BlobSpool : IAsyncDisposable
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"newscurator-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);

    public Stream Stream => _file;

    /// <summary>Publishes what was written as <paramref name="key"/> (replacing it whole).</summary>
    public async Task CommitAsync(IBlobStore store, string key, string contentType, CancellationToken ct)
    {
        await _file.FlushAsync(ct);
        _file.Position = 0;
        await store.WriteAsync(key, _file, contentType, ct);
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}

/// <summary>A JSON-lines artifact written line by line through a <see cref="BlobSpool"/>.</summary>
public sealed class JsonLinesSpool<T> : IAsyncDisposable
{
    private readonly BlobSpool _spool = new();
    private readonly Utf8JsonWriter _writer;
    private readonly JsonSerializerOptions _options;

    public JsonLinesSpool() : this(Json.Options)
    {
    }

    /// <param name="options">How each line is written (a format that states its own, like ScoreLines).</param>
    public JsonLinesSpool(JsonSerializerOptions options)
    {
        _options = options;
        _writer = new Utf8JsonWriter(_spool.Stream, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true });
    }

    public long Count { get; private set; }

    public void Append(T value)
    {
        JsonSerializer.Serialize(_writer, value, _options);
        _writer.Flush();
        _writer.Reset();
        _spool.Stream.WriteByte((byte)'\n');
        Count++;
    }

    /// <summary>Publishes what was appended as <paramref name="key"/> (replacing it whole).</summary>
    public async Task CommitAsync(IBlobStore store, string key, CancellationToken ct)
    {
        await _writer.FlushAsync(ct);
        await _spool.CommitAsync(store, key, "application/x-ndjson", ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _spool.DisposeAsync();
    }
}
