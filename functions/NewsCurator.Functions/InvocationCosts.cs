using System.Text.Json;
using NewsCurator.Runs;
using NewsCurator.Storage;

namespace NewsCurator.Functions;

/// <summary>
/// Each invocation of a run's stage leaves a record of its seconds and memory under the run's
/// prefix, the input of the run's cost estimate (<see cref="RunCost"/>). The key derives from the stage
/// and its input, so the Map states' parallel iterations never share one, a re-run (StartRun clears the
/// prefix) writes the same keys again, and a retry of the same input adds an attempt to its record.
/// </summary>
public static class InvocationCosts
{
    public static async Task RecordAsync<TInput>(IBlobStore blobs, string stage, string? runId, TInput input, double seconds, bool failed)
    {
        if (runId is null) return; // Migrate, or an input without a run: nothing to charge it to
        try
        {
            var paths = new RunPaths(RunPaths.ValidateRunId(runId));
            // A run context also carries what the state machine added for this execution alone (the Distributed Map's
            // run ARN): not part of the stage's identity, or a re-run would write different keys.
            object identity = input is Model.RunContext context ? context with { Extra = null } : input!;
            var inputHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(identity, Json.Options)))[..16];
            var key = $"{RunCost.InvocationPrefix(paths)}{stage}-{inputHash}.json";
            var earlier = await blobs.ReadJsonAsync<InvocationRecord>(key);
            var attempt = new InvocationAttempt(Math.Round(seconds, 3), failed);
            await blobs.WriteJsonAsync(key, new InvocationRecord(stage, LambdaSizes.For(stage), [.. earlier?.Attempts ?? [], attempt]));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The estimate is bookkeeping: it must never turn a stage's success or its own error into another failure.
            await Console.Error.WriteLineAsync($"{stage}: could not record the invocation's cost: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
