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

/// <summary>What a Catch with a ResultPath writes: the error name and its cause.</summary>
public sealed record CaughtError(string? Error, string? Cause)
{
    /// <summary>
    /// The cause in a line: Lambda's {"errorMessage", "errorType", "stackTrace"} gives its message (the stack
    /// is dropped), a Batch job description its StatusReason; anything else is the message itself.
    /// </summary>
    public string? Message()
    {
        if (string.IsNullOrWhiteSpace(Cause)) return null;
        try
        {
            using var doc = JsonDocument.Parse(Cause);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
                foreach (var field in new[] { "errorMessage", "StatusReason" })
                    if (doc.RootElement.TryGetProperty(field, out var m) && m.ValueKind == JsonValueKind.String) return m.GetString();
        }
        catch (JsonException)
        {
            // Not JSON: the cause is the message itself.
        }
        return Cause;
    }
}

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
        var message = failure.Error?.Message() ?? error;
        var record = new FailureRecord(runId, "failed", stage, error, message, services.Clock.GetUtcNow());
        // Both records are attempted; if recording fails too (a read-only disk, the database down),
        // the error still carries the run's own failure, which is what an operator needs first.
        var problems = new List<string>();
        try { await services.Blobs.WriteJsonAsync(new RunPaths(runId).Failure, record, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException) { problems.Add($"writing {services.Blobs.Describe(new RunPaths(runId).Failure)}: {ex.Message}"); }
        try { await services.Runs.RecordRunFailedAsync(runId, stage, $"{error}: {message}", record.FailedAt, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException) { problems.Add($"recording it in {services.Runs.Description}: {ex.Message}"); }
        // The run has ended: the next one may start (a lease left behind would hold every run back until it goes stale).
        try { await ActiveRuns.ReleaseAsync(services.Blobs, runId, failure.ExecutionName ?? runId, ct); }
        catch (Exception ex) when (ex is not OperationCanceledException) { problems.Add($"giving back its lease {ActiveRuns.KeyOf(runId, failure.ExecutionName ?? runId)}: {ex.Message}"); }
        // The execution's cause is this message (the definition's RunFailedUnrecorded reads it), so it names the store and
        // the fix: a fixed "see the execution history" told a local run nothing (hostile-input audit 30, H6).
        if (problems.Count > 0)
            throw new FailureNotRecordedException($"run {runId} failed in {stage} ({error}: {message}); the failure could not be recorded: {string.Join("; ", problems)}"
                + (services.Runs.Description.StartsWith("sqlite:", StringComparison.Ordinal)
                    ? $"; if {services.Runs.Description} is damaged, move it aside: the next run starts a new one, and each run's rows stay in its export/ files"
                    : ""));
        return record;
    }
}
