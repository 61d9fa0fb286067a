using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>
/// The CPU path of Score: small runs, and large ones whose GPU Batch job failed or timed out (the
/// state machine's Catch on the GPU state leads here with the failure in <see cref="ScoringRecord.GpuFailure"/>).
/// It runs the same <see cref="ScoringJob"/> the Batch container runs.
/// </summary>
public sealed class ScoreStage(PipelineServices services)
{
    /// <summary>A Batch cause can be a whole job description; the record keeps a readable line of it.</summary>
    private const int MaxReasonLength = 500;

    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<Configuration.PipelineConfig>(paths.Config, ct);
        var report = await new ScoringJob(ScorerFactory.ForConfig(config, services.Scorer)).RunAsync(services.Blobs, paths.Candidates, services.Blobs, paths.Scores, ct: ct);
        var gpuFailure = context.Scoring?.GpuFailure;
        var reason = gpuFailure?.Message();
        return context with
        {
            Scoring = new ScoringRecord
            {
                Device = "cpu",
                Scorer = report.Scorer,
                FellBackFromGpu = gpuFailure is not null,
                GpuError = gpuFailure?.Error,
                GpuReason = reason is { Length: > MaxReasonLength } ? reason[..MaxReasonLength] + "..." : reason,
            },
        };
    }
}
