using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>One line of an execution's history, in the spirit of Step Functions' GetExecutionHistory.</summary>
public sealed record ExecutionEvent(DateTimeOffset At, string Type, string State, string? Detail = null, TimeSpan? Duration = null);

public sealed record ExecutionResult(string Status, JsonNode? Output, string? Error, string? Cause, IReadOnlyList<ExecutionEvent> Events)
{
    public bool Succeeded => Status == "SUCCEEDED";
}

/// <summary>Runs a Task state's Resource. The local runner binds resource strings to in-process handlers.</summary>
public delegate Task<JsonNode?> TaskHandler(JsonNode? input, TaskInvocation invocation, CancellationToken ct);

public sealed record TaskInvocation(string StateName, string Resource, int Attempt, JsonNode Context);
