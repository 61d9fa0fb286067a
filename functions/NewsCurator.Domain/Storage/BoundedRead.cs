namespace NewsCurator.Storage;

/// <summary>
/// A stream read to its end only while it stays within a limit: what a server, a device or a cache entry sends
/// can be any size, and holding it whole first is how one hostile reply took a process to gigabytes.
/// </summary>
public static class BoundedRead
{
    /// <summary>All of <paramref name="stream"/>, or null as soon as it passes <paramref name="limit"/> bytes (nothing more is read). Disposes the stream.</summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken ct)
    {
        await using var _ = stream;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
