using System.Text;
using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

public sealed partial class LocalRunner
{
    private sealed record ChildRun(string Name, string Arn, string Input, DateTimeOffset Start)
    {
        public string Status { get; set; } = "PENDING";
        public string? Output { get; set; }
        public string? Error { get; set; }
        public string? Cause { get; set; }
        public DateTimeOffset? Stop { get; set; }
    }

    /// <summary>
    /// A Distributed Map: items from the ItemReader's object (or ItemsPath), one child execution per
    /// item with its own context, failures counted against the tolerated threshold instead of failing
    /// fast, and, with a ResultWriter, the children's records written to the bucket and only the Map
    /// Run's ARN and the manifest's location returned (as Step Functions does).
    /// </summary>
    private async Task<JsonNode?> RunDistributedMapAsync(string name, JsonObject state, JsonNode? input, Execution execution, JsonObject context, CancellationToken ct)
    {
        var items = await ReadItemsAsync(name, state, input, context, ct);
        var processorNode = (JsonObject)(state["ItemProcessor"] ?? state["Iterator"])!;
        var processor = Definition.FromObject(processorNode, name);
        var express = processorNode["ProcessorConfig"]!["ExecutionType"]!.GetValue<string>() == "EXPRESS";
        var label = state["Label"]?.GetValue<string>() ?? name;
        var mapRunId = Guid.NewGuid().ToString();
        var mapRunArn = $"arn:aws:states:local:000000000000:mapRun:{execution.Machine}/{label}:{mapRunId}";
        var childMachine = $"{execution.Machine}/{label}";
        // Step Functions runs up to 10,000 children at once when MaxConcurrency is 0 or absent.
        var maxConcurrency = Math.Min(state["MaxConcurrency"]?.GetValue<int>() is > 0 and var m ? m : 10_000, _childConcurrency ?? int.MaxValue);
        var selector = state["ItemSelector"] ?? state["Parameters"];
        var children = new ChildRun?[items.Count];
        var failed = 0;
        Emit(execution, "MapRunStarted", name, $"{mapRunArn}: {items.Count} items, {(express ? "EXPRESS" : "STANDARD")} children, up to {maxConcurrency} at once");

        using var gate = new SemaphoreSlim(Math.Min(maxConcurrency, Math.Max(1, items.Count)));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tasks = items.Select(async (item, index) =>
        {
            try { await gate.WaitAsync(stop.Token); }
            catch (OperationCanceledException) { return; } // the Map Run failed before this item started: it stays PENDING
            try
            {
                var itemContext = (JsonObject)context.DeepClone();
                itemContext["Map"] = new JsonObject { ["Item"] = new JsonObject { ["Index"] = index, ["Value"] = item?.DeepClone() } };
                var childInput = selector is null ? item?.DeepClone() : PayloadTemplate.Apply(selector, input, itemContext);
                var childName = $"{mapRunId[..8]}-{index:D6}";
                var child = children[index] = new ChildRun(childName, $"arn:aws:states:local:000000000000:execution:{childMachine}:{childName}",
                    childInput?.ToJsonString() ?? "null", DateTimeOffset.UtcNow);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                var timeout = processor.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
                if (express && (timeout is null || timeout > DistributedMap.ExpressLimit)) timeout = DistributedMap.ExpressLimit;
                if (timeout is { } t) limit.CancelAfter(t);
                try
                {
                    var execution2 = new Execution(childName, childInput, child.Start, childMachine, execution.Events);
                    var output = await RunMachineAsync(processor, childInput, execution2, null, limit.Token);
                    (child.Status, child.Output) = ("SUCCEEDED", output?.ToJsonString() ?? "null");
                }
                catch (StatesError error)
                {
                    (child.Status, child.Error, child.Cause) = ("FAILED", error.Error, error.Cause);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    (child.Status, child.Error, child.Cause) = ("TIMED_OUT", StatesError.Timeout, $"the child execution exceeded {timeout?.TotalSeconds:0}s");
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    child.Status = "ABORTED"; // stopped because the Map Run failed
                }
                child.Stop = DateTimeOffset.UtcNow;
                if (child.Status is "FAILED" or "TIMED_OUT")
                {
                    Emit(execution, "MapIterationFailed", name, $"item {index}: {child.Error}: {Shorten(child.Cause ?? "")}");
                    if (DistributedMap.Exceeds(state, Interlocked.Increment(ref failed), items.Count)) await stop.CancelAsync();
                }
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        ct.ThrowIfCancellationRequested();

        var exceeded = DistributedMap.Exceeds(state, failed, items.Count);
        JsonNode? result;
        if (state["ResultWriter"] is JsonObject writer)
            result = await WriteResultsAsync(name, writer, input, context, mapRunId, mapRunArn, children, items.Count, ct);
        else
            result = new JsonArray(children.Select(c => c switch
            {
                { Status: "SUCCEEDED" } => JsonNode.Parse(c.Output!),
                { Error: not null } => new JsonObject { ["Error"] = c.Error, ["Cause"] = c.Cause },
                _ => null,
            }).ToArray());
        Emit(execution, exceeded ? "MapRunFailed" : "MapRunSucceeded", name,
            $"{children.Count(c => c?.Status == "SUCCEEDED")} succeeded, {failed} failed of {items.Count}");
        if (exceeded)
            throw new StatesError(StatesError.ExceedToleratedFailureThreshold,
                $"{failed} of {items.Count} child executions failed, more than state '{name}' tolerates; first: {children.FirstOrDefault(c => c?.Error is not null)?.Error}: {Shorten(children.FirstOrDefault(c => c?.Error is not null)?.Cause ?? "")}");
        return result;
    }

    private async Task<List<JsonNode?>> ReadItemsAsync(string name, JsonObject state, JsonNode? input, JsonObject context, CancellationToken ct)
    {
        if (state["ItemReader"] is not JsonObject reader)
        {
            var itemsPath = state["ItemsPath"]?.GetValue<string>() ?? "$";
            return JsonPath.Select(itemsPath, input, context, StatesError.Runtime) is JsonArray inline
                ? [.. inline.Select(i => i?.DeepClone())]
                : throw new StatesError(StatesError.Runtime, $"state '{name}': ItemsPath '{itemsPath}' does not point at an array");
        }
        var location = PayloadTemplate.Apply(reader["Parameters"], input, context);
        var (bucket, key) = (location?["Bucket"]?.ToString(), location?["Key"]?.ToString());
        if (string.IsNullOrEmpty(bucket) || string.IsNullOrEmpty(key))
            throw new StatesError(StatesError.ItemReaderFailed, $"state '{name}': ItemReader needs a Bucket and a Key (got {location?.ToJsonString()})");
        byte[]? bytes;
        try
        {
            bytes = await _mapStorage!.GetObjectAsync(bucket, key, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StatesError(StatesError.ItemReaderFailed, $"state '{name}': reading s3://{bucket}/{key} failed: {ex.Message}");
        }
        if (bytes is null) throw new StatesError(StatesError.ItemReaderFailed, $"state '{name}': s3://{bucket}/{key} does not exist");
        JsonNode? parsed;
        try { parsed = JsonNode.Parse(bytes); }
        catch (System.Text.Json.JsonException ex) { throw new StatesError(StatesError.ItemReaderFailed, $"state '{name}': s3://{bucket}/{key} is not JSON: {ex.Message}"); }
        if (parsed is not JsonArray array)
            throw new StatesError(StatesError.ItemReaderFailed, $"state '{name}': s3://{bucket}/{key} must hold a JSON array (InputType JSON)");
        var max = reader["ReaderConfig"]?["MaxItems"]?.GetValue<int>() ?? int.MaxValue;
        return [.. array.Take(max).Select(i => i?.DeepClone())];
    }

    /// <summary>The ResultWriter's layout: {Prefix}/{map run id}/ SUCCEEDED_0.json, FAILED_0.json, PENDING_0.json and manifest.json.</summary>
    private async Task<JsonNode> WriteResultsAsync(string name, JsonObject writer, JsonNode? input, JsonObject context,
        string mapRunId, string mapRunArn, ChildRun?[] children, int total, CancellationToken ct)
    {
        var location = PayloadTemplate.Apply(writer["Parameters"], input, context);
        var (bucket, prefix) = (location?["Bucket"]?.ToString(), location?["Prefix"]?.ToString()?.TrimEnd('/'));
        if (string.IsNullOrEmpty(bucket))
            throw new StatesError(StatesError.ResultWriterFailed, $"state '{name}': ResultWriter needs a Bucket (got {location?.ToJsonString()})");
        var folder = string.IsNullOrEmpty(prefix) ? mapRunId : $"{prefix}/{mapRunId}";
        var files = new JsonObject { ["FAILED"] = new JsonArray(), ["PENDING"] = new JsonArray(), ["SUCCEEDED"] = new JsonArray() };
        try
        {
            foreach (var (status, group) in new[]
                     {
                         ("SUCCEEDED", children.Where(c => c?.Status == "SUCCEEDED")),
                         ("FAILED", children.Where(c => c?.Status is "FAILED" or "TIMED_OUT" or "ABORTED")),
                         ("PENDING", children.Where(c => c is null || c.Status == "PENDING")),
                     })
            {
                var records = new JsonArray(group.Select(c => c is null ? new JsonObject { ["Status"] = "PENDING" } : Record(c)).ToArray<JsonNode?>());
                if (records.Count == 0) continue;
                var key = $"{folder}/{status}_0.json";
                var bytes = Encoding.UTF8.GetBytes(records.ToJsonString());
                await _mapStorage!.PutObjectAsync(bucket, key, bytes, ct);
                files[status]!.AsArray().Add(new JsonObject { ["Key"] = key, ["Size"] = bytes.Length });
            }
            var manifest = new JsonObject { ["DestinationBucket"] = bucket, ["MapRunArn"] = mapRunArn, ["ResultFiles"] = files };
            await _mapStorage!.PutObjectAsync(bucket, $"{folder}/manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString()), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StatesError(StatesError.ResultWriterFailed, $"state '{name}': writing the results of {total} children to s3://{bucket}/{folder}/ failed: {ex.Message}");
        }
        return new JsonObject
        {
            ["MapRunArn"] = mapRunArn,
            ["ResultWriterDetails"] = new JsonObject { ["Bucket"] = bucket, ["Key"] = $"{folder}/manifest.json" },
        };
    }

    private static JsonObject Record(ChildRun c)
    {
        var record = new JsonObject
        {
            ["ExecutionArn"] = c.Arn,
            ["Input"] = c.Input,
            ["InputDetails"] = new JsonObject { ["Included"] = true },
            ["Name"] = c.Name,
            ["StartDate"] = c.Start.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = c.Status,
            ["StopDate"] = c.Stop?.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (c.Output is not null)
        {
            record["Output"] = c.Output;
            record["OutputDetails"] = new JsonObject { ["Included"] = true };
        }
        if (c.Error is not null)
        {
            record["Error"] = c.Error;
            record["Cause"] = c.Cause;
        }
        return record;
    }
}
