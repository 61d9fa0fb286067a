using Amazon.S3;
using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Scoring;
using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>
/// The ports every stage uses, wired once per process. Production and local runs differ only in
/// the adapters chosen here (S3 or files, PostgreSQL or SQLite), read from environment variables.
/// A record so a host can narrow one adapter for one function (`services with { Blobs = ... }`).
/// </summary>
public sealed record PipelineServices
{
    public required IBlobStore Blobs { get; init; }
    public required RunRepository Runs { get; init; }
    public IArticleScorer Scorer { get; init; } = new RulesScorer();
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public Func<FetchConfig, IFeedFetcher> FetcherFactory { get; init; } = config => new FeedFetcher(config);

    public IFeedFetcher CreateFetcher(FetchConfig config) => FetcherFactory(config);

    public const string BlobVariable = "NEWSCURATOR_BLOB";
    public const string DatabaseVariable = "NEWSCURATOR_DATABASE";
    public const string DatabaseSecretVariable = "NEWSCURATOR_DATABASE_SECRET";
    public const string DatabaseHostVariable = "NEWSCURATOR_DATABASE_HOST";
    public const string DatabasePortVariable = "NEWSCURATOR_DATABASE_PORT";
    /// <summary>Log in as this role with IAM tokens (the deployed pipeline and read API); the secret is only the Migrate step's.</summary>
    public const string DatabaseIamUserVariable = "NEWSCURATOR_DATABASE_IAM_USER";
    public const string DatabaseNameVariable = "NEWSCURATOR_DATABASE_NAME";
    /// <summary>The CA bundle to verify the database certificate with (relative to the working directory, the package root in Lambda).</summary>
    public const string DatabaseCaVariable = "NEWSCURATOR_DATABASE_CA";
    public const string S3EndpointVariable = "NEWSCURATOR_S3_ENDPOINT";
    public const string S3ChunkEncodingVariable = "NEWSCURATOR_S3_CHUNK_ENCODING";

    /// <summary>The embedded defaults: a folder for blobs and a SQLite file inside it.</summary>
    public static PipelineServices Local(string outDirectory) => new()
    {
        Blobs = new FileBlobStore(outDirectory),
        Runs = new RunRepository(Database.FromConnectionString("sqlite:" + Path.Combine(outDirectory, "newscurator.db"))),
    };

    public static PipelineServices FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var blob = getVariable(BlobVariable) ?? "file:out";
        var database = getVariable(DatabaseIamUserVariable) is { Length: > 0 } iamUser
            ? IamDatabase.Create(
                getVariable(DatabaseHostVariable) ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs {DatabaseHostVariable}"),
                int.TryParse(getVariable(DatabasePortVariable), System.Globalization.CultureInfo.InvariantCulture, out var iamPort) ? iamPort : 5432,
                getVariable(DatabaseNameVariable) ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs {DatabaseNameVariable}"),
                iamUser,
                getVariable("AWS_REGION") ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs AWS_REGION (Lambda sets it)"),
                Path.GetFullPath(getVariable(DatabaseCaVariable) ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs {DatabaseCaVariable}: IAM authentication requires verified TLS")))
            : getVariable(DatabaseSecretVariable) is { Length: > 0 } secret
            ? Database.FromSecret(secret, new SecretEndpoint(
                getVariable(DatabaseHostVariable),
                int.TryParse(getVariable(DatabasePortVariable), System.Globalization.CultureInfo.InvariantCulture, out var port) ? port : null,
                getVariable(DatabaseNameVariable),
                getVariable(DatabaseCaVariable) is { Length: > 0 } ca ? Path.GetFullPath(ca) : null))
            : Database.FromConnectionString(getVariable(DatabaseVariable) ?? "sqlite:" + Path.Combine(BlobRoot(blob) ?? "out", "newscurator.db"));
        return new PipelineServices
        {
            Blobs = CreateBlobStore(blob, getVariable),
            Runs = new RunRepository(database),
        };
    }

    public static IBlobStore CreateBlobStore(string location, Func<string, string?> getVariable)
    {
        if (location.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return new FileBlobStore(BlobRoot(location)!);
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

    private static string? BlobRoot(string location)
        => location.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? location["file:".Length..] : null;
}
