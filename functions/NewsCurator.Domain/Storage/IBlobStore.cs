namespace NewsCurator.Storage;

/// <summary>
/// Where every artifact of a run lives (S3 in production, a folder locally). Keys are
/// '/'-separated relative paths. Writes replace whole objects, which is what makes a retried
/// step idempotent: it overwrites its own outputs instead of appending.
/// </summary>
public interface IBlobStore
{
    Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default);

    /// <summary>
    /// Writes an object from a stream read to its end: a large artifact spooled on disk is never held in memory
    /// whole. Required of every store (and every wrapper must forward it): a buffering fallback would hide that.
    /// </summary>
    Task WriteAsync(string key, Stream content, string contentType, CancellationToken ct = default);

    /// <summary>The object's bytes, or null when there is no such key.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken ct = default);

    /// <summary>The object as a stream to read once (large inputs are streamed, not loaded whole), or null when absent.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);

    /// <summary>Keys under a prefix, sorted ordinally.</summary>
    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default);

    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>Where a key can be opened by a person (a path or an s3:// URI).</summary>
    string Describe(string key);
}
