using System.Text.Json.Nodes;
using NewsCurator.Cli;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.StateMachine;

/// <summary>The production definition keeps the promises docs/ARCHITECTURE.md makes about it (small state, catches, placeholders).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PipelineDefinitionTests
{
    private static readonly string Text = File.ReadAllText(Repo.Definition);

    private static IEnumerable<(string Name, JsonObject State)> AllStates(JsonObject machine)
    {
        foreach (var (name, node) in machine["States"]!.AsObject())
        {
            var state = node!.AsObject();
            yield return (name, state);
            if (state["ItemProcessor"] is JsonObject processor)
                foreach (var inner in AllStates(processor)) yield return inner;
        }
    }

    [Fact]
    public void Placeholders_ShouldAllBeBoundByTheLocalRunner()
    {
        var placeholders = Definition.Placeholders(Text);
        Assert.NotEmpty(placeholders);
        Assert.Empty(placeholders.Except(LocalPipeline.Substitutions.Keys));
        Definition.Parse(Definition.Substitute(Text, LocalPipeline.Substitutions));
    }

    [Fact]
    public void EveryTask_ShouldHaveRetryAndEveryTopLevelStage_ShouldCatchToMarkRunFailed()
    {
        var machine = JsonNode.Parse(Text)!.AsObject();
        foreach (var (name, state) in AllStates(machine).Where(s => (string?)s.State["Type"] == "Task"))
            Assert.True(state["Retry"] is JsonArray { Count: > 0 }, $"{name} has no Retry");

        foreach (var (name, state) in machine["States"]!.AsObject().Select(kv => (kv.Key, kv.Value!.AsObject())))
        {
            if ((string?)state["Type"] is not ("Task" or "Map") || name == "MarkRunFailed") continue;
            var catchers = state["Catch"]!.AsArray();
            // StartRun first hands a refused start (another run in progress) to a Fail of its own: that run never started.
            if (name == "StartRun")
            {
                var refused = catchers[0]!;
                Assert.Equal(("RunInProgressException", "RunNotStarted"), ((string?)refused["ErrorEquals"]![0], (string?)refused["Next"]));
                Assert.Equal("Fail", (string?)machine["States"]!["RunNotStarted"]!["Type"]);
                catchers = [catchers[1]!.DeepClone()];
            }
            var catcher = catchers.Single()!;
            Assert.Equal("States.ALL", (string?)catcher["ErrorEquals"]![0]);
            // The GPU state is the one exception: whatever fails there, the CPU scorer takes over.
            if (name is "ScoreOnGpu" or "ScoreOnGpuArray") { Assert.Equal("ScoreOnCpu", (string?)catcher["Next"]); continue; }
            var failedPass = machine["States"]![(string)catcher["Next"]!]!;
            Assert.Equal("MarkRunFailed", (string?)failedPass["Next"]);
        }
    }

    [Fact]
    public void Stages_ShouldFollowTheDesignedShape()
    {
        var states = JsonNode.Parse(Text)!["States"]!;
        Assert.Equal("Map", (string?)states["Ingest"]!["Type"]);
        // Ingest is a Distributed Map over the manifest StartRun writes: the shard list never rides in the state.
        Assert.Equal("DISTRIBUTED", (string?)states["Ingest"]!["ItemProcessor"]!["ProcessorConfig"]!["Mode"]);
        Assert.Equal("STANDARD", (string?)states["Ingest"]!["ItemProcessor"]!["ProcessorConfig"]!["ExecutionType"]);
        Assert.Equal("$.manifest", (string?)states["Ingest"]!["ItemReader"]!["Parameters"]!["Key.$"]);
        Assert.Equal("arn:aws:states:::s3:putObject", (string?)states["Ingest"]!["ResultWriter"]!["Resource"]);
        Assert.InRange((double)states["Ingest"]!["ToleratedFailurePercentage"]!, 0.1, 10);
        Assert.Equal("Map", (string?)states["Enhance"]!["Type"]);
        Assert.Equal("arn:aws:states:::batch:submitJob.sync", (string?)states["ScoreOnGpu"]!["Resource"]);
        Assert.Equal("Choice", (string?)states["ChooseScorer"]!["Type"]);
        Assert.Equal("Fail", (string?)states["RunFailed"]!["Type"]);
        // Map results stay out of the state (the 256 KB cap is never at risk): only where the ResultWriter put them.
        Assert.Equal("$.ingest", (string?)states["Ingest"]!["ResultPath"]);
        Assert.Equal(["mapRunArn.$", "results.$"], states["Ingest"]!["ResultSelector"]!.AsObject().Select(kv => kv.Key));
        Assert.Null(states["Enhance"]!["ResultPath"]);
        Assert.True(states["Enhance"]!.AsObject().ContainsKey("ResultPath"));
    }

    /// <summary>
    /// The error names Step Functions reports that are not exception types: the States.* names of the
    /// ASL specification, and the service errors of the Lambda Invoke and Batch APIs as the Lambda and
    /// Batch integrations name them (docs.aws.amazon.com/step-functions: "Handling errors").
    /// </summary>
    private static readonly HashSet<string> ServiceErrorNames =
    [
        "States.ALL", "States.Timeout", "States.TaskFailed", "States.Permissions", "States.HeartbeatTimeout",
        "States.ResultPathMatchFailure", "States.ParameterPathFailure", "States.BranchFailed", "States.NoChoiceMatched",
        "States.IntrinsicFailure", "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed", "States.ResultWriterFailed",
        "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.ClientExecutionTimeoutException",
        "Lambda.TooManyRequestsException", "Lambda.Unknown",
        "Batch.AWSBatchException", "Batch.ServerException", "Batch.ClientException",
    ];

    [Fact]
    public void EveryErrorEquals_ShouldNameAServiceErrorOrAnExceptionTheHandlersThrow()
    {
        // Lambda reports a .NET exception under its type's simple name; Step Functions matches names exactly.
        var exceptionNames = new[] { typeof(NewsCurator.Functions.FilterHandler).Assembly, typeof(NewsCurator.Runs.ScoreStage).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => typeof(Exception).IsAssignableFrom(t)).Select(t => t.Name).ToHashSet();
        var machine = JsonNode.Parse(Text)!.AsObject();
        var names = AllStates(machine)
            .SelectMany(s => new[] { s.State["Retry"], s.State["Catch"] }.OfType<JsonArray>().SelectMany(list => list)
                .SelectMany(rule => rule!["ErrorEquals"]!.AsArray().Select(e => (State: s.Name, Error: (string)e!))))
            .ToList();
        Assert.NotEmpty(names);
        foreach (var (state, error) in names)
            Assert.True(ServiceErrorNames.Contains(error) || exceptionNames.Contains(error),
                $"{state}: '{error}' is neither a Step Functions/Lambda/Batch error name nor an exception type of the handlers");
        // The handlers wrap transient failures in one type; that is the name every Lambda Task retries.
        foreach (var (name, state) in AllStates(machine).Where(s => ((string?)s.State["Resource"])?.StartsWith("${", StringComparison.Ordinal) == true))
        {
            var retried = state["Retry"]!.AsArray().SelectMany(r => r!["ErrorEquals"]!.AsArray().Select(e => (string)e!)).ToList();
            Assert.Contains(nameof(NewsCurator.Runs.TransientFailureException), retried);
            // A function timeout repeats, and a retry after States.Timeout could run beside the first invocation.
            Assert.DoesNotContain("States.Timeout", retried);
            Assert.DoesNotContain("States.ALL", retried);
            Assert.DoesNotContain("Lambda.Unknown", retried);
        }
    }

    [Theory]
    [InlineData("ScoreOnGpu")]
    [InlineData("ScoreOnGpuArray")]
    public void GpuState_ShouldRetryOnlyTheSubmissionAndFallBackToTheCpuScorer(string state)
    {
        var gpu = JsonNode.Parse(Text)!["States"]![state]!;
        var retried = gpu["Retry"]!.AsArray().SelectMany(r => r!["ErrorEquals"]!.AsArray().Select(e => (string)e!)).ToList();
        Assert.All(retried, e => Assert.StartsWith("Batch.", e, StringComparison.Ordinal));
        var catcher = gpu["Catch"]!.AsArray().Single()!;
        Assert.Equal(("States.ALL", "ScoreOnCpu", "$.scoring.gpuFailure"),
            ((string?)catcher["ErrorEquals"]![0], (string?)catcher["Next"], (string?)catcher["ResultPath"]));
    }

    [Fact]
    public void GpuArrayState_ShouldSizeTheArrayFromTheComputedPartitionCount_AndTellEachChildTheCount()
    {
        var states = JsonNode.Parse(Text)!["States"]!;
        var array = states["ScoreOnGpuArray"]!["Parameters"]!;
        Assert.Equal("$.scoringPartitions", (string?)array["ArrayProperties"]!["Size.$"]);
        var environment = array["ContainerOverrides"]!["Environment"]!.AsArray().ToDictionary(e => (string)e!["Name"]!, e => e!);
        Assert.Equal("$.runId", (string?)environment["RUN_ID"]!["Value.$"]);
        // Batch environment values are strings.
        Assert.Equal("States.Format('{}', $.scoringPartitions)", (string?)environment["SCORING_PARTITIONS"]!["Value.$"]);
        // Batch rejects an array of one: the single-job state takes those runs.
        var first = states["ChooseScorer"]!["Choices"]![0]!;
        Assert.Equal("ScoreOnGpuArray", (string?)first["Next"]);
        Assert.Contains(first["And"]!.AsArray(), r => (string?)r!["Variable"] == "$.scoringPartitions" && (int?)r["NumericGreaterThan"] == 1);
        Assert.Equal(states["ScoreOnGpu"]!["TimeoutSeconds"]!.GetValue<int>(), states["ScoreOnGpuArray"]!["TimeoutSeconds"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5_000, 1)]
    [InlineData(1_800_000, 1)]
    [InlineData(1_800_001, 2)]
    [InlineData(9_000_000, 5)]
    [InlineData(100_000_000, 8)]
    public void ScoringPartitions_ShouldBeTheCandidatesOverWhatOneJobScoresInItsTime_CappedByTheMaximum(int candidates, int partitions)
    {
        // The defaults: 2,000 items/s for 15 minutes = 1,800,000 candidates a job, at most 8 jobs.
        var defaults = new NewsCurator.Configuration.ScoringConfig();
        var context = new NewsCurator.Model.RunContext
        {
            RunId = "r", Prefix = "runs/r/", ConfigDigest = "d", StartedAt = DateTimeOffset.UnixEpoch,
            GpuPartitionItems = (long)defaults.GpuItemsPerSecond * defaults.GpuPartitionMinutes * 60, MaxGpuPartitions = defaults.MaxGpuPartitions,
            Counts = new NewsCurator.Model.RunCounts { AfterAdDetection = candidates },
        };

        Assert.Equal(partitions, context.ScoringPartitions);
        // The state machine reads it from the JSON the handlers return, and a handler reading it back must not trip over it.
        var json = System.Text.Json.JsonSerializer.Serialize(context, NewsCurator.Storage.Json.Options);
        Assert.Equal(partitions, (int)JsonNode.Parse(json)!["scoringPartitions"]!);
        var back = System.Text.Json.JsonSerializer.Deserialize<NewsCurator.Model.RunContext>(json, NewsCurator.Storage.Json.Options)!;
        Assert.Null(back.Extra);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(System.Text.Json.JsonSerializer.Serialize(back, NewsCurator.Storage.Json.Options), "scoringPartitions"));
    }
}
