using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace NewsCurator.Cdk;

public sealed class OrchestrationProps
{
    public required string DefinitionPath { get; init; }
    public required PipelineFunctions Functions { get; init; }
    public required GpuScoring Scoring { get; init; }
    public required IBucket Artifacts { get; init; }
    public ReadAuth ReadAuth { get; init; }
    public bool CreateAccountLogRole { get; init; }
}

/// <summary>
/// The state machine from the same ASL file the local runner executes (placeholders filled
/// here), a daily EventBridge schedule, and the API (POST /runs to start a run, GET routes to read).
/// </summary>
public sealed class Orchestration : Construct
{
    public StateMachine StateMachine { get; }
    public RunsApi Api { get; }

    public Orchestration(Construct scope, string id, OrchestrationProps props) : base(scope, id)
    {
        var substitutions = props.Functions.All.ToDictionary(kv => kv.Key, kv => kv.Value.FunctionArn);
        substitutions["GpuJobQueueArn"] = props.Scoring.Queue.JobQueueArn;
        substitutions["ScoringJobDefinitionArn"] = props.Scoring.JobDefinition.JobDefinitionArn;
        substitutions[NewsCurator.Wiring.PipelineWiring.ArtifactsBucketPlaceholder] = props.Artifacts.BucketName;

        // A fixed name, so the role can be granted its own child executions (Distributed Map) without
        // referring to the machine's ARN, which would make the role depend on the machine it serves.
        var stack = Stack.Of(this);
        var machineName = $"{stack.StackName}-pipeline";
        StateMachine = new StateMachine(this, "Pipeline", new StateMachineProps
        {
            StateMachineName = machineName,
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

        GrantDistributedMap(props.Artifacts, stack, machineName);

        // batch:submitJob.sync: submit on this queue and definition, watch the job, stop it on abort.
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

        Api = new RunsApi(this, "Runs", new RunsApiProps
        {
            StateMachine = StateMachine,
            ReadApi = props.Functions.ReadApi,
            ReadAuth = props.ReadAuth,
            CreateAccountLogRole = props.CreateAccountLogRole,
        });
    }

    /// <summary>
    /// What the Ingest Distributed Map needs, and no more: start, watch and stop its own child
    /// executions; read the shard manifests (ItemReader); write the Map Run's results (ResultWriter,
    /// which may upload in parts).
    /// </summary>
    private void GrantDistributedMap(IBucket artifacts, Stack stack, string machineName)
    {
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["states:StartExecution"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "states", Resource = "stateMachine", ResourceName = machineName, ArnFormat = ArnFormat.COLON_RESOURCE_NAME })],
        }));
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["states:DescribeExecution", "states:StopExecution"],
            Resources = [stack.FormatArn(new ArnComponents { Service = "states", Resource = "execution", ResourceName = machineName + "/*", ArnFormat = ArnFormat.COLON_RESOURCE_NAME })],
        }));
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:GetObject"],
            Resources = [artifacts.ArnForObjects("runs/*/feeds/manifest.json")],
        }));
        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
            Resources = [artifacts.ArnForObjects("runs/*/ingest/*")],
        }));
    }
}
