using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.S3;
using Constructs;
using NewsCurator.Wiring;

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

    /// <summary>The functions by the ASL placeholder they fill.</summary>
    public IReadOnlyDictionary<string, Function> All { get; }

    public PipelineFunctions(Construct scope, string id, PipelineFunctionsProps props) : base(scope, id)
    {
        var code = Code.FromAsset(props.CodePath);
        var functions = new Dictionary<string, Function>();
        foreach (var spec in PipelineWiring.Functions)
            functions[spec.Placeholder!] = CreateFunction(spec, code, props);
        All = functions;

        // The read API: the same code package, reads only, next to the database.
        ReadApi = CreateFunction(PipelineWiring.ReadApi, code, props);
    }

    /// <summary>
    /// One function of the shared code package (the managed dotnet10 runtime on ARM, traced, with a
    /// month of logs; in the VPC's isolated subnets only when it touches the database) and exactly the
    /// grants its row in <see cref="PipelineWiring"/> declares.
    /// </summary>
    private Function CreateFunction(FunctionWiring spec, Code code, PipelineFunctionsProps props)
    {
        var function = NewFunction(spec, code, props);
        foreach (var grant in spec.Blobs)
        {
            var keys = grant.Prefix + "*";
            _ = grant.Access switch
            {
                BlobAccess.Read => props.Artifacts.GrantRead(function, keys),
                BlobAccess.ReadWrite => props.Artifacts.GrantReadWrite(function, keys),
                BlobAccess.Delete => props.Artifacts.GrantDelete(function, keys),
                _ => throw new ArgumentOutOfRangeException(nameof(spec), grant.Access, "unknown blob access"),
            };
        }
        foreach (var secret in spec.Secrets)
        {
            // A secret is granted only when the deployer names it (context llmApiKeySecret / smtpPasswordSecret).
            var name = secret switch
            {
                SecretGrant.LlmApiKey => props.LlmApiKeySecretName,
                SecretGrant.SmtpPassword => props.SmtpPasswordSecretName,
                _ => throw new ArgumentOutOfRangeException(nameof(spec), secret, "unknown secret"),
            };
            if (name is { Length: > 0 }) GrantSecret(function, name);
        }
        if (spec.UsesDatabase) GrantDatabase(function, props.Database, spec.Name, spec.Database);
        return function;
    }

    private Function NewFunction(FunctionWiring spec, Code code, PipelineFunctionsProps props)
    {
        var db = props.Database;
        var environment = new Dictionary<string, string>(spec.Environment) { ["NEWSCURATOR_BLOB"] = $"s3://{props.Artifacts.BucketName}" };
        if (spec.UsesDatabase)
        {
            // Only the Migrate step knows the owner's secret; the others log in as their role with IAM tokens.
            if (spec.Database == DatabaseAccess.Owner) environment["NEWSCURATOR_DATABASE_SECRET"] = db.Secret.SecretName;
            else environment["NEWSCURATOR_DATABASE_IAM_USER"] = RoleName(spec.Database);
            environment["NEWSCURATOR_DATABASE_HOST"] = db.Cluster.ClusterEndpoint.Hostname;
            environment["NEWSCURATOR_DATABASE_PORT"] = db.Cluster.ClusterEndpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["NEWSCURATOR_DATABASE_NAME"] = DatabaseConstruct.DatabaseName;
            // Certificate-verified TLS: the RDS root CAs ship in the package (functions/NewsCurator.Functions/certs).
            environment["NEWSCURATOR_DATABASE_CA"] = "certs/rds-ca-bundle.pem";
        }
        return new Function(this, spec.Name, new FunctionProps
        {
            Runtime = DotNet10,
            Architecture = Architecture.ARM_64,
            Handler = spec.LambdaHandler,
            Code = code,
            MemorySize = spec.MemoryMb,
            EphemeralStorageSize = Size.Mebibytes(spec.TempStorageMb),
            Timeout = Duration.Seconds(spec.TimeoutSeconds),
            Environment = environment,
            // X-Ray needs its API: reachable outside the VPC, not from the isolated subnets (no NAT, no endpoint).
            Tracing = spec.UsesDatabase ? Tracing.DISABLED : Tracing.ACTIVE,
            LogGroup = new LogGroup(this, $"{spec.Name}Logs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH, RemovalPolicy = RemovalPolicy.DESTROY }),
            Vpc = spec.UsesDatabase ? db.Vpc : null,
            VpcSubnets = spec.UsesDatabase ? new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED } : null,
        });
    }

    /// <summary>The PostgreSQL role (NewsCurator.Infrastructure.Sql.DatabaseRoles, created by the Migrate step) a function logs in as.</summary>
    private static string RoleName(DatabaseAccess access) => access switch
    {
        DatabaseAccess.Writer => "newscurator_writer",
        DatabaseAccess.Reader => "newscurator_reader",
        _ => throw new ArgumentOutOfRangeException(nameof(access), access, "only roles log in with IAM tokens"),
    };

    /// <summary>
    /// Database access for one function: the network path, and either the owner's secret (read through SSM's
    /// Secrets Manager reference) or rds-db:connect for exactly its role.
    /// </summary>
    private void GrantDatabase(Function function, DatabaseConstruct db, string name, DatabaseAccess access)
    {
        db.Cluster.Connections.AllowDefaultPortFrom(function, $"{name} to PostgreSQL");
        var stack = Stack.Of(this);
        if (access != DatabaseAccess.Owner)
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

}
