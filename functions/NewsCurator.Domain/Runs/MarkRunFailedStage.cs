using System.Text.Json;
using NewsCurator.Storage;

namespace NewsCurator.Runs;

/// <summary>What the Catch hands over: the run, the stage that failed and the error Step Functions caught.</summary>
public sealed record RunFailure
{
    public string? RunId { get; init; }
    public string? ExecutionName { get; init; }
    public string? FailedStage { get; init; }
    public CaughtError? Error { get; init; }
}

public sealed record CaughtError(string? Error, string? Cause);

/// <summary>The run failed and so did recording it; the message keeps the run's own failure first.</summary>
public sealed class FailureNotRecordedException(string message) : Exception(message);

public sealed record FailureRecord(string RunId, string Status, string Stage, string Error, string Message, DateTimeOffset FailedAt);

/// <summary>Records a failed run (status, stage, error) in the database and the blob store.</summary>
public sealed class MarkRunFailedStage(PipelineServices services)
{
    public async Task<FailureRecord> RunAsync(RunFailure failure, CancellationToken ct = default)
    {
        var runId = RunPaths.ValidateRunId(failure.RunId ?? failure.ExecutionName
            ?? throw new ArgumentException("MarkRunFailed needs runId or executionName in its input"));
        var stage = failure.FailedStage ?? "unknown";
        var error = failure.Error?.Error ?? "Unknown";
        var message = CauseMessage(failure.Error?.Cause) ?? error;
        var record = new FailureRecord(runId, "failed", stage, error, message, services.Clock.GetUtcNow());
        // Both records are attempted; if recording fails too (a read-only disk, the database down),
        // the error still carries the run's own failure, which is what an operator needs first.
        var problems = new List<string>();
        try { await services.Blobs.WriteJsonAsync(new RunPaths(runId).Failure, record, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException) { problems.Add($"writing {services.Blobs.Describe(new RunPaths(runId).Failure)}: {ex.Message}"); }
        try { await services.Runs.RecordRunFailedAsync(runId, stage, $"{error}: {message}", record.FailedAt, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException) { problems.Add($"recording it in {services.Runs.Database.Description}: {ex.Message}"); }
        if (problems.Count > 0)
            throw new FailureNotRecordedException($"run {runId} failed in {stage} ({error}: {message}); the failure could not be recorded: {string.Join("; ", problems)}");
        return record;
    }

    /// <summary>Lambda puts {"errorMessage", "errorType", "stackTrace"} in Cause; keep the message, drop the stack.</summary>
    private static string? CauseMessage(string? cause)
    {
        if (string.IsNullOrWhiteSpace(cause)) return null;
        try
        {
            using var doc = JsonDocument.Parse(cause);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("errorMessage", out var m))
                return m.GetString();
        }
        catch (JsonException)
        {
            // Not JSON: the cause is the message itself.
        }
        return cause;
    }
}
