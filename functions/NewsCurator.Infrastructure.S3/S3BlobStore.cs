using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using NewsCurator.Storage;

namespace NewsCurator.Infrastructure.S3;

/// <summary>
/// The production blob store. Objects live under an optional key prefix in one bucket.
/// <paramref name="useChunkEncoding"/> is an option because some S3-protocol servers (s3rver, some
/// gateways) store aws-chunked framing inside the object; AWS itself handles either.
/// </summary>
public sealed class S3BlobStore(IAmazonS3 s3, string bucket, string keyPrefix = "", bool useChunkEncoding = true) : IBlobStore
{
    private readonly string _prefix = keyPrefix.Length == 0 || keyPrefix.EndsWith('/') ? keyPrefix : keyPrefix + "/";

    private const long MultipartAbove = 4L << 30;

    private string Full(string key) => _prefix + BlobKeys.Validate(key);

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
    {
        using var body = new MemoryStream(content.ToArray(), writable: false);
        await WriteAsync(key, body, contentType, ct);
    }

    /// <summary>One PUT from the stream; above 4 GB (S3 takes at most 5 GB in one PUT) the SDK's multipart upload.</summary>
    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken ct = default)
    {
        if (content.CanSeek && content.Length - content.Position > MultipartAbove)
        {
            using var transfer = new Amazon.S3.Transfer.TransferUtility(s3);
            await transfer.UploadAsync(new Amazon.S3.Transfer.TransferUtilityUploadRequest
            {
                BucketName = bucket, Key = Full(key), InputStream = content, AutoCloseStream = false, ContentType = contentType,
            }, ct);
            return;
        }
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = Full(key),
            InputStream = content,
            AutoCloseStream = false,
            ContentType = contentType,
            UseChunkEncoding = useChunkEncoding,
        }, ct);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken ct = default)
    {
        try
        {
            using var response = await s3.GetObjectAsync(bucket, Full(key), ct);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        try
        {
            var response = await s3.GetObjectAsync(bucket, Full(key), ct);
            return response.ResponseStream; // disposing the stream releases the response
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken ct = default)
    {
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = _prefix + prefix };
        ListObjectsV2Response response;
        do
        {
            response = await s3.ListObjectsV2Async(request, ct);
            foreach (var obj in response.S3Objects ?? []) keys.Add(obj.Key[_prefix.Length..]);
            request.ContinuationToken = response.NextContinuationToken;
        } while (response.IsTruncated == true);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
        => s3.DeleteObjectAsync(bucket, Full(key), ct);

    public string Describe(string key) => $"s3://{bucket}/{Full(key)}";
}
