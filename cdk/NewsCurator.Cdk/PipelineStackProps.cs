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
}
