using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace NewsCurator.Cdk;

/// <summary>How the read routes are protected (context readAuth): IAM-signed requests, or an API key with a usage plan.</summary>
public enum ReadAuth
{
    /// <summary>Internal frontends that sign with SigV4 (the default).</summary>
    Iam,

    /// <summary>A public frontend: an x-api-key header, a usage plan's throttle and daily quota.</summary>
    ApiKey,
}

public sealed class RunsApiProps
{
    public required StateMachine StateMachine { get; init; }
    public required Function ReadApi { get; init; }
    public ReadAuth ReadAuth { get; init; } = ReadAuth.Iam;

    /// <summary>Create the account-wide API Gateway CloudWatch role (only for an account that has none).</summary>
    public bool CreateAccountLogRole { get; init; }
}

/// <summary>
/// The REST API: IAM-authorised POST /runs straight to StartExecution, and the read routes on the read
/// API Lambda behind IAM or an API key. Regional endpoint, access logs, a throttle per method.
/// </summary>
public sealed class RunsApi : Construct
{
    /// <summary>Starting runs is rare and costs a whole pipeline run each time.</summary>
    public const double StartRatePerSecond = 1;
    public const double StartBurst = 2;
    public const double ReadRatePerSecond = 20;
    public const double ReadBurst = 40;

    public RestApi Api { get; }
    public string StartRunUrl { get; }
    public IApiKey? ReadKey { get; }

    public RunsApi(Construct scope, string id, RunsApiProps props) : base(scope, id)
    {
        var accessLogs = new LogGroup(this, "AccessLogs", new LogGroupProps { Retention = RetentionDays.THREE_MONTHS, RemovalPolicy = RemovalPolicy.DESTROY });
        Api = new RestApi(this, "Api", new RestApiProps
        {
            Description = "NewsCurator: start runs (IAM) and read results",
            EndpointConfiguration = new EndpointConfiguration { Types = [EndpointType.REGIONAL] },
            // The API Gateway CloudWatch role is one per account and region: a stack must not replace it as a side effect.
            CloudWatchRole = props.CreateAccountLogRole,
            DeployOptions = new StageOptions
            {
                StageName = "v1",
                AccessLogDestination = new LogGroupLogDestination(accessLogs),
                AccessLogFormat = AccessLogFormat.JsonWithStandardFields(new JsonWithStandardFieldProps
                {
                    Caller = true, HttpMethod = true, Ip = true, Protocol = true, RequestTime = true,
                    ResourcePath = true, ResponseLength = true, Status = true, User = true,
                }),
                MetricsEnabled = true,
                TracingEnabled = true,
                ThrottlingRateLimit = ReadRatePerSecond,
                ThrottlingBurstLimit = ReadBurst,
                MethodOptions = new Dictionary<string, IMethodDeploymentOptions>
                {
                    ["/runs/POST"] = new MethodDeploymentOptions { ThrottlingRateLimit = StartRatePerSecond, ThrottlingBurstLimit = StartBurst },
                },
            },
        });
        ErrorResponses.AddTo(Api);

        var runs = Api.Root.AddResource("runs");
        StartRoute.Add(this, runs, props.StateMachine);

        // Reads: every GET goes to the read API Lambda (the frontend and the dashboard use them).
        var reads = new LambdaIntegration(props.ReadApi);
        var readOptions = props.ReadAuth == ReadAuth.Iam
            ? new MethodOptions { AuthorizationType = AuthorizationType.IAM }
            : new MethodOptions { ApiKeyRequired = true };
        runs.AddMethod("GET", reads, readOptions);
        Api.Root.AddProxy(new ProxyResourceOptions { AnyMethod = false }).AddMethod("GET", reads, readOptions);

        if (props.ReadAuth == ReadAuth.ApiKey)
        {
            ReadKey = Api.AddApiKey("ReadKey", new ApiKeyOptions { Description = "NewsCurator public frontend (read routes only)" });
            var plan = Api.AddUsagePlan("ReadPlan", new UsagePlanProps
            {
                Description = "Read routes for the public frontend",
                Throttle = new ThrottleSettings { RateLimit = ReadRatePerSecond, BurstLimit = (int)ReadBurst },
                Quota = new QuotaSettings { Limit = 50_000, Period = Period.DAY },
                ApiStages = [new UsagePlanPerApiStage { Api = Api, Stage = Api.DeploymentStage }],
            });
            plan.AddApiKey(ReadKey);
            _ = new CfnOutput(this, "ReadApiKeyId", new CfnOutputProps { Value = ReadKey.KeyId, Description = "aws apigateway get-api-key --include-value --api-key <id>" });
        }
        StartRunUrl = Api.UrlForPath("/runs");
    }
}
