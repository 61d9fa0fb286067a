using NewsCurator.Storage;
using NewsCurator.Wiring;

namespace NewsCurator.Cli;

/// <summary>
/// The local stand-in for a function's IAM policy on the artifact bucket: every key outside the
/// function's row in <see cref="PipelineWiring"/> is refused the way S3 refuses it (access denied), so a
/// stage that starts using a new prefix fails the local run until its grant is declared.
/// </summary>
public sealed class GrantedBlobStore(IBlobStore inner, FunctionWiring function) : IBlobStore
{
    public Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
        => function.MayWrite(key) ? inner.WriteAsync(key, content, contentType, ct) : throw Denied("write", key);

    public Task WriteAsync(string key, Stream content, string contentType, CancellationToken ct = default)
        => function.MayWrite(key) ? inner.WriteAsync(key, content, contentType, ct) : throw Denied("write", key);

    public Task<byte[]?> ReadAsync(string key, CancellationToken ct = default)
        => function.MayRead(key) ? inner.ReadAsync(key, ct) : throw Denied("read", key);

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
        => function.MayRead(key) ? inner.OpenReadAsync(key, ct) : throw Denied("read", key);

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default)
        => function.MayRead(prefix) ? inner.ListAsync(prefix, ct) : throw Denied("list", prefix);

    public Task DeleteAsync(string key, CancellationToken ct = default)
        => function.MayDelete(key) ? inner.DeleteAsync(key, ct) : throw Denied("delete", key);

    public string Describe(string key) => inner.Describe(key);

    private UnauthorizedAccessException Denied(string action, string key)
        => new($"{function.HandlerClass} may not {action} '{key}': its grants are {string.Join(", ", function.Blobs.Select(g => $"{g.Prefix}* ({g.Access})"))}; "
            + $"declare the prefix in its row of {nameof(PipelineWiring)} (the same table gives the deployed function its IAM policy)");
}
