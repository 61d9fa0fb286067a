using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace NewsCurator.Cdk;

public sealed class OrchestrationProps
{
    public required string DefinitionPath { get; init; }
    public required PipelineFunctions Functions { get; init; }
    public required GpuScoring Scoring { get; init; }
}

/// <summary>
/// The state machine from the same ASL file the local runner executes (placeholders filled
/// here), a daily EventBridge schedule, and POST /runs (IAM-authorised) for a manual start.
/// </summary>
public sealed class Orchestration : Construct
{
    public StateMachine StateMachine { get; }
    public string StartRunUrl { get; }
    public RestApi Api { get; }

    public Orchestration(Construct scope, string id, OrchestrationProps props) : base(scope, id)
    {
        var substitutions = props.Functions.All.ToDictionary(kv => kv.Key, kv => kv.Value.FunctionArn);
        substitutions["GpuJobQueueArn"] = props.Scoring.Queue.JobQueueArn;
        substitutions["ScoringJobDefinitionArn"] = props.Scoring.JobDefinition.JobDefinitionArn;

        StateMachine = new StateMachine(this, "Pipeline", new StateMachineProps
        {
            DefinitionBody = DefinitionBody.FromFile(props.DefinitionPath),
            DefinitionSubstitutions = substitutions,
            StateMachineType = StateMachineType.STANDARD,
            Timeout = Duration.Hours(2),
            TracingEnabled = true,
            Logs = new LogOptions
            {
                Destination = new LogGroup(this, "ExecutionLogs", new Amazon.CDK.AWS.Logs.LogGroupProps { Retention = RetentionDays.THREE_MONTHS }),
                Level = LogLevel.ERROR,
                IncludeExecutionData = false,
            },
        });
        foreach (var function in props.Functions.All.Values) function.GrantInvoke(StateMachine);

        // batch:submitJob.sync: submit on this queue and definition, watch the job, stop it on abort.
        var stack = Stack.Of(this);
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["batch:SubmitJob"],
            Resources =
            [
                props.Scoring.Queue.JobQueueArn,
                stack.FormatArn(new ArnComponents { Service = "batch", Resource = "job-definition", ResourceName = props.Scoring.JobDefinition.JobDefinitionName + ":*" }),
            ],
        }));
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["batch:TerminateJob"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "batch", Resource = "job", ResourceName = "*" })],
        }));
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            // DescribeJobs has no resource-level permissions in IAM.
            Actions = ["batch:DescribeJobs"],
            Resources = ["*"],
        }));
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["events:PutTargets", "events:PutRule", "events:DescribeRule"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "events", Resource = "rule", ResourceName = "StepFunctionsGetEventsForBatchJobsRule" })],
        }));

        _ = new Rule(this, "Daily", new RuleProps
        {
            Description = "The morning newsletter run",
            Schedule = Schedule.Cron(new CronOptions { Minute = "0", Hour = "5" }),
            Targets = [new SfnStateMachine(StateMachine, new SfnStateMachineProps
            {
                Input = RuleTargetInput.FromObject(new Dictionary<string, object> { ["trigger"] = "schedule" }),
                RetryAttempts = 2,
            })],
        });

        var apiRole = new Role(this, "StartRunRole", new RoleProps { AssumedBy = new ServicePrincipal("apigateway.amazonaws.com") });
        StateMachine.GrantStartExecution(apiRole);
        var api = new RestApi(this, "Api", new RestApiProps
        {
            Description = "NewsCurator: start runs (IAM auth)",
            DeployOptions = new StageOptions { StageName = "v1", ThrottlingRateLimit = 5, ThrottlingBurstLimit = 10 },
        });
        var start = new AwsIntegration(new AwsIntegrationProps
        {
            Service = "states",
            Action = "StartExecution",
            IntegrationHttpMethod = "POST",
            Options = new IntegrationOptions
            {
                CredentialsRole = apiRole,
                PassthroughBehavior = PassthroughBehavior.NEVER,
                RequestTemplates = new Dictionary<string, string>
                {
                    ["application/json"] = $$"""{"stateMachineArn": "{{StateMachine.StateMachineArn}}", "input": "$util.escapeJavaScript($input.json('$'))"}""",
                },
                IntegrationResponses = [new IntegrationResponse { StatusCode = "202" }],
            },
        });
        var runsResource = api.Root.AddResource("runs");
        runsResource.AddMethod("POST", start, new MethodOptions
        {
            AuthorizationType = AuthorizationType.IAM,
            MethodResponses = [new MethodResponse { StatusCode = "202" }],
        });
        // Reads: every GET goes to the read API Lambda (the frontend and the dashboard use them).
        var reads = new LambdaIntegration(props.Functions.ReadApi);
        runsResource.AddMethod("GET", reads);
        api.Root.AddProxy(new ProxyResourceOptions { AnyMethod = false }).AddMethod("GET", reads);
        StartRunUrl = api.UrlForPath("/runs");
        Api = api;
    }
}
