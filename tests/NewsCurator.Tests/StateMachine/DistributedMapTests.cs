using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.StateMachine;

/// <summary>The Distributed Map as the local runner implements it: ItemReader, child executions, tolerated failures, ResultWriter.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DistributedMapTests
{
    private sealed class MemoryBucket : IMapRunStorage
    {
        public readonly ConcurrentDictionary<(string Bucket, string Key), byte[]> Objects = new();

        public Task<byte[]?> GetObjectAsync(string bucket, string key, CancellationToken ct)
            => Task.FromResult(Objects.TryGetValue((bucket, key), out var bytes) ? bytes : null);

        public Task PutObjectAsync(string bucket, string key, byte[] content, CancellationToken ct)
        {
            Objects[(bucket, key)] = content;
            return Task.CompletedTask;
        }

        public JsonNode Read(string bucket, string key) => JsonNode.Parse(Objects[(bucket, key)])!;
    }

    private readonly MemoryBucket _bucket = new();

    private static string Machine(string mapExtras, string processorStates = """{"W":{"Type":"Task","Resource":"work","End":true}}""", string executionType = "STANDARD") => """
        {"StartAt":"M","States":{"M":{"Type":"Map",
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"b","Key.$":"$.manifest"}},
          "ItemSelector":{"run.$":"$.run","item.$":"$$.Map.Item.Value","index.$":"$$.Map.Item.Index"},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"__TYPE__"},"StartAt":"W","States":__STATES__},
          "MaxConcurrency":2
          __EXTRAS__,
          "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Caught"}],
          "End":true},
          "Caught":{"Type":"Pass","End":true}}}
        """.Replace("__TYPE__", executionType).Replace("__STATES__", processorStates).Replace("__EXTRAS__", mapExtras);

    private LocalRunner Runner(string json, TaskHandler work) => new(Definition.Parse(json), new Dictionary<string, TaskHandler> { ["work"] = work },
        (_, _) => Task.CompletedTask, mapStorage: _bucket);

    private void Manifest(params string[] items) => _bucket.Objects[("b", "runs/r/manifest.json")] =
        Encoding.UTF8.GetBytes(new JsonArray(items.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()).ToJsonString());

    private static JsonObject Input => new() { ["run"] = "r", ["manifest"] = "runs/r/manifest.json" };

    [Fact]
    public async Task Map_ShouldRunOneChildPerManifestItem_WriteTheirRecords_AndReturnTheManifestLocation()
    {
        Manifest("a", "b", "c");
        var running = 0;
        var peak = 0;
        var contexts = new ConcurrentBag<string>();
        var runner = Runner(Machine(""","ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"b","Prefix.$":"States.Format('runs/{}/results', $.run)"}}"""),
            async (input, invocation, _) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                await Task.Delay(50, CancellationToken.None);
                Interlocked.Decrement(ref running);
                contexts.Add((string)invocation.Context["Execution"]!["Name"]!);
                return new JsonObject { ["done"] = $"{input!["run"]}/{input["item"]}#{input["index"]}" };
            });

        var result = await runner.StartExecutionAsync("parent", Input);

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(3, contexts.Distinct().Count()); // each child is its own execution
        Assert.DoesNotContain("parent", contexts);
        Assert.True(peak <= 2, $"MaxConcurrency 2, saw {peak}");
        var key = (string)result.Output!["ResultWriterDetails"]!["Key"]!;
        Assert.Matches("^runs/r/results/[0-9a-f-]{36}/manifest.json$", key);
        Assert.StartsWith("arn:aws:states:", (string)result.Output["MapRunArn"]!);
        var manifest = _bucket.Read("b", key);
        var succeededKey = (string)manifest["ResultFiles"]!["SUCCEEDED"]![0]!["Key"]!;
        Assert.Empty(manifest["ResultFiles"]!["FAILED"]!.AsArray());
        var records = _bucket.Read("b", succeededKey).AsArray();
        Assert.Equal(["r/a#0", "r/b#1", "r/c#2"], records.Select(r => (string)JsonNode.Parse((string)r!["Output"]!)!["done"]!).Order());
        Assert.All(records, r => Assert.Equal("SUCCEEDED", (string)r!["Status"]!));
    }

    [Fact]
    public async Task Map_WithAHostChildLimitBelowMaxConcurrency_ShouldRunChildrenNoMoreAtOnceThanTheHostAllows_AndRunThemAll()
    {
        Manifest("a", "b", "c", "d");
        var (running, peak, done) = (0, 0, 0);
        var runner = new LocalRunner(Definition.Parse(Machine("")), new Dictionary<string, TaskHandler>
        {
            ["work"] = async (_, _, _) =>
            {
                InterlockedMax(ref peak, Interlocked.Increment(ref running));
                await Task.Delay(30, CancellationToken.None);
                Interlocked.Decrement(ref running);
                Interlocked.Increment(ref done);
                return new JsonObject();
            },
        }, (_, _) => Task.CompletedTask, mapStorage: _bucket, childConcurrency: 1);

        var result = await runner.StartExecutionAsync("e", Input);

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(4, done);
        Assert.Equal(1, peak); // the definition allows 2
        Assert.Contains(result.Events, e => e.Type == "MapRunStarted" && e.Detail!.Contains("up to 1 at once", StringComparison.Ordinal));
    }

    [Fact]
    public void Runner_ShouldRefuseAHostChildLimitBelowOne()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new LocalRunner(Definition.Parse(Machine("")),
            new Dictionary<string, TaskHandler> { ["work"] = (_, _, _) => Task.FromResult<JsonNode?>(null) }, mapStorage: _bucket, childConcurrency: 0));

    [Fact]
    public async Task Map_WhenFailuresStayWithinTheToleratedPercentage_ShouldSucceedAndRecordTheFailures()
    {
        Manifest("ok1", "bad", "ok2", "ok3");
        var runner = Runner(Machine(""","ToleratedFailurePercentage":25,"ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"b","Prefix":"out"}}"""),
            (input, _, _) => (string)input!["item"]! == "bad" ? throw new InvalidOperationException("shard exploded") : Task.FromResult<JsonNode?>(new JsonObject()));

        var result = await runner.StartExecutionAsync("e", Input);

        Assert.True(result.Succeeded, result.Cause);
        Assert.DoesNotContain(result.Events, e => e.State == "Caught");
        var manifest = _bucket.Read("b", (string)result.Output!["ResultWriterDetails"]!["Key"]!);
        var failed = _bucket.Read("b", (string)manifest["ResultFiles"]!["FAILED"]![0]!["Key"]!).AsArray().Single()!;
        Assert.Equal("InvalidOperationException", (string)failed["Error"]!);
        Assert.Contains("shard exploded", (string)failed["Cause"]!);
        Assert.Contains("\"bad\"", (string)failed["Input"]!);
    }

    [Fact]
    public async Task Map_WhenFailuresExceedTheTolerance_ShouldFailWithExceedToleratedFailureThreshold()
    {
        Manifest("ok1", "bad1", "bad2", "ok2");
        var runner = Runner(Machine(""","ToleratedFailurePercentage":25"""),
            (input, _, _) => ((string)input!["item"]!).StartsWith("bad", StringComparison.Ordinal) ? throw new InvalidOperationException("nope") : Task.FromResult<JsonNode?>(new JsonObject()));

        var result = await runner.StartExecutionAsync("e", Input);

        Assert.True(result.Succeeded, result.Cause); // caught
        Assert.Equal(StatesError.ExceedToleratedFailureThreshold, (string)result.Output!["error"]!["Error"]!);
        Assert.Contains("InvalidOperationException", (string)result.Output!["error"]!["Cause"]!);
    }

    [Fact]
    public async Task Map_WithNoTolerance_ShouldFailOnTheFirstFailedChild_AndWithoutAWriterReturnTheOutputs()
    {
        Manifest("x", "y");
        var strict = await Runner(Machine(""), (input, _, _) => (string)input!["item"]! == "y" ? throw new IOException("disk") : Task.FromResult<JsonNode?>(input))
            .StartExecutionAsync("e", Input);
        Assert.Equal(StatesError.ExceedToleratedFailureThreshold, (string)strict.Output!["error"]!["Error"]!);

        var fine = await Runner(Machine(""), (input, _, _) => Task.FromResult<JsonNode?>(input!["item"]!.DeepClone())).StartExecutionAsync("e", Input);
        Assert.Equal("""["x","y"]""", fine.Output!.ToJsonString());
    }

    [Theory]
    [InlineData(null, "does not exist")]
    [InlineData("""{"not":"an array"}""", "must hold a JSON array")]
    [InlineData("not json", "is not JSON")]
    public async Task Map_WhenTheManifestIsMissingOrNotAnArray_ShouldFailWithItemReaderFailed(string? content, string expected)
    {
        if (content is not null) _bucket.Objects[("b", "runs/r/manifest.json")] = Encoding.UTF8.GetBytes(content);
        var calls = 0;
        var runner = Runner(Machine(""), (input, _, _) => { calls++; return Task.FromResult(input); });

        var result = await runner.StartExecutionAsync("e", Input);

        Assert.Equal(StatesError.ItemReaderFailed, (string)result.Output!["error"]!["Error"]!);
        Assert.Contains(expected, (string)result.Output!["error"]!["Cause"]!);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Map_ShouldHonourMaxItems()
    {
        Manifest("a", "b", "c", "d");
        var json = Machine("").Replace("\"InputType\":\"JSON\"", "\"InputType\":\"JSON\",\"MaxItems\":2");
        var result = await Runner(json, (input, _, _) => Task.FromResult<JsonNode?>(input!["item"]!.DeepClone())).StartExecutionAsync("e", Input);
        Assert.Equal("""["a","b"]""", result.Output!.ToJsonString());
    }

    [Theory]
    [InlineData(""","ItemBatcher":{"MaxItemsPerBatch":10}""", "Distributed Map field 'ItemBatcher' is not supported")]
    [InlineData(""","ToleratedFailurePercentagePath":"$.p" """, "'ToleratedFailurePercentagePath' is not supported")]
    [InlineData(""","ToleratedFailurePercentage":101""", "ToleratedFailurePercentage must be a number from 0 to 100")]
    [InlineData(""","ToleratedFailureCount":1.5""", "ToleratedFailureCount must be a non-negative integer")]
    [InlineData(""","ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","WriterConfig":{"OutputType":"JSONL"},"Parameters":{"Bucket":"b","Prefix":"p"}}""", "ResultWriter field 'WriterConfig'")]
    [InlineData(""","ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Parameters":{"Bucket":"b"}}""", "ResultWriter.Parameters needs 'Prefix'")]
    [InlineData(""","ItemsPath":"$.items" """, "ItemsPath and ItemReader exclude each other")]
    public void Definition_WhenItUsesDistributedMapFieldsTheRunnerDoesNotImplement_ShouldBeRejectedUpFront(string extras, string expected)
    {
        var error = Assert.Throws<DefinitionException>(() => Definition.Parse(Machine(extras)));
        Assert.Contains("state 'M'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("\"InputType\":\"JSON\"", "\"InputType\":\"CSV\"", "InputType 'CSV' is not supported")]
    [InlineData("arn:aws:states:::s3:getObject", "arn:aws:states:::s3:listObjectsV2", "ItemReader.Resource")]
    [InlineData("\"ExecutionType\":\"STANDARD\"", "\"ExecutionType\":\"BATCH\"", "ExecutionType STANDARD or EXPRESS")]
    [InlineData("\"Key.$\":\"$.manifest\"", "\"Key.$\":\"$.manifest\",\"VersionId\":\"3\"", "ItemReader.Parameters field 'VersionId'")]
    public void Definition_WhenTheReaderOrProcessorIsOneTheRunnerDoesNotImplement_ShouldBeRejected(string from, string to, string expected)
    {
        var error = Assert.Throws<DefinitionException>(() => Definition.Parse(Machine("").Replace(from, to)));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Runner_WhenTheDefinitionReadsABucketAndNoStorageIsGiven_ShouldRefuseToStart()
    {
        var error = Assert.Throws<DefinitionException>(() => new LocalRunner(Definition.Parse(Machine("")),
            new Dictionary<string, TaskHandler> { ["work"] = (i, _, _) => Task.FromResult(i) }));
        Assert.Contains("state 'M': its ItemReader/ResultWriter need a bucket", error.Message);
    }

    [Fact]
    public void InlineMap_WithDistributedOnlyFields_ShouldBeRejected()
    {
        var error = Assert.Throws<DefinitionException>(() => Definition.Parse("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ToleratedFailurePercentage":5,"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}
            """));
        Assert.Contains("field 'ToleratedFailurePercentage' needs ItemProcessor.ProcessorConfig.Mode DISTRIBUTED", error.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current) { }
    }
}
