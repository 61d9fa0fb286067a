using Amazon.CDK;

namespace NewsCurator.Cdk;

public sealed class PipelineStackProps : StackProps
{
    /// <summary>The repository checkout: the state-machine file and the Batch Dockerfile are read from it.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>The published functions/NewsCurator.Functions folder (what Lambda runs).</summary>
    public required string LambdaCodePath { get; init; }

    /// <summary>Who hears about failed runs and budget overruns (optional; the SNS topic exists either way).</summary>
    public string? AlarmEmail { get; init; }

    public double MonthlyBudgetUsd { get; init; } = 100;

    /// <summary>How the read routes are protected (context readAuth=iam|apiKey).</summary>
    public ReadAuth ReadAuth { get; init; } = ReadAuth.Iam;

    /// <summary>
    /// API access logs need the account's API Gateway CloudWatch role; the stack creates it only when
    /// asked (context createApiGatewayAccountRole=true), because it is one per account and region.
    /// </summary>
    public bool CreateApiGatewayAccountRole { get; init; }

    /// <summary>Pins the GPU hosts' AMI (context gpuAmiId); default: the ECS GPU-optimized Amazon Linux 2023 AMI.</summary>
    public string? GpuAmiId { get; init; }
}
