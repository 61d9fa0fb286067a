namespace NewsCurator.Wiring;

/// <summary>How a function reaches PostgreSQL: not at all, as the schema owner (secret), or as a role with an IAM token.</summary>
public enum DatabaseAccess { None, Owner, Writer, Reader }

/// <summary>What a function may do with the artifact keys under one prefix (S3 in AWS, the local blob folder in a local run).</summary>
public enum BlobAccess
{
    /// <summary>Get and list.</summary>
    Read,
    /// <summary>Get, list, put and delete (what CDK's GrantReadWrite allows).</summary>
    ReadWrite,
    /// <summary>Delete only, added to another grant on the same prefix.</summary>
    Delete,
}

/// <summary>One prefix of the artifact bucket and what a function may do there.</summary>
public sealed record BlobGrant(string Prefix, BlobAccess Access)
{
    public bool Covers(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);
}

/// <summary>A secret the config names (Secrets Manager in AWS); the stack grants it only when the deployer names it.</summary>
public enum SecretGrant
{
    /// <summary>enhance.llm.api_key_secret (context llmApiKeySecret).</summary>
    LlmApiKey,
    /// <summary>delivery.smtp.password_secret (context smtpPasswordSecret).</summary>
    SmtpPassword,
}

/// <summary>
/// One Lambda function: the ASL placeholder it fills, the handler class Lambda calls, its size, and
/// everything it is allowed to touch. The CDK app turns this into the function and its IAM policy; the
/// local runner binds the same handler to the same placeholder and refuses blob keys outside the grants.
/// </summary>
public sealed record FunctionWiring(string? Placeholder, string HandlerClass, int MemoryMb, int TimeoutSeconds)
{
    /// <summary>The variable the handlers read their own timeout from (Lambda tells a Handle(Stream) handler no deadline).</summary>
    public const string TimeoutVariable = "NEWSCURATOR_TIMEOUT_SECONDS";

    public DatabaseAccess Database { get; init; } = DatabaseAccess.None;

    /// <summary>Lambda's /tmp in MB (512 to 10,240): the stages that stream a run spill to local files there.</summary>
    public int TempStorageMb { get; init; } = DefaultTempStorageMb;

    public const int DefaultTempStorageMb = 512;

    /// <summary>Artifact prefixes and access; anything not listed is refused.</summary>
    public IReadOnlyList<BlobGrant> Blobs { get; init; } = [];

    public IReadOnlyList<SecretGrant> Secrets { get; init; } = [];

    /// <summary>Variables that are the same in every deployment (the stack adds bucket and database endpoints).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The handler's name without "Handler": the construct id, the metrics' Stage dimension.</summary>
    public string Name => HandlerClass.EndsWith("Handler", StringComparison.Ordinal) ? HandlerClass[..^"Handler".Length] : HandlerClass;

    /// <summary>Lambda's handler string for the managed dotnet runtime.</summary>
    public string LambdaHandler => $"{PipelineWiring.FunctionsAssembly}::{PipelineWiring.FunctionsAssembly}.{HandlerClass}::Handle";

    /// <summary>Every environment variable that does not depend on the deployment, the timeout included.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>(Variables)
    {
        [TimeoutVariable] = TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public bool UsesDatabase => Database != DatabaseAccess.None;

    public bool MayRead(string key) => Blobs.Any(g => g.Access is BlobAccess.Read or BlobAccess.ReadWrite && g.Covers(key));

    public bool MayWrite(string key) => Blobs.Any(g => g.Access == BlobAccess.ReadWrite && g.Covers(key));

    public bool MayDelete(string key) => Blobs.Any(g => g.Access is BlobAccess.ReadWrite or BlobAccess.Delete && g.Covers(key));
}
