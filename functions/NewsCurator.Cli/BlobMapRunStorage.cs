using NewsCurator.StateMachine;
using NewsCurator.Storage;

namespace NewsCurator.Cli;

/// <summary>
/// A Distributed Map's ItemReader and ResultWriter, locally: the run's blob store (a folder, or S3 /
/// an S3-protocol server) plays the one bucket the definition names. Any other bucket is an error,
/// as reading a bucket the role has no grant on would be in AWS.
/// </summary>
public sealed class BlobMapRunStorage(IBlobStore blobs, string servedBucket) : IMapRunStorage
{
    public Task<byte[]?> GetObjectAsync(string bucket, string key, CancellationToken ct)
        => blobs.ReadAsync(Checked(bucket, key), ct);

    public Task PutObjectAsync(string bucket, string key, byte[] content, CancellationToken ct)
        => blobs.WriteAsync(Checked(bucket, key), content, "application/json", ct);

    private string Checked(string requested, string key)
    {
        if (requested != servedBucket)
            throw new InvalidOperationException($"bucket '{requested}' is not the run's artifact bucket '{servedBucket}' (the only one the local runner serves)");
        return BlobKeys.Validate(key);
    }
}
