namespace NewsCurator.Storage;

/// <summary>The local blob store: keys map to files under a root folder. Writes are atomic (temp file + rename).</summary>
public sealed class FileBlobStore : IBlobStore
{
    private readonly string _root;

    public FileBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    private string PathOf(string key) => Path.Combine(_root, BlobKeys.Validate(key).Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// A folder where a key's file belongs: read, no object (as S3 reads a prefix); written over, a refusal naming it and
    /// the fix, where "access denied" failed a feed on every run (hostile-input audit 30, H12).
    /// </summary>
    private static void RefuseFolderAt(string path)
    {
        if (Directory.Exists(path))
            throw new IOException($"'{path}' is a folder where the store keeps a file; remove it");
    }

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
    {
        var path = PathOf(key);
        RefuseFolderAt(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A reader (or a crash) never sees half a file: write aside, then rename over.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, content.ToArray(), ct);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        var path = PathOf(key);
        RefuseFolderAt(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                await content.CopyToAsync(file, ct);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    // A key listed a moment ago may be gone when it is read (another step deleted it): missing, as S3 answers, not an error.
    public async Task<byte[]?> ReadAsync(string key, CancellationToken ct = default)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathOf(key), ct);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException || (ex is UnauthorizedAccessException && Directory.Exists(PathOf(key))))
        {
            return null;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        try
        {
            return Task.FromResult<Stream?>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException || (ex is UnauthorizedAccessException && Directory.Exists(PathOf(key))))
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default)
    {
        var dirPart = prefix.Contains('/') ? prefix[..(prefix.LastIndexOf('/') + 1)] : "";
        var dir = dirPart.Length == 0 ? _root : PathOf(dirPart.TrimEnd('/'));
        IReadOnlyList<string> keys = !Directory.Exists(dir)
            ? []
            : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();
        return Task.FromResult(keys);
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public string Describe(string key) => PathOf(key);
}
