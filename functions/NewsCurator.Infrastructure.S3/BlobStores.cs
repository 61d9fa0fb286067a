using Amazon.S3;
using NewsCurator.Configuration;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.S3;

/// <summary>A blob store from its location: <c>file:FOLDER</c> (the core's FileBlobStore) or <c>s3://BUCKET[/PREFIX]</c>.</summary>
public static class BlobStores
{
    /// <summary>Where the run's artifacts live (every function, the Batch job).</summary>
    public const string BlobVariable = "NEWSCURATOR_BLOB";
    /// <summary>An S3-protocol server other than AWS (s3rver in the tests): path-style addressing at this URL.</summary>
    public const string S3EndpointVariable = "NEWSCURATOR_S3_ENDPOINT";
    /// <summary>"false" for servers that store aws-chunked framing inside the object (s3rver, some gateways).</summary>
    public const string S3ChunkEncodingVariable = "NEWSCURATOR_S3_CHUNK_ENCODING";

    public static IBlobStore Create(string location, Func<string, string?> getVariable)
    {
        if (location.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return new FileBlobStore(FileRoot(location)!);
        if (location.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = location["s3://".Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var bucket = slash < 0 ? rest : rest[..slash];
            var prefix = slash < 0 ? "" : rest[(slash + 1)..];
            var endpoint = getVariable(S3EndpointVariable);
            var s3Config = new AmazonS3Config();
            if (!string.IsNullOrEmpty(endpoint))
            {
                s3Config.ServiceURL = endpoint;
                s3Config.ForcePathStyle = true;
            }
            var chunked = !string.Equals(getVariable(S3ChunkEncodingVariable), "false", StringComparison.OrdinalIgnoreCase);
            return new S3BlobStore(new AmazonS3Client(s3Config), bucket, prefix, chunked);
        }
        throw new ConfigurationException($"{BlobVariable} must be 'file:FOLDER' or 's3://BUCKET[/PREFIX]' (got '{location}')");
    }

    /// <summary>The folder of a file: location; null for any other.</summary>
    public static string? FileRoot(string location)
        => location.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? location["file:".Length..] : null;
}
