using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>The CPU path of Score (small runs): the same <see cref="ScoringJob"/> the Batch container runs.</summary>
public sealed class ScoreStage(PipelineServices services)
{
    public async Task<RunContext> RunAsync(RunContext context, CancellationToken ct = default)
    {
        var paths = new RunPaths(context.RunId);
        var config = await services.Blobs.ReadRequiredJsonAsync<Configuration.PipelineConfig>(paths.Config, ct);
        await new ScoringJob(ScorerFactory.ForConfig(config.Scoring, services.Scorer)).RunAsync(services.Blobs, paths.Candidates, services.Blobs, paths.Scores, ct);
        return context;
    }
}
