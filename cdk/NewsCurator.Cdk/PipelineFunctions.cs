using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace NewsCurator.Cdk;

public sealed class PipelineFunctionsProps
{
    public required string CodePath { get; init; }
    public required IBucket Artifacts { get; init; }
    public required DatabaseConstruct Database { get; init; }

    /// <summary>Secrets Manager name of the LLM API key (config enhance.llm.api_key_secret); Enhance and Newsletter may read it.</summary>
    public string? LlmApiKeySecretName { get; init; }

    /// <summary>Secrets Manager name of the SMTP password (config delivery.smtp.password_secret); only Deliver may read it.</summary>
    public string? SmtpPasswordSecretName { get; init; }
}

/// <summary>
/// One Lambda per Task state, on the managed dotnet10 runtime calling Handle(Stream). Only the
/// functions that use the database sit in the VPC (isolated subnets, next to it); Ingest stays outside so it can
/// reach the internet without paying for NAT traffic.
/// </summary>
public sealed class PipelineFunctions : Construct
{
    /// <summary>Lambda's .NET 10 managed runtime (CDK 2.160 predates the named constant).</summary>
    public static readonly Runtime DotNet10 = new("dotnet10", RuntimeFamily.DOTNET_CORE);

    /// <summary>How a function reaches PostgreSQL: not at all, as the schema owner (secret), or as a role with an IAM token.</summary>
    private enum DbAccess { None, Owner, Writer, Reader }

    private sealed record Spec(string Placeholder, string HandlerClass, int MemoryMb, int TimeoutSeconds, DbAccess Db)
    {
        public bool UsesDatabase => Db != DbAccess.None;
    }

    private static readonly Spec[] Specs =
    [
        new("MigrateFunctionArn", "MigrateHandler", 256, 120, DbAccess.Owner),
        new("StartRunFunctionArn", "StartRunHandler", 512, 120, DbAccess.Writer),
        new("IngestFunctionArn", "IngestHandler", 1024, 600, DbAccess.None),
        new("FilterFunctionArn", "FilterHandler", 1769, 600, DbAccess.None),
        new("ScoreFunctionArn", "ScoreHandler", 3008, 900, DbAccess.None),
        new("SelectFunctionArn", "SelectHandler", 1024, 300, DbAccess.None),
        new("EnhanceFunctionArn", "EnhanceHandler", 512, 120, DbAccess.None),
        new("NewsletterFunctionArn", "NewsletterHandler", 512, 120, DbAccess.None),
        new("ExportFunctionArn", "ExportHandler", 1769, 600, DbAccess.Writer),
        new("DeliverFunctionArn", "DeliverHandler", 512, 300, DbAccess.None),
        new("MarkRunFailedFunctionArn", "MarkRunFailedHandler", 256, 60, DbAccess.Writer),
    ];

    /// <summary>The functions by the ASL placeholder they fill.</summary>
    public IReadOnlyDictionary<string, Function> All { get; }

    public PipelineFunctions(Construct scope, string id, PipelineFunctionsProps props) : base(scope, id)
    {
        var code = Code.FromAsset(props.CodePath);
        var db = props.Database;
        var functions = new Dictionary<string, Function>();
        foreach (var spec in Specs)
        {
            var name = spec.HandlerClass.Replace("Handler", "", StringComparison.Ordinal);
            var function = CreateFunction(name, spec, code, props, pipelineStep: true);
            // Least privilege: run artifacts only, and the database only where rows are written.
            props.Artifacts.GrantReadWrite(function, "runs/*");
            if (spec.HandlerClass == "StartRunHandler") props.Artifacts.GrantDelete(function, "runs/*");
            // Feed state (validators, moves, failures) and the memory of stories already sent live beside the runs.
            if (spec.HandlerClass == "IngestHandler") props.Artifacts.GrantReadWrite(function, "state/feeds/*");
            // Filter remembers what was sent; Newsletter numbers the issues for subject-line A/B from the same records.
            if (spec.HandlerClass is "FilterHandler" or "NewsletterHandler") props.Artifacts.GrantRead(function, "state/sent/*");
            if (spec.HandlerClass == "ExportHandler") props.Artifacts.GrantReadWrite(function, "state/sent/*");
            // The optional LLM: its reply cache and the monthly spending ledger live beside the runs.
            if (spec.HandlerClass is "EnhanceHandler" or "NewsletterHandler")
            {
                props.Artifacts.GrantReadWrite(function, "cache/llm/*");
                props.Artifacts.GrantReadWrite(function, "llm/ledger/*");
                if (props.LlmApiKeySecretName is { Length: > 0 } llmSecret) GrantSecret(function, llmSecret);
            }
            if (spec.HandlerClass == "DeliverHandler" && props.SmtpPasswordSecretName is { Length: > 0 } smtpSecret) GrantSecret(function, smtpSecret);
            if (spec.UsesDatabase) GrantDatabase(function, db, name, spec.Db);

            functions[spec.Placeholder] = function;
        }
        All = functions;

        // The read API: the same code package, reads only, next to the database.
        ReadApi = CreateFunction("Api", new Spec("", "ApiHandler", 512, 15, DbAccess.Reader), code, props, pipelineStep: false);
        GrantDatabase(ReadApi, db, "Api", DbAccess.Reader);
    }

    /// <summary>
    /// One function of the shared code package: the managed dotnet10 runtime on ARM, traced, with a
    /// month of logs; in the VPC's isolated subnets only when it touches the database.
    /// </summary>
    private Function CreateFunction(string name, Spec spec, Code code, PipelineFunctionsProps props, bool pipelineStep)
    {
        var db = props.Database;
        var environment = new Dictionary<string, string> { ["NEWSCURATOR_BLOB"] = $"s3://{props.Artifacts.BucketName}" };
        if (pipelineStep) environment["NEWSCURATOR_CONFIG"] = "config/production.yaml";
        // A start request may name another packaged config, never a path outside config/.
        if (spec.HandlerClass == "StartRunHandler") environment["NEWSCURATOR_CONFIG_PREFIX"] = "config/";
        if (spec.UsesDatabase)
        {
            // Only the Migrate step knows the owner's secret; the others log in as their role with IAM tokens.
            if (spec.Db == DbAccess.Owner) environment["NEWSCURATOR_DATABASE_SECRET"] = db.Secret.SecretName;
            else environment["NEWSCURATOR_DATABASE_IAM_USER"] = RoleName(spec.Db);
            environment["NEWSCURATOR_DATABASE_HOST"] = db.Cluster.ClusterEndpoint.Hostname;
            environment["NEWSCURATOR_DATABASE_PORT"] = db.Cluster.ClusterEndpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["NEWSCURATOR_DATABASE_NAME"] = DatabaseConstruct.DatabaseName;
            // Certificate-verified TLS: the RDS root CAs ship in the package (functions/NewsCurator.Functions/certs).
            environment["NEWSCURATOR_DATABASE_CA"] = "certs/rds-ca-bundle.pem";
        }
        return new Function(this, name, new FunctionProps
        {
            Runtime = DotNet10,
            Architecture = Architecture.ARM_64,
            Handler = $"NewsCurator.Functions::NewsCurator.Functions.{spec.HandlerClass}::Handle",
            Code = code,
            MemorySize = spec.MemoryMb,
            Timeout = Duration.Seconds(spec.TimeoutSeconds),
            Environment = environment,
            // X-Ray needs its API: reachable outside the VPC, not from the isolated subnets (no NAT, no endpoint).
            Tracing = spec.UsesDatabase ? Tracing.DISABLED : Tracing.ACTIVE,
            LogGroup = new LogGroup(this, $"{name}Logs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH, RemovalPolicy = RemovalPolicy.DESTROY }),
            Vpc = spec.UsesDatabase ? db.Vpc : null,
            VpcSubnets = spec.UsesDatabase ? new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED } : null,
        });
    }

    /// <summary>The PostgreSQL role (NewsCurator.Storage.DatabaseRoles, created by the Migrate step) a function logs in as.</summary>
    private static string RoleName(DbAccess access) => access switch
    {
        DbAccess.Writer => "newscurator_writer",
        DbAccess.Reader => "newscurator_reader",
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, "only roles log in with IAM tokens"),
    };

    /// <summary>
    /// Database access for one function: the network path, and either the owner's secret (read through SSM's
    /// Secrets Manager reference) or rds-db:connect for exactly its role.
    /// </summary>
    private void GrantDatabase(Function function, DatabaseConstruct db, string name, DbAccess access)
    {
        db.Cluster.Connections.AllowDefaultPortFrom(function, $"{name} to PostgreSQL");
        var stack = Stack.Of(this);
        if (access != DbAccess.Owner)
        {
            function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
            {
                Actions = ["rds-db:connect"],
                Resources = [stack.FormatArn(new ArnComponents
                {
                    Service = "rds-db",
                    Resource = "dbuser",
                    ResourceName = $"{db.Cluster.ClusterResourceIdentifier}/{RoleName(access)}",
                    ArnFormat = ArnFormat.COLON_RESOURCE_NAME,
                })],
            }));
            return;
        }
        db.Secret.GrantRead(function);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["ssm:GetParameter"],
            Resources = [stack.FormatArn(new ArnComponents
            {
                Service = "ssm",
                Resource = "parameter",
                ResourceName = "aws/reference/secretsmanager/" + db.Secret.SecretName,
            })],
        }));
    }

    /// <summary>
    /// Read access to one named secret the config refers to, through SSM's Secrets Manager reference
    /// (how the functions read it), and nothing else of Secrets Manager.
    /// </summary>
    private void GrantSecret(Function function, string secretName)
    {
        var stack = Stack.Of(this);
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["secretsmanager:GetSecretValue"],
            // Secrets Manager appends six random characters to a secret's ARN.
            Resources = [stack.FormatArn(new ArnComponents
            {
                Service = "secretsmanager",
                Resource = "secret",
                ResourceName = secretName + "-??????",
                ArnFormat = ArnFormat.COLON_RESOURCE_NAME,
            })],
        }));
        function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["ssm:GetParameter"],
            Resources = [stack.FormatArn(new ArnComponents
            {
                Service = "ssm",
                Resource = "parameter",
                ResourceName = "aws/reference/secretsmanager/" + secretName,
            })],
        }));
    }

    /// <summary>Serves GET /runs, /articles, /newsletters, /feeds/... (ReadApi in the domain library).</summary>
    public Function ReadApi { get; }

    /// <summary>Handler classes the functions name, so a test can check each exists in the Functions assembly.</summary>
    public static IEnumerable<string> HandlerClasses => Specs.Select(s => s.HandlerClass);
}
