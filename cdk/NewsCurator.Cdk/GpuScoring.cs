using Amazon.CDK;
using Amazon.CDK.AWS.Batch;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Constructs;
using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

namespace NewsCurator.Cdk;

public sealed class GpuScoringProps
{
    public required string RepositoryRoot { get; init; }
    public required IVpc Vpc { get; init; }
    public required IBucket Artifacts { get; init; }
}

/// <summary>
/// The scoring container on AWS Batch: a Spot GPU environment first, on-demand as the fallback,
/// both scaling to zero between runs. The job reads candidates and writes scores in S3.
/// </summary>
public sealed class GpuScoring : Construct
{
    /// <summary>How long a job may wait in RUNNABLE for capacity before Batch cancels it.</summary>
    public static readonly Duration CapacityWait = Duration.Minutes(10);

    /// <summary>One attempt: an instance start, the image pull and the scoring (minutes on a GPU).</summary>
    public static readonly Duration AttemptTimeout = Duration.Minutes(20);

    public const int MaxAttempts = 2;

    public JobQueue Queue { get; }
    public EcsJobDefinition JobDefinition { get; }

    public GpuScoring(Construct scope, string id, GpuScoringProps props) : base(scope, id)
    {
        InstanceType[] gpuTypes = [new("g5.xlarge"), new("g6.xlarge"), new("g5.2xlarge")];
        var subnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_WITH_EGRESS };
        var spot = new ManagedEc2EcsComputeEnvironment(this, "Spot", new ManagedEc2EcsComputeEnvironmentProps
        {
            Vpc = props.Vpc,
            VpcSubnets = subnets,
            Spot = true,
            AllocationStrategy = AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED,
            InstanceTypes = gpuTypes,
            UseOptimalInstanceClasses = false,
            MinvCpus = 0,
            MaxvCpus = 32,
        });
        var onDemand = new ManagedEc2EcsComputeEnvironment(this, "OnDemand", new ManagedEc2EcsComputeEnvironmentProps
        {
            Vpc = props.Vpc,
            VpcSubnets = subnets,
            Spot = false,
            InstanceTypes = gpuTypes,
            UseOptimalInstanceClasses = false,
            MinvCpus = 0,
            MaxvCpus = 16,
        });
        Queue = new JobQueue(this, "Queue", new JobQueueProps
        {
            ComputeEnvironments =
            [
                new OrderedComputeEnvironment { ComputeEnvironment = spot, Order = 1 },
                new OrderedComputeEnvironment { ComputeEnvironment = onDemand, Order = 2 },
            ],
            // A job that cannot get a GPU (no capacity, vCPU quota, a requirement no instance meets) is
            // cancelled after CapacityWait instead of waiting out the state's timeout; the state machine
            // then scores on the CPU. 10 minutes is the shortest limit Batch accepts.
            JobStateTimeLimitActions = [.. new[]
            {
                JobStateTimeLimitActionsReason.INSUFFICIENT_INSTANCE_CAPACITY,
                JobStateTimeLimitActionsReason.COMPUTE_ENVIRONMENT_MAX_RESOURCE,
                JobStateTimeLimitActionsReason.JOB_RESOURCE_REQUIREMENT,
            }.Select(reason => new JobStateTimeLimitAction
            {
                Action = JobStateTimeLimitActionsAction.CANCEL,
                MaxTime = CapacityWait,
                Reason = reason,
                State = JobStateTimeLimitActionsState.RUNNABLE,
            })],
        });

        var jobRole = new Role(this, "JobRole", new RoleProps { AssumedBy = new ServicePrincipal("ecs-tasks.amazonaws.com") });
        props.Artifacts.GrantReadWrite(jobRole, "runs/*");
        JobDefinition = new EcsJobDefinition(this, "Job", new EcsJobDefinitionProps
        {
            Container = new EcsEc2ContainerDefinition(this, "Container", new EcsEc2ContainerDefinitionProps
            {
                Image = ContainerImage.FromAsset(props.RepositoryRoot, new AssetImageProps
                {
                    File = "batch-gpu/Dockerfile",
                    Exclude = ["**/bin", "**/obj", "out", "cdk.out", ".build", ".git", "**/node_modules", "tests", ".device"],
                }),
                Cpu = 4,
                Memory = Size.Gibibytes(14),
                Gpu = 1,
                JobRole = jobRole,
                Environment = new Dictionary<string, string> { ["NEWSCURATOR_BLOB"] = $"s3://{props.Artifacts.BucketName}" },
            }),
            // Batch retries only what a new host can fix: a reclaimed Spot instance or a failed host.
            // Exit code 2 (bad input or config), 1 (failed) and anything else end the job at once.
            RetryAttempts = MaxAttempts,
            RetryStrategies =
            [
                RetryStrategy.Of(Amazon.CDK.AWS.Batch.Action.RETRY, Reason.SPOT_INSTANCE_RECLAIMED),
                RetryStrategy.Of(Amazon.CDK.AWS.Batch.Action.EXIT, Reason.Custom(new CustomReason { OnReason = "*" })),
            ],
            Timeout = AttemptTimeout,
        });
    }
}
