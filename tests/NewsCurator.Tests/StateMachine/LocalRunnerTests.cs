using System.Text.Json.Nodes;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.StateMachine;

[Trait(Category.Name, Category.Unit)]
public sealed class LocalRunnerTests
{
    private readonly List<TimeSpan> _delays = [];

    private LocalRunner Runner(string json, Dictionary<string, TaskHandler> resources)
        => new(Definition.Parse(json), resources, (d, _) => { lock (_delays) _delays.Add(d); return Task.CompletedTask; });

    private static TaskHandler Echo => (input, _, _) => Task.FromResult(input?.DeepClone());

    [Fact]
    public async Task Task_WhenInputPathParametersResultSelectorResultPathOutputPath_ShouldProcessInAslOrder()
    {
        var runner = Runner("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r",
              "InputPath":"$.payload",
              "Parameters":{"value.$":"$.x","name.$":"$$.Execution.Name","greeting.$":"States.Format('hi {}', $.who)","fixed":1},
              "ResultSelector":{"echoed.$":"$"},
              "ResultPath":"$.result",
              "OutputPath":"$.result.echoed",
              "End":true}}}
            """, new() { ["r"] = Echo });

        var result = await runner.StartExecutionAsync("exec-1", JsonNode.Parse("""{"payload":{"x":42,"who":"ana"}}"""));

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(42, (int)result.Output!["value"]!);
        Assert.Equal("exec-1", (string)result.Output!["name"]!);
        Assert.Equal("hi ana", (string)result.Output!["greeting"]!);
        Assert.Equal(1, (int)result.Output!["fixed"]!);
    }

    [Fact]
    public async Task Retry_WhenTaskFailsTwiceThenSucceeds_ShouldRetryWithBackoffAndSucceed()
    {
        var calls = 0;
        TaskHandler flaky = (input, _, _) => ++calls <= 2 ? throw new IOException("disk hiccup") : Task.FromResult(input);
        var runner = Runner("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r",
              "Retry":[{"ErrorEquals":["IOException"],"IntervalSeconds":2,"BackoffRate":3,"MaxAttempts":3}],"End":true}}}
            """, new() { ["r"] = flaky });

        var result = await runner.StartExecutionAsync("e", new JsonObject());

        Assert.True(result.Succeeded);
        Assert.Equal(3, calls);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(6)], _delays);
        Assert.Equal(2, result.Events.Count(e => e.Type == "StateRetried"));
    }

    [Fact]
    public async Task Retry_WhenAttemptsRunOut_ShouldTakeTheCatchWithErrorAtResultPath()
    {
        var calls = 0;
        TaskHandler broken = (_, _, _) => { calls++; throw new InvalidOperationException("always"); };
        var runner = Runner("""
            {"StartAt":"T","States":{
              "T":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],
                   "Catch":[{"ErrorEquals":["States.ALL"],"ResultPath":"$.error","Next":"Handled"}],"Next":"Never"},
              "Never":{"Type":"Fail","Error":"Wrong"},
              "Handled":{"Type":"Pass","End":true}}}
            """, new() { ["r"] = broken });

        var result = await runner.StartExecutionAsync("e", JsonNode.Parse("""{"keep":"me"}"""));

        Assert.True(result.Succeeded);
        Assert.Equal(3, calls); // first try + 2 retries
        Assert.Equal("me", (string)result.Output!["keep"]!);
        Assert.Equal("InvalidOperationException", (string)result.Output!["error"]!["Error"]!);
        Assert.Contains("always", (string)result.Output!["error"]!["Cause"]!);
    }

    [Fact]
    public async Task Retry_WhenErrorDoesNotMatch_ShouldNotRetryAndFailTheExecution()
    {
        var calls = 0;
        TaskHandler broken = (_, _, _) => { calls++; throw new ArgumentException("bad input"); };
        var runner = Runner("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","Retry":[{"ErrorEquals":["IOException"]}],"End":true}}}
            """, new() { ["r"] = broken });

        var result = await runner.StartExecutionAsync("e", new JsonObject());

        Assert.False(result.Succeeded);
        Assert.Equal(1, calls);
        Assert.Equal("ArgumentException", result.Error);
    }

    [Fact]
    public async Task Map_WhenMaxConcurrencyIsSet_ShouldRunEveryItemInOrderWithinTheBound()
    {
        var running = 0;
        var peak = 0;
        TaskHandler slow = async (input, _, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            lock (this) peak = Math.Max(peak, now);
            await Task.Delay(20, ct);
            Interlocked.Decrement(ref running);
            return JsonValue.Create((int)input!["n"]! * 10);
        };
        var runner = Runner("""
            {"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":3,
              "ItemSelector":{"n.$":"$$.Map.Item.Value","index.$":"$$.Map.Item.Index","run.$":"$.run"},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"W","States":{"W":{"Type":"Task","Resource":"r","End":true}}},
              "ResultPath":"$.out","End":true}}}
            """, new() { ["r"] = slow });

        var items = new JsonArray(Enumerable.Range(1, 12).Select(i => (JsonNode?)i).ToArray());
        var result = await runner.StartExecutionAsync("e", new JsonObject { ["items"] = items, ["run"] = "r1" });

        Assert.True(result.Succeeded, result.Cause);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => i * 10), result.Output!["out"]!.AsArray().Select(n => (int)n!));
        Assert.InRange(peak, 1, 3);
    }

    [Fact]
    public async Task Map_WhenOneIterationFails_ShouldFailTheMapWithThatError()
    {
        TaskHandler picky = (input, _, _) => (int)input! == 3 ? throw new FormatException("item 3 is bad") : Task.FromResult(input);
        var runner = Runner("""
            {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":1,
              "ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Task","Resource":"r","End":true}}},
              "Catch":[{"ErrorEquals":["FormatException"],"ResultPath":"$","Next":"Caught"}],"End":false,"Next":"Done"},
              "Done":{"Type":"Succeed"},
              "Caught":{"Type":"Pass","End":true}}}
            """, new() { ["r"] = picky });

        var result = await runner.StartExecutionAsync("e", JsonNode.Parse("[1,2,3,4]"));

        Assert.True(result.Succeeded);
        Assert.Equal("FormatException", (string)result.Output!["Error"]!);
    }

    [Fact]
    public async Task Choice_WhenRulesUsePathsAndCombinators_ShouldPickTheMatchingBranch()
    {
        const string json = """
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[
                 {"And":[{"Variable":"$.n","NumericGreaterThanPath":"$.limit"},{"Not":{"Variable":"$.kind","StringEquals":"skip"}}],"Next":"Big"},
                 {"Variable":"$.tag","IsPresent":true,"Next":"Tagged"}],
               "Default":"Small"},
              "Big":{"Type":"Pass","Result":"big","End":true},
              "Tagged":{"Type":"Pass","Result":"tagged","End":true},
              "Small":{"Type":"Pass","Result":"small","End":true}}}
            """;
        async Task<string> Route(string input) => (string)(await Runner(json, []).StartExecutionAsync("e", JsonNode.Parse(input))).Output!;

        Assert.Equal("big", await Route("""{"n":10,"limit":5,"kind":"x"}"""));
        Assert.Equal("small", await Route("""{"n":10,"limit":5,"kind":"skip"}"""));
        Assert.Equal("tagged", await Route("""{"n":1,"limit":5,"tag":true}"""));
        Assert.Equal("small", await Route("""{"n":1,"limit":5}"""));
    }

    [Fact]
    public async Task Parallel_And_Wait_ShouldRunEveryBranchAndWaitThroughTheDelay()
    {
        var runner = Runner("""
            {"StartAt":"P","States":{
              "P":{"Type":"Parallel","Branches":[
                {"StartAt":"A","States":{"A":{"Type":"Pass","Result":1,"End":true}}},
                {"StartAt":"B","States":{"B":{"Type":"Wait","Seconds":5,"Next":"B2"},"B2":{"Type":"Task","Resource":"r","End":true}}}],
               "Next":"F"},
              "F":{"Type":"Fail","ErrorPath":"$[1].code","Cause":"done"}}}
            """, new() { ["r"] = (_, _, _) => Task.FromResult<JsonNode?>(new JsonObject { ["code"] = "Branch2" }) });

        var result = await runner.StartExecutionAsync("e", new JsonObject());

        Assert.Equal("FAILED", result.Status);
        Assert.Equal("Branch2", result.Error);
        Assert.Contains(TimeSpan.FromSeconds(5), _delays);
    }

    [Fact]
    public async Task TaskTimeout_WhenHandlerRunsTooLong_ShouldRaiseStatesTimeout()
    {
        var runner = new LocalRunner(Definition.Parse("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","TimeoutSeconds":1,"End":true}}}
            """), new Dictionary<string, TaskHandler> { ["r"] = async (i, _, ct) => { await Task.Delay(TimeSpan.FromSeconds(30), ct); return i; } });

        var result = await runner.StartExecutionAsync("e", new JsonObject());

        Assert.Equal(StatesError.Timeout, result.Error);
    }

    [Theory]
    [InlineData("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","Heartbeat":5,"End":true}}}""", "state 'T': field 'Heartbeat'")]
    [InlineData("""{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r","Credentials":{},"End":true}}}""", "state 'T': field 'Credentials'")]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","ItemReader":{},"ItemProcessor":{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""", "state 'M': field 'ItemReader'")]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""", "a DISTRIBUTED ItemProcessor needs ProcessorConfig.ExecutionType")]
    [InlineData("""{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":{"ProcessorConfig":{"Mode":"SHARDED"},"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}},"End":true}}}""", "Mode 'SHARDED'")]
    [InlineData("""{"StartAt":"T","States":{"T":{"Type":"Pass","InputPath":"$.items[*]","End":true}}}""", "state 'T': InputPath")]
    [InlineData("""{"StartAt":"T","States":{"T":{"Type":"Pass","Parameters":{"x.$":"States.StringReverse($.a)"},"End":true}}}""", "States.StringReverse")]
    [InlineData("""{"StartAt":"T","States":{"T":{"Type":"Pass","Next":"Nowhere"}}}""", "Next 'Nowhere' is not a state")]
    [InlineData("""{"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.a","StringLike":"x","Next":"C"}]}}}""", "operator 'StringLike'")]
    [InlineData("""{"StartAt":"T","QueryLanguage":"JSONata","States":{"T":{"Type":"Pass","End":true}}}""", "field 'QueryLanguage'")]
    public void Definition_WhenItUsesWhatTheRunnerDoesNotSupport_ShouldBeRejectedNamingStateAndField(string json, string expected)
    {
        var error = Assert.Throws<DefinitionException>(() => Definition.Parse(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Runner_WhenAResourceHasNoHandler_ShouldBeRejectedBeforeStarting()
    {
        var error = Assert.Throws<DefinitionException>(() => Runner("""
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:x","End":true}}}
            """, []));
        Assert.Contains("state 'T': Resource 'arn:aws:lambda:x' has no local handler", error.Message);
    }

    [Fact]
    public void Substitute_WhenAPlaceholderHasNoValue_ShouldNameIt()
    {
        var error = Assert.Throws<DefinitionException>(() => Definition.Substitute("""{"Resource":"${A}","Other":"${B}"}""",
            new Dictionary<string, string> { ["A"] = "x" }));
        Assert.Contains("${B}", error.Message);
        Assert.DoesNotContain("${A}", error.Message);
    }

    [Fact]
    public void Intrinsics_ShouldEvaluateTheFunctionsTheDefinitionsUse()
    {
        var input = JsonNode.Parse("""{"a":[1,2,3,4,5],"s":"{\"k\":7}","x":"v"}""");
        Assert.Equal("[[1,2],[3,4],[5]]", Intrinsics.Evaluate("States.ArrayPartition($.a, 2)", input, null)!.ToJsonString());
        Assert.Equal(7, (int)Intrinsics.Evaluate("States.StringToJson($.s)", input, null)!["k"]!);
        Assert.Equal(5, (int)Intrinsics.Evaluate("States.ArrayLength($.a)", input, null)!);
        Assert.Equal("score-v-{}", (string)Intrinsics.Evaluate("States.Format('score-{}-\\{\\}', $.x)", input, null)!);
        Assert.Equal(12, (int)Intrinsics.Evaluate("States.MathAdd(States.ArrayLength($.a), 7)", input, null)!);
    }
}
