using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace NewsCurator.Cdk;

/// <summary>
/// Everything the pipeline runs on: artifact bucket, Aurora PostgreSQL (scales to zero), one Lambda per
/// Task state, the GPU Batch queue, the state machine from statemachine/pipeline.asl.json with its
/// daily schedule and an IAM-authorised manual start, alarms and a cost budget.
/// </summary>
public sealed class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id, PipelineStackProps props) : base(scope, id, props)
    {
        // Every resource carries the project tag, so Cost Explorer can show what the pipeline costs.
        Amazon.CDK.Tags.Of(this).Add("project", "newscurator");

        var artifacts = new Bucket(this, "Artifacts", new BucketProps
        {
            Encryption = BucketEncryption.S3_MANAGED,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
            // Versioning: an overwrite or delete by a bug or a bad deploy can be undone; old versions go after 30 days.
            Versioned = true,
            LifecycleRules =
            [
                new LifecycleRule
                {
                    Prefix = "runs/",
                    Transitions = [new Transition { StorageClass = StorageClass.INFREQUENT_ACCESS, TransitionAfter = Duration.Days(30) }],
                    Expiration = Duration.Days(400),
                },
                new LifecycleRule { NoncurrentVersionExpiration = Duration.Days(30) },
            ],
        });

        var database = new DatabaseConstruct(this, "Database");
        var functions = new PipelineFunctions(this, "Functions", new PipelineFunctionsProps
        {
            CodePath = props.LambdaCodePath,
            Artifacts = artifacts,
            Database = database,
            LlmApiKeySecretName = props.LlmApiKeySecretName,
            SmtpPasswordSecretName = props.SmtpPasswordSecretName,
        });
        var scoring = new GpuScoring(this, "GpuScoring", new GpuScoringProps
        {
            RepositoryRoot = props.RepositoryRoot,
            Vpc = database.Vpc,
            Artifacts = artifacts,
            GpuAmiId = props.GpuAmiId,
        });
        var orchestration = new Orchestration(this, "Orchestration", new OrchestrationProps
        {
            DefinitionPath = Path.Combine(props.RepositoryRoot, "statemachine", "pipeline.asl.json"),
            Functions = functions,
            Scoring = scoring,
            Artifacts = artifacts,
            ReadAuth = props.ReadAuth,
            CreateAccountLogRole = props.CreateApiGatewayAccountRole,
        });
        var monitoring = new Monitoring(this, "Monitoring", new MonitoringProps
        {
            StateMachine = orchestration.StateMachine,
            // A pipeline function that keeps failing fails the run (RunFailed alarm); the read API has no run to fail.
            Functions = [functions.ReadApi],
            AlarmEmail = props.AlarmEmail,
            MonthlyBudgetUsd = props.MonthlyBudgetUsd,
        });
        _ = new Dashboards(this, "Dashboards", new DashboardsProps
        {
            StateMachine = orchestration.StateMachine,
            Api = orchestration.Api.Api,
            ReadApi = functions.ReadApi,
            Database = database.Cluster,
            Alarms = monitoring.Alarms,
            Stages = [.. functions.All.Values.Select(f => f.Node.Id)],
        });

        _ = new CfnOutput(this, "ArtifactBucket", new CfnOutputProps { Value = artifacts.BucketName });
        _ = new CfnOutput(this, "StateMachineArn", new CfnOutputProps { Value = orchestration.StateMachine.StateMachineArn });
        _ = new CfnOutput(this, "StartRunUrl", new CfnOutputProps { Value = orchestration.Api.StartRunUrl });
    }
}
