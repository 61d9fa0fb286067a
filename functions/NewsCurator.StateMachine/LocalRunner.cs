using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>
/// Executes an ASL definition in-process with Step Functions' semantics for the state types and
/// fields <see cref="Definition"/> accepts: input/output processing, Retry (with backoff, max
/// delay and jitter), Catch, Map with bounded concurrency, Parallel, Choice, Wait, Pass,
/// Succeed and Fail. Task resources are bound to in-process handlers; every resource the
/// definition names must have one, checked before the execution starts.
/// </summary>
public sealed partial class LocalRunner
{
    private readonly Definition _definition;
    private readonly IReadOnlyDictionary<string, TaskHandler> _resources;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly Action<ExecutionEvent>? _onEvent;
    private readonly string _stateMachineName;
    private readonly IMapRunStorage? _mapStorage;
    private readonly int? _childConcurrency;

    /// <param name="mapStorage">The buckets a Distributed Map's ItemReader and ResultWriter use; required when the definition has either.</param>
    /// <param name="childConcurrency">The most children of a Distributed Map run at once, whatever the definition's MaxConcurrency
    /// allows: on AWS each child is its own execution on its own Lambdas, here they share one process's cores and memory
    /// (null: the definition's limit).</param>
    public LocalRunner(Definition definition, IReadOnlyDictionary<string, TaskHandler> resources,
        Func<TimeSpan, CancellationToken, Task>? delay = null, Action<ExecutionEvent>? onEvent = null, string stateMachineName = "local",
        IMapRunStorage? mapStorage = null, int? childConcurrency = null)
    {
        if (childConcurrency is < 1) throw new ArgumentOutOfRangeException(nameof(childConcurrency), childConcurrency, "at least one child must run");
        _childConcurrency = childConcurrency;
        _definition = definition;
        _resources = resources;
        _delay = delay ?? Task.Delay;
        _onEvent = onEvent;
        _stateMachineName = stateMachineName;
        _mapStorage = mapStorage;
        CheckResources(definition);
    }

    private void CheckResources(Definition definition)
    {
        foreach (var (name, state) in definition.States)
        {
            switch (state["Type"]!.GetValue<string>())
            {
                case "Task":
                    var resource = state["Resource"]!.GetValue<string>();
                    if (!_resources.ContainsKey(resource))
                        throw new DefinitionException($"state '{name}': Resource '{resource}' has no local handler (known: {string.Join(", ", _resources.Keys)})");
                    break;
                case "Map":
                    if (DistributedMap.UsesStorage(state) && _mapStorage is null)
                        throw new DefinitionException($"state '{name}': its ItemReader/ResultWriter need a bucket, and the runner was given no map-run storage");
                    CheckResources(Definition.FromObject((JsonObject)(state["ItemProcessor"] ?? state["Iterator"])!, name));
                    break;
                case "Parallel":
                    foreach (var branch in state["Branches"]!.AsArray()) CheckResources(Definition.FromObject((JsonObject)branch!, name));
                    break;
            }
        }
    }

    /// <param name="events">A child execution of a Distributed Map logs into its parent's list, so one local run reads as one history.</param>
    private sealed class Execution(string name, JsonNode? input, DateTimeOffset start, string machine, List<ExecutionEvent>? events = null)
    {
        public readonly List<ExecutionEvent> Events = events ?? [];
        public readonly string Machine = machine;
        public readonly JsonObject ExecutionNode = new()
        {
            ["Id"] = $"arn:aws:states:local:000000000000:execution:{machine}:{name}",
            ["Name"] = name,
            ["StartTime"] = start.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["Input"] = input?.DeepClone(),
        };
        public readonly JsonObject StateMachineNode = new() { ["Id"] = $"arn:aws:states:local:000000000000:stateMachine:{machine}", ["Name"] = machine };
    }

    public async Task<ExecutionResult> StartExecutionAsync(string name, JsonNode? input, CancellationToken ct = default)
    {
        var execution = new Execution(name, input, DateTimeOffset.UtcNow, _stateMachineName);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (_definition.TimeoutSeconds is { } seconds) timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        Emit(execution, "ExecutionStarted", name);
        try
        {
            var output = await RunMachineAsync(_definition, input, execution, null, timeout.Token);
            Emit(execution, "ExecutionSucceeded", name);
            return new ExecutionResult("SUCCEEDED", output, null, null, Snapshot(execution));
        }
        catch (StatesError error)
        {
            Emit(execution, "ExecutionFailed", name, $"{error.Error}: {error.Cause}");
            return new ExecutionResult("FAILED", null, error.Error, error.Cause, Snapshot(execution));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Emit(execution, "ExecutionTimedOut", name);
            return new ExecutionResult("TIMED_OUT", null, StatesError.Timeout, "the execution exceeded its TimeoutSeconds", Snapshot(execution));
        }
    }

    private static List<ExecutionEvent> Snapshot(Execution execution)
    {
        lock (execution.Events) return [.. execution.Events];
    }

    private void Emit(Execution execution, string type, string state, string? detail = null, TimeSpan? duration = null)
    {
        var e = new ExecutionEvent(DateTimeOffset.UtcNow, type, state, detail, duration);
        lock (execution.Events) execution.Events.Add(e);
        _onEvent?.Invoke(e);
    }

    private async Task<JsonNode?> RunMachineAsync(Definition definition, JsonNode? input, Execution execution, JsonObject? mapItem, CancellationToken ct)
    {
        var name = definition.StartAt;
        var current = input;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var state = definition.States[name];
            var clock = Stopwatch.StartNew();
            Emit(execution, "StateEntered", name);
            var (next, output) = await RunStateAsync(name, state, current, execution, mapItem, ct);
            Emit(execution, "StateExited", name, next is null ? null : $"next: {next}", clock.Elapsed);
            if (next is null) return output;
            name = next;
            current = output;
        }
    }

    private JsonObject ContextFor(Execution execution, string stateName, int retryCount, JsonObject? mapItem)
    {
        var context = new JsonObject
        {
            ["Execution"] = execution.ExecutionNode.DeepClone(),
            ["StateMachine"] = execution.StateMachineNode.DeepClone(),
            ["State"] = new JsonObject
            {
                ["Name"] = stateName,
                ["EnteredTime"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
                ["RetryCount"] = retryCount,
            },
        };
        if (mapItem is not null) context["Map"] = new JsonObject { ["Item"] = mapItem.DeepClone() };
        return context;
    }

    private async Task<(string? Next, JsonNode? Output)> RunStateAsync(string name, JsonObject state, JsonNode? rawInput, Execution execution, JsonObject? mapItem, CancellationToken ct)
    {
        var type = state["Type"]!.GetValue<string>();
        var next = state["Next"]?.GetValue<string>();
        switch (type)
        {
            case "Pass":
            {
                var context = ContextFor(execution, name, 0, mapItem);
                var effective = Parameters(state, InputPath(state, rawInput, context), context);
                var result = state.ContainsKey("Result") ? state["Result"]?.DeepClone() : effective;
                return (next, OutputPath(state, ResultPath(state, rawInput, result), context));
            }
            case "Succeed":
            {
                var context = ContextFor(execution, name, 0, mapItem);
                return (null, OutputPath(state, InputPath(state, rawInput, context), context));
            }
            case "Fail":
            {
                var context = ContextFor(execution, name, 0, mapItem);
                var error = state["ErrorPath"] is JsonNode ep ? JsonPath.Select(ep.GetValue<string>(), rawInput, context, StatesError.Runtime)?.ToString() : state["Error"]?.GetValue<string>();
                var cause = state["CausePath"] is JsonNode cp ? JsonPath.Select(cp.GetValue<string>(), rawInput, context, StatesError.Runtime)?.ToString() : state["Cause"]?.GetValue<string>();
                throw new StatesError(error ?? "States.Failed", cause ?? "");
            }
            case "Wait":
            {
                var context = ContextFor(execution, name, 0, mapItem);
                var input = InputPath(state, rawInput, context);
                await _delay(WaitDuration(state, input, context), ct);
                return (next, OutputPath(state, input, context));
            }
            case "Choice":
            {
                var context = ContextFor(execution, name, 0, mapItem);
                var input = InputPath(state, rawInput, context);
                foreach (var choice in state["Choices"]!.AsArray())
                    if (ChoiceRules.Matches((JsonObject)choice!, input, context))
                        return (choice!["Next"]!.GetValue<string>(), OutputPath(state, input, context));
                var fallback = state["Default"]?.GetValue<string>()
                    ?? throw new StatesError(StatesError.NoChoiceMatched, $"no choice rule of state '{name}' matched and it has no Default");
                return (fallback, OutputPath(state, input, context));
            }
            default:
                return await RunWithRetryAndCatchAsync(name, state, rawInput, execution, mapItem, next, ct);
        }
    }

    private async Task<(string? Next, JsonNode? Output)> RunWithRetryAndCatchAsync(string name, JsonObject state, JsonNode? rawInput,
        Execution execution, JsonObject? mapItem, string? next, CancellationToken ct)
    {
        var retriers = state["Retry"]?.AsArray().Select(r => (JsonObject)r!).ToList() ?? [];
        var attemptsByRetrier = new int[retriers.Count];
        var retryCount = 0;
        while (true)
        {
            try
            {
                var context = ContextFor(execution, name, retryCount, mapItem);
                var output = await ExecuteAsync(name, state, rawInput, execution, context, retryCount, ct);
                return (next, output);
            }
            catch (StatesError error) when (error.Error != StatesError.Runtime)
            {
                var isTask = state["Type"]!.GetValue<string>() == "Task";
                var index = retriers.FindIndex(r => Matches(r["ErrorEquals"]!, error.Error, isTask));
                if (index >= 0)
                {
                    var retrier = retriers[index];
                    var maxAttempts = retrier["MaxAttempts"]?.GetValue<int>() ?? 3;
                    if (attemptsByRetrier[index] < maxAttempts)
                    {
                        var delay = RetryDelay(retrier, attemptsByRetrier[index]);
                        attemptsByRetrier[index]++;
                        retryCount++;
                        Emit(execution, "StateRetried", name, $"{error.Error} (attempt {retryCount + 1}, after {delay.TotalSeconds:0.###}s): {Shorten(error.Cause)}");
                        await _delay(delay, ct);
                        continue;
                    }
                }
                var catcher = state["Catch"]?.AsArray().Select(c => (JsonObject)c!).FirstOrDefault(c => Matches(c["ErrorEquals"]!, error.Error, isTask));
                if (catcher is null) throw;
                Emit(execution, "StateCaught", name, $"{error.Error} -> {catcher["Next"]}: {Shorten(error.Cause)}");
                var errorOutput = new JsonObject { ["Error"] = error.Error, ["Cause"] = error.Cause };
                var output = catcher.ContainsKey("ResultPath") && catcher["ResultPath"] is null
                    ? rawInput?.DeepClone()
                    : JsonPath.Merge(rawInput, catcher["ResultPath"]?.GetValue<string>() ?? "$", errorOutput);
                return (catcher["Next"]!.GetValue<string>(), output);
            }
        }
    }

    private async Task<JsonNode?> ExecuteAsync(string name, JsonObject state, JsonNode? rawInput, Execution execution, JsonObject context, int attempt, CancellationToken ct)
    {
        var input = InputPath(state, rawInput, context);
        JsonNode? result;
        switch (state["Type"]!.GetValue<string>())
        {
            case "Task":
                result = await InvokeTaskAsync(name, state, Parameters(state, input, context), context, attempt, ct);
                break;
            case "Map":
                result = await RunMapAsync(name, state, input, execution, context, ct);
                break;
            case "Parallel":
                var effective = Parameters(state, input, context);
                var branches = state["Branches"]!.AsArray().Select(b => Definition.FromObject((JsonObject)b!, name)).ToList();
                using (var failFast = CancellationTokenSource.CreateLinkedTokenSource(ct))
                {
                    var tasks = branches.Select(b => RunBranchAsync(b, effective, execution, null, failFast)).ToList();
                    result = new JsonArray((await Task.WhenAll(tasks)).ToArray());
                }
                break;
            default:
                throw new StatesError(StatesError.Runtime, $"state '{name}' has an unknown type");
        }
        if (state["ResultSelector"] is JsonNode selector) result = PayloadTemplate.Apply(selector, result, context);
        return OutputPath(state, ResultPath(state, rawInput, result), context);
    }

    private async Task<JsonNode?> RunBranchAsync(Definition branch, JsonNode? input, Execution execution, JsonObject? mapItem, CancellationTokenSource failFast)
    {
        try
        {
            return await RunMachineAsync(branch, input?.DeepClone(), execution, mapItem, failFast.Token);
        }
        catch (StatesError)
        {
            // One branch or iteration failing fails the whole state; stop the others early.
            await failFast.CancelAsync();
            throw;
        }
    }

    private async Task<JsonNode?> InvokeTaskAsync(string name, JsonObject state, JsonNode? input, JsonObject context, int attempt, CancellationToken ct)
    {
        var resource = state["Resource"]!.GetValue<string>();
        var handler = _resources[resource];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (state["TimeoutSeconds"]?.GetValue<int>() is { } seconds) timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            return await handler(input, new TaskInvocation(name, resource, attempt, context), timeout.Token);
        }
        catch (StatesError)
        {
            throw;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new StatesError(StatesError.Timeout, $"state '{name}' did not finish within its TimeoutSeconds");
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The same shape Lambda reports: Error is the exception type's name, Cause a JSON object with the message.
            var cause = JsonSerializer.Serialize(new { errorMessage = ex.Message, errorType = ex.GetType().Name });
            throw new StatesError(ex.GetType().Name, cause, ex);
        }
    }

    private async Task<JsonNode?> RunMapAsync(string name, JsonObject state, JsonNode? input, Execution execution, JsonObject context, CancellationToken ct)
    {
        if (DistributedMap.IsDistributed(state)) return await RunDistributedMapAsync(name, state, input, execution, context, ct);
        var itemsPath = state["ItemsPath"]?.GetValue<string>() ?? "$";
        if (JsonPath.Select(itemsPath, input, context, StatesError.Runtime) is not JsonArray items)
            throw new StatesError(StatesError.Runtime, $"state '{name}': ItemsPath '{itemsPath}' does not point at an array");
        var processor = Definition.FromObject((JsonObject)(state["ItemProcessor"] ?? state["Iterator"])!, name);
        var maxConcurrency = state["MaxConcurrency"]?.GetValue<int>() ?? 0;
        using var gate = new SemaphoreSlim(maxConcurrency <= 0 ? Math.Max(1, items.Count) : maxConcurrency);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var selector = state["ItemSelector"] ?? state["Parameters"];
        var tasks = items.Select(async (item, index) =>
        {
            await gate.WaitAsync(failFast.Token);
            try
            {
                var mapItem = new JsonObject { ["Index"] = index, ["Value"] = item?.DeepClone() };
                var itemContext = (JsonObject)context.DeepClone();
                itemContext["Map"] = new JsonObject { ["Item"] = mapItem.DeepClone() };
                var itemInput = selector is null ? item?.DeepClone() : PayloadTemplate.Apply(selector, input, itemContext);
                return await RunBranchAsync(processor, itemInput, execution, mapItem, failFast);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        try
        {
            return new JsonArray((await Task.WhenAll(tasks)).ToArray());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Another iteration failed first: surface its error, not the cancellation it caused.
            throw tasks.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException).OfType<StatesError>().First();
        }
    }

    private static JsonNode? InputPath(JsonObject state, JsonNode? input, JsonNode context)
    {
        if (!state.ContainsKey("InputPath")) return input?.DeepClone();
        return state["InputPath"] is JsonNode p ? JsonPath.Select(p.GetValue<string>(), input, context, StatesError.Runtime) : new JsonObject();
    }

    private static JsonNode? Parameters(JsonObject state, JsonNode? input, JsonNode context)
        => state["Parameters"] is JsonNode template && state["Type"]!.GetValue<string>() != "Map" ? PayloadTemplate.Apply(template, input, context) : input;

    private static JsonNode? ResultPath(JsonObject state, JsonNode? rawInput, JsonNode? result)
    {
        if (!state.ContainsKey("ResultPath")) return result;
        return state["ResultPath"] is JsonNode p ? JsonPath.Merge(rawInput, p.GetValue<string>(), result) : rawInput?.DeepClone();
    }

    private static JsonNode? OutputPath(JsonObject state, JsonNode? output, JsonNode context)
    {
        if (!state.ContainsKey("OutputPath")) return output;
        return state["OutputPath"] is JsonNode p ? JsonPath.Select(p.GetValue<string>(), output, context, StatesError.Runtime) : new JsonObject();
    }

    private static bool Matches(JsonNode errorEquals, string error, bool isTask)
        => errorEquals.AsArray().Select(e => e!.GetValue<string>()).Any(name =>
            name == error || name == StatesError.All || (isTask && name == StatesError.TaskFailed && error != StatesError.Timeout));

    private static TimeSpan RetryDelay(JsonObject retrier, int previousAttempts)
    {
        var interval = retrier["IntervalSeconds"]?.GetValue<double>() ?? 1;
        var backoff = retrier["BackoffRate"]?.GetValue<double>() ?? 2.0;
        var seconds = interval * Math.Pow(backoff, previousAttempts);
        if (retrier["MaxDelaySeconds"]?.GetValue<double>() is { } max) seconds = Math.Min(seconds, max);
        if (retrier["JitterStrategy"]?.GetValue<string>() == "FULL") seconds = Random.Shared.NextDouble() * seconds;
        return TimeSpan.FromSeconds(seconds);
    }

    private static TimeSpan WaitDuration(JsonObject state, JsonNode? input, JsonNode context)
    {
        if (state["Seconds"] is JsonNode s) return TimeSpan.FromSeconds(s.GetValue<double>());
        if (state["SecondsPath"] is JsonNode sp)
        {
            // Step Functions fails the execution (States.Runtime) unless the path holds a non-negative integer.
            var value = JsonPath.Select(sp.GetValue<string>(), input, context, StatesError.Runtime);
            if (value is not JsonValue v || v.GetValueKind() != System.Text.Json.JsonValueKind.Number
                || !long.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
                throw new StatesError(StatesError.Runtime, $"Wait SecondsPath '{sp.GetValue<string>()}' must select a non-negative integer (got {value?.ToJsonString() ?? "null"})");
            return TimeSpan.FromSeconds(seconds);
        }
        var text = state["Timestamp"]?.GetValue<string>()
                   ?? JsonPath.Select(state["TimestampPath"]!.GetValue<string>(), input, context, StatesError.Runtime)?.GetValue<string>();
        if (text is null || !ChoiceRules.TryTimestamp(text, out var until))
            throw new StatesError(StatesError.Runtime, $"Wait timestamp '{text}' is not an ISO-8601 timestamp");
        var wait = until - DateTimeOffset.UtcNow;
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static string Shorten(string cause) => cause.Length > 300 ? cause[..300] + "..." : cause;
}
