using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsCurator.Functions;
using NewsCurator.Runs;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;
using NewsCurator.Cli;

namespace NewsCurator.Tests.Functions;

/// <summary>What every handler does around its stage: structured log lines, and cancellation at the Lambda deadline.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class HandlerTests
{
    [Fact]
    public async Task EveryHandler_ShouldLogItsStartAndEndAsJsonLinesWithRunIdCountsAndSeconds()
    {
        using var harness = new PipelineHarness();
        var lines = new List<JsonElement>();
        void Collect(string line)
        {
            var json = JsonDocument.Parse(line).RootElement.Clone();
            if (json.GetProperty("runId").GetString() == "log-run") lock (lines) lines.Add(json);
        }
        HandlerLog.Written += Collect;
        try
        {
            Assert.True((await harness.RunAsync("log-run", Repo.SampleConfig)).Succeeded);
        }
        finally
        {
            HandlerLog.Written -= Collect;
        }

        var ended = lines.Where(l => l.GetProperty("outcome").GetString() == "succeeded").ToList();
        Assert.Superset(new HashSet<string?> { "StartRun", "Ingest", "Filter", "Score", "Select", "Enhance", "Newsletter", "Export", "Deliver" },
            ended.Select(l => l.GetProperty("stage").GetString()).ToHashSet());
        // Every invocation that started ended, once.
        Assert.Equal(lines.Count(l => l.GetProperty("outcome").GetString() == "started"), ended.Count);
        foreach (var line in ended)
        {
            Assert.Equal("info", line.GetProperty("level").GetString());
            Assert.True(line.GetProperty("seconds").GetDouble() >= 0);
            Assert.True(DateTimeOffset.TryParse(line.GetProperty("timestamp").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        }
        var filter = ended.Single(l => l.GetProperty("stage").GetString() == "Filter");
        Assert.True(filter.GetProperty("itemsIn").GetInt32() > filter.GetProperty("itemsOut").GetInt32());
        Assert.Equal(filter.GetProperty("itemsOut").GetInt32(), filter.GetProperty("counts").GetProperty("afterAdDetection").GetInt32());
        var score = ended.Single(l => l.GetProperty("stage").GetString() == "Score");
        Assert.Equal("cpu", score.GetProperty("scoring").GetProperty("device").GetString());
        Assert.False(string.IsNullOrEmpty(score.GetProperty("scoring").GetProperty("scorer").GetString()));
        Assert.All(ended.Where(l => l.GetProperty("stage").GetString() == "Ingest"), l => Assert.StartsWith("runs/log-run/feeds/", l.GetProperty("shard").GetString()));
        // Ids and counts only: no article text, no feed URLs, no config.
        var all = string.Join("\n", lines.Select(l => l.GetRawText()));
        Assert.DoesNotContain("http", all, StringComparison.Ordinal);
        Assert.DoesNotContain("smtp", all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Handle_AtTheDeadline_ShouldStopTheStageAndReportANonTransientTimeout()
    {
        using var dir = new TempDir();
        var handler = new StallingHandler(LocalServices.Create(dir.Path));
        var lines = new List<string>();
        void Collect(string line) { if (line.Contains("deadline-run", StringComparison.Ordinal)) lock (lines) lines.Add(line); }
        using var deadline = LambdaDeadline.Start(name => name == LambdaDeadline.TimeoutVariable ? "1" : null);
        HandlerLog.Written += Collect;
        try
        {
            using var input = new MemoryStream(Encoding.UTF8.GetBytes("""{"runId":"deadline-run"}"""));
            var error = await Assert.ThrowsAsync<LambdaDeadlineExceededException>(() => handler.InvokeAsync(input, deadline));
            Assert.Contains("before its 1 s Lambda timeout", error.Message);
            Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
            Assert.False(TransientFailureException.IsTransient(error));
        }
        finally
        {
            HandlerLog.Written -= Collect;
        }
        Assert.True(handler.SawCancellation);
        var failed = JsonDocument.Parse(lines.Last()).RootElement;
        Assert.Equal(("error", "failed", nameof(LambdaDeadlineExceededException)),
            (failed.GetProperty("level").GetString(), failed.GetProperty("outcome").GetString(), failed.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("abc", null)]
    [InlineData("0", null)]
    [InlineData("900", 880.0)]
    [InlineData("120", 108.0)]
    [InlineData("15", 13.0)]
    [InlineData("3", 1.5)]
    public void Deadline_ShouldLeaveAMarginBeforeTheTimeout_AndNoneWithoutOne(string? variable, double? budgetSeconds)
    {
        using var deadline = LambdaDeadline.Start(_ => variable);
        Assert.Equal(budgetSeconds, deadline.Budget?.TotalSeconds);
        Assert.Equal(budgetSeconds is null, deadline.Token == CancellationToken.None);
    }

    [Fact]
    public void EveryHandlerClass_ShouldHaveOneHandleMethod_SoLambdaCanResolveItByName()
    {
        var handlers = typeof(FilterHandler).Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && t.Name.EndsWith("Handler", StringComparison.Ordinal)).ToList();
        Assert.Equal(NewsCurator.Wiring.PipelineWiring.Functions.Count + 1, handlers.Count);
        foreach (var type in handlers)
            Assert.Single(type.GetMethods(BindingFlags.Public | BindingFlags.Instance), m => m.Name == "Handle");
    }

    private sealed class StallingHandler(PipelineServices services) : LambdaHandler<JsonObject, JsonObject>(services)
    {
        public bool SawCancellation { get; private set; }

        protected override string? RunIdOf(JsonObject input) => (string?)input["runId"];

        public override async Task<JsonObject> HandleAsync(JsonObject input, CancellationToken ct)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }
            return input;
        }
    }
}
