using Amazon.CDK;
using Amazon.CDK.AWS.Batch;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.S3;
using Constructs;
using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

namespace NewsCurator.Cdk;

public sealed class GpuScoringProps
{
    public required string RepositoryRoot { get; init; }
    public required IVpc Vpc { get; init; }
    public required IBucket Artifacts { get; init; }

    /// <summary>An AMI id to pin the GPU hosts to (context gpuAmiId); it must carry an NVIDIA driver >= 580.</summary>
    public string? GpuAmiId { get; init; }
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

    /// <summary>The ECS GPU-optimized Amazon Linux 2023 AMI, resolved when CloudFormation deploys.</summary>
    public const string GpuAmiParameter = "/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id";

    public JobQueue Queue { get; }
    public EcsJobDefinition JobDefinition { get; }

    public GpuScoring(Construct scope, string id, GpuScoringProps props) : base(scope, id)
    {
        InstanceType[] gpuTypes = [new("g5.xlarge"), new("g6.xlarge"), new("g5.2xlarge")];
        // Public subnets, no inbound rule: instances pull the image from ECR and reach S3 without a NAT
        // gateway (whose hourly charge alone would exceed the idle budget, and which billed every image pull).
        var subnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC };
        // The image is CUDA 13.0 (pytorch/pytorch:2.11.0-cuda13.0): the host needs an NVIDIA driver >= 580.
        // The ECS GPU-optimized Amazon Linux 2023 AMI is chosen at deploy time; context gpuAmiId pins one.
        var gpuImage = new EcsMachineImage
        {
            ImageType = EcsMachineImageType.ECS_AL2_NVIDIA, // Batch's GPU image type; the AMI below overrides the image
            Image = props.GpuAmiId is { Length: > 0 } ami
                ? MachineImage.GenericLinux(new Dictionary<string, string> { [Stack.Of(this).Region] = ami })
                : MachineImage.FromSsmParameter(GpuAmiParameter),
        };
        var spot = new ManagedEc2EcsComputeEnvironment(this, "Spot", new ManagedEc2EcsComputeEnvironmentProps
        {
            Vpc = props.Vpc,
            VpcSubnets = subnets,
            Spot = true,
            AllocationStrategy = AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED,
            InstanceTypes = gpuTypes,
            UseOptimalInstanceClasses = false,
            Images = [gpuImage],
            MinvCpus = 0,
            // 8 scoring jobs of 4 vCPUs at once: an array job of scoring.max_gpu_partitions (default 8) runs in parallel.
            MaxvCpus = 32,
        });
        var onDemand = new ManagedEc2EcsComputeEnvironment(this, "OnDemand", new ManagedEc2EcsComputeEnvironmentProps
        {
            Vpc = props.Vpc,
            VpcSubnets = subnets,
            Spot = false,
            InstanceTypes = gpuTypes,
            UseOptimalInstanceClasses = false,
            Images = [gpuImage],
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
                    // The GPU instance types are x86_64; building on an ARM laptop must not change that.
                    Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_AMD64,
                    Exclude = ["**/bin", "**/obj", "out", "cdk.out", ".build", ".git", "**/node_modules", "tests", ".device"],
                }),
                Cpu = 4,
                Memory = Size.Gibibytes(14),
                Gpu = 1,
                JobRole = jobRole,
                Logging = LogDriver.AwsLogs(new AwsLogDriverProps
                {
                    StreamPrefix = "score",
                    LogGroup = new LogGroup(this, "JobLogs", new LogGroupProps { Retention = RetentionDays.ONE_MONTH, RemovalPolicy = RemovalPolicy.DESTROY }),
                }),
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
