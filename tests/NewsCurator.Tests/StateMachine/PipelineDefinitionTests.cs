using System.Text.Json.Nodes;
using NewsCurator.Cli;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.StateMachine;

/// <summary>The production definition keeps the promises DESIGN.md makes about it.</summary>
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
            var catcher = state["Catch"]!.AsArray().Single()!;
            Assert.Equal("States.ALL", (string?)catcher["ErrorEquals"]![0]);
            var failedPass = machine["States"]![(string)catcher["Next"]!]!;
            Assert.Equal("MarkRunFailed", (string?)failedPass["Next"]);
        }
    }

    [Fact]
    public void Stages_ShouldFollowTheDesignedShape()
    {
        var states = JsonNode.Parse(Text)!["States"]!;
        Assert.Equal("Map", (string?)states["Ingest"]!["Type"]);
        Assert.Equal("$.shards", (string?)states["Ingest"]!["ItemsPath"]);
        Assert.Equal("Map", (string?)states["Enhance"]!["Type"]);
        Assert.Equal("arn:aws:states:::batch:submitJob.sync", (string?)states["ScoreOnGpu"]!["Resource"]);
        Assert.Equal("Choice", (string?)states["ChooseScorer"]!["Type"]);
        Assert.Equal("Fail", (string?)states["RunFailed"]!["Type"]);
        // Map results stay out of the state: the 256 KB cap is never at risk.
        Assert.Null(states["Ingest"]!["ResultPath"]);
        Assert.True(states["Ingest"]!.AsObject().ContainsKey("ResultPath"));
    }
}
