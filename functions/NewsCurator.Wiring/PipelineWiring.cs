namespace NewsCurator.Wiring;

/// <summary>
/// The one wiring table: placeholder -> handler -> size -> grants -> environment, for every Lambda function.
/// The CDK app (cdk/NewsCurator.Cdk/PipelineFunctions.cs) builds each function and its IAM policy from
/// a row; the local runner (functions/NewsCurator.Cli/LocalPipeline.cs) binds the same handler to the
/// same placeholder and gives it a blob store that refuses keys outside the row's grants, so a grant
/// missing here fails the local run and the tests instead of a deployed run.
/// To add a stage: add its row, its handler class, and its Task state in statemachine/pipeline.asl.json.
/// </summary>
public static class PipelineWiring
{
    /// <summary>The assembly (and namespace) Lambda loads the handler classes from.</summary>
    public const string FunctionsAssembly = "NewsCurator.Functions";

    /// <summary>The config the deployed pipeline runs (packaged with the code under config/).</summary>
    public const string ConfigVariable = "NEWSCURATOR_CONFIG";
    public const string ProductionConfig = "config/production.yaml";

    /// <summary>A start request may name another packaged config, never a path outside this folder.</summary>
    public const string ConfigPrefixVariable = "NEWSCURATOR_CONFIG_PREFIX";

    /// <summary>The placeholders the Batch scoring task fills (not Lambda functions; the GPU scoring construct owns them).</summary>
    public const string GpuJobQueuePlaceholder = "GpuJobQueueArn";
    public const string ScoringJobDefinitionPlaceholder = "ScoringJobDefinitionArn";

    /// <summary>The artifact bucket, which Ingest's Distributed Map reads its shard manifest from and writes its results to.</summary>
    public const string ArtifactsBucketPlaceholder = "ArtifactsBucketName";

    // Every step reads and writes its run's artifacts; state beside the runs is granted only where used.
    private static readonly BlobGrant Runs = new("runs/", BlobAccess.ReadWrite);
    // A damaged state file (a run's run.json, feed state, sent memory) is moved here by the step that reads it
    // (BlobStoreExtensions.ReadStateJsonAsync), which therefore may also delete that file.
    private static readonly BlobGrant Quarantine = new("quarantine/", BlobAccess.ReadWrite);
    // The optional LLM: its reply cache and the monthly spending ledger.
    private static readonly BlobGrant[] Llm = [new("cache/llm/", BlobAccess.ReadWrite), new("llm/ledger/", BlobAccess.ReadWrite)];

    // One run at a time (ActiveRuns): StartRun takes the lease, Deliver and MarkRunFailed give it back.
    private static readonly BlobGrant[] Lease = [new("state/active-runs/", BlobAccess.ReadWrite)];
    private static readonly BlobGrant[] LeaseReturn = [new("state/active-runs/", BlobAccess.Read), new("state/active-runs/", BlobAccess.Delete)];

    private static readonly Dictionary<string, string> Pipeline = new() { [ConfigVariable] = ProductionConfig };

    /// <summary>Lambda's largest /tmp: billed per GB-second only above 512 MB, a few cents a month at one run a day.</summary>
    public const int SpillStorageMb = 10_240;

    /// <summary>One function per Task state of statemachine/pipeline.asl.json, in the order a run meets them.</summary>
    public static readonly IReadOnlyList<FunctionWiring> Functions =
    [
        // The only step that logs in as the schema owner; it touches no artifacts.
        new("MigrateFunctionArn", "MigrateHandler", 256, 120) { Database = DatabaseAccess.Owner, Variables = Pipeline },
        // Writes the run's row, config and feed shards; a re-run of an id first deletes that run's old artifacts.
        new("StartRunFunctionArn", "StartRunHandler", 512, 120)
        {
            Database = DatabaseAccess.Writer,
            Blobs = [Runs, new("runs/", BlobAccess.Delete), Quarantine, .. Lease],
            Variables = new Dictionary<string, string>(Pipeline) { [ConfigPrefixVariable] = "config/" },
        },
        // Outside the VPC (no database) so it reaches the feeds without NAT; feed state (validators, moves, failures). A run's
        // validators hold once it has sent its issue (its record under state/sent/).
        new("IngestFunctionArn", "IngestHandler", 1024, 600)
        {
            Blobs = [Runs, new("state/feeds/", BlobAccess.ReadWrite), new("state/sent/", BlobAccess.Read), Quarantine], Variables = Pipeline,
        },
        // Reads the memory of stories already sent (Deliver files it); may only remove a damaged record of it.
        // Filter, Score, Select and Export stream the run through local files (spooled artifacts, dedupe and join
        // partitions): /tmp holds about two copies of the run's items (a 100,000-feed bench run: 0.3 GB of raw items).
        new("FilterFunctionArn", "FilterHandler", 1769, 600)
        {
            TempStorageMb = SpillStorageMb,
            Blobs = [Runs, new("state/sent/", BlobAccess.Read), new("state/sent/", BlobAccess.Delete), Quarantine],
            Variables = Pipeline,
        },
        new("ScoreFunctionArn", "ScoreHandler", 3008, 900) { TempStorageMb = SpillStorageMb, Blobs = [Runs], Variables = Pipeline },
        new("SelectFunctionArn", "SelectHandler", 1024, 300) { TempStorageMb = SpillStorageMb, Blobs = [Runs], Variables = Pipeline },
        new("EnhanceFunctionArn", "EnhanceHandler", 512, 120) { Blobs = [Runs, .. Llm], Secrets = [SecretGrant.LlmApiKey], Variables = Pipeline },
        // Subject lines may come from the LLM too; subject-line A/B numbers the issues from the records of what was sent
        // (a damaged record is skipped: moving it to quarantine is Filter's).
        new("NewsletterFunctionArn", "NewsletterHandler", 512, 120)
        {
            Blobs = [Runs, new("state/sent/", BlobAccess.Read), .. Llm], Secrets = [SecretGrant.LlmApiKey], Variables = Pipeline,
        },
        // Writes the rows and lists what was selected (in the run's folder, for Deliver).
        new("ExportFunctionArn", "ExportHandler", 1769, 600)
        {
            TempStorageMb = SpillStorageMb,
            Database = DatabaseAccess.Writer,
            Blobs = [Runs, Quarantine],
            Variables = Pipeline,
        },
        // Mails the issue, then remembers what it sent (state/sent): a run whose issue did not go out is remembered by nobody.
        new("DeliverFunctionArn", "DeliverHandler", 512, 300)
        {
            Blobs = [Runs, new("state/sent/", BlobAccess.ReadWrite), .. LeaseReturn], Secrets = [SecretGrant.SmtpPassword], Variables = Pipeline,
        },
        new("MarkRunFailedFunctionArn", "MarkRunFailedHandler", 256, 60) { Database = DatabaseAccess.Writer, Blobs = [Runs, .. LeaseReturn], Variables = Pipeline },
    ];

    /// <summary>
    /// The read API behind API Gateway (no placeholder): reads rows as the read-only role; the detailed
    /// health check reads one probe key (with List on the bucket, so an absent key answers 404, not 403).
    /// </summary>
    public static readonly FunctionWiring ReadApi = new(null, "ApiHandler", 512, 15)
    {
        Database = DatabaseAccess.Reader,
        Blobs = [new("health/", BlobAccess.Read)],
    };

    /// <summary>The row that fills a placeholder.</summary>
    public static FunctionWiring ForPlaceholder(string placeholder)
        => Functions.SingleOrDefault(f => f.Placeholder == placeholder)
            ?? throw new ArgumentException($"no function fills ${{{placeholder}}}; add a row to {nameof(PipelineWiring)}.{nameof(Functions)}", nameof(placeholder));
}
