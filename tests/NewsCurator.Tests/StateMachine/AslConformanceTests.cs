using System.Text.Json.Nodes;
using NewsCurator.StateMachine;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.StateMachine;

/// <summary>
/// What the Amazon States Language specification and the Step Functions documentation define, as
/// the local runner must behave for a definition that passes here to behave the same in AWS.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AslConformanceTests
{
    private static LocalRunner Runner(string json) => new(Definition.Parse(json), new Dictionary<string, TaskHandler>(), (_, _) => Task.CompletedTask);

    private static string PassWith(string expression)
        => """{"StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"v.$":""" + JsonValue.Create(expression)!.ToJsonString() + """},"End":true}}}""";

    private static async Task<ExecutionResult> Evaluate(string expression, string input = "{}")
        => await Runner(PassWith(expression)).StartExecutionAsync("e", JsonNode.Parse(input));

    [Theory]
    [InlineData("States.MathAdd(1.5, 1)")]
    [InlineData("States.MathAdd($.f, 1)")]
    [InlineData("States.MathAdd(2147483647, 1)")]
    [InlineData("States.ArrayRange(1, 5.5, 1)")]
    [InlineData("States.ArrayRange(1, 5, 0)")]
    [InlineData("States.ArrayRange(0, 1000, 1)")]   // 1,001 items: one over the limit
    [InlineData("States.MathRandom(1.5, 10)")]
    [InlineData("States.MathRandom(10, 1)")]
    [InlineData("States.Format('{}', $.list)")]
    [InlineData("States.Format('{}', $.obj)")]
    [InlineData("States.Format('{} {}', 'one')")]
    [InlineData("States.Format('{}', 'one', 'two')")]
    [InlineData("States.Base64Encode($.long)")]
    [InlineData("States.Base64Decode($.long)")]
    [InlineData("States.Hash($.long, 'SHA-256')")]
    [InlineData("States.Hash('x', 'SHA-3')")]
    [InlineData("States.Hash($.nothing, 'MD5')")]
    [InlineData("States.JsonMerge($.obj, $.obj, true)")]
    [InlineData("States.JsonMerge($.obj, $.list, false)")]
    [InlineData("States.ArrayGetItem($.list, 5)")]
    [InlineData("States.ArrayGetItem($.list, 0.5)")]
    public async Task Intrinsics_WithArgumentsTheSpecificationRejects_ShouldFailWithIntrinsicFailure(string expression)
    {
        var result = await Evaluate(expression, """{"f":1.5,"list":[1,2],"obj":{"a":1},"long":"'""" + new string('A', 10_001) + "\",\"nothing\":null}");
        Assert.False(result.Succeeded, expression);
        Assert.Equal(StatesError.IntrinsicFailure, result.Error);
    }

    [Theory]
    [InlineData("States.MathAdd(1, 2, 3)")]
    [InlineData("States.UUID(1)")]
    [InlineData("States.ArrayLength($.a, $.b)")]
    [InlineData("States.JsonMerge($.a, $.b)")]
    [InlineData("States.Format('a\\b')")]   // an open escape
    [InlineData("States.Format('trailing\\')")]
    public void Intrinsics_WithTheWrongArgumentCountOrAnOpenEscape_ShouldBeRejectedWithTheDefinition(string expression)
        => Assert.Throws<DefinitionException>(() => Definition.Parse(PassWith(expression)));

    [Theory]
    [InlineData("States.ArrayRange(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("States.ArrayRange(9, 1, -4)", "[9,5,1]")]
    [InlineData("States.ArrayRange(0, 999, 1)", null)] // exactly 1,000 items is allowed
    [InlineData("States.MathAdd(111, -1)", "110")]
    [InlineData("States.MathAdd(States.ArrayLength($.list), 1)", "3")]
    [InlineData("States.Hash('input data', 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("States.Hash('', 'MD5')", "\"d41d8cd98f00b204e9800998ecf8427e\"")]
    [InlineData("States.JsonMerge($.json1, $.json2, false)", """{"a":{"a3":1,"a4":2},"b":2,"c":3}""")]
    [InlineData("States.Format('{} is {} and {}', 'x', 1, true)", "\"x is 1 and true\"")]
    [InlineData("States.Format('literal \\{\\} and \\\\ and \\'q\\'')", """ "literal {} and \\ and 'q'" """)]
    [InlineData("States.ArrayPartition($.list, 1.4)", "[[1],[2]]")]
    public async Task Intrinsics_WithinTheSpecification_ShouldGiveItsResults(string expression, string? expected)
    {
        var result = await Evaluate(expression, """{"list":[1,2],"json1":{"a":{"a1":1,"a2":2},"b":2},"json2":{"a":{"a3":1,"a4":2},"c":3}}""");
        Assert.True(result.Succeeded, result.Cause);
        if (expected is null) Assert.Equal(1000, result.Output!["v"]!.AsArray().Count);
        else Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.Trim()), result.Output!["v"]), $"{expression}: {result.Output!["v"]?.ToJsonString()}");
    }

    [Fact]
    public async Task MathRandom_WithASeed_ShouldGiveTheSameNumberEveryTime()
    {
        var values = new HashSet<int>();
        for (var i = 0; i < 5; i++) values.Add((int)(await Evaluate("States.MathRandom(1, 1000000, 42)")).Output!["v"]!);
        Assert.Single(values);
        var unseeded = new HashSet<int>();
        for (var i = 0; i < 20; i++)
        {
            var v = (int)(await Evaluate("States.MathRandom(5, 8)")).Output!["v"]!;
            Assert.InRange(v, 5, 7); // end is exclusive
            unseeded.Add(v);
        }
        Assert.True(unseeded.Count > 1);
    }

    [Theory]
    [InlineData("2024-01-15T10:00:00Z", true)]
    [InlineData("2024-01-15T10:00:00.123+02:00", true)]
    [InlineData("2024-01-15T10:00:00", false)]   // no zone: not a timestamp
    [InlineData("2024-01-15", false)]
    [InlineData("2024-01-15 10:00:00Z", false)]
    public async Task IsTimestamp_ShouldRequireAZone(string value, bool expected)
    {
        var runner = Runner("""
            {"StartAt":"C","States":{"C":{"Type":"Choice","Choices":[{"Variable":"$.t","IsTimestamp":true,"Next":"Yes"}],"Default":"No"},
              "Yes":{"Type":"Pass","Result":true,"End":true},"No":{"Type":"Pass","Result":false,"End":true}}}
            """);
        var result = await runner.StartExecutionAsync("e", new JsonObject { ["t"] = value });
        Assert.Equal(expected, (bool)result.Output!);
    }

    [Theory]
    [InlineData("a\\\\*", "a\\bc", true)]   // \\ then *: a literal backslash, then a wildcard
    [InlineData("a\\\\*", "abc", false)]
    [InlineData("a\\*", "a*", true)]        // \* is a literal star
    [InlineData("a\\*", "ab", false)]
    [InlineData("*.log", "x.log", true)]
    [InlineData("a\\\\", "a\\", true)]
    public async Task StringMatches_ShouldHonourItsEscapes(string pattern, string value, bool expected)
    {
        var rule = new JsonObject { ["Variable"] = "$.v", ["StringMatches"] = pattern, ["Next"] = "Yes" };
        var definition = new JsonObject
        {
            ["StartAt"] = "C",
            ["States"] = new JsonObject
            {
                ["C"] = new JsonObject { ["Type"] = "Choice", ["Choices"] = new JsonArray(rule), ["Default"] = "No" },
                ["Yes"] = new JsonObject { ["Type"] = "Pass", ["Result"] = true, ["End"] = true },
                ["No"] = new JsonObject { ["Type"] = "Pass", ["Result"] = false, ["End"] = true },
            },
        };
        var result = await Runner(definition.ToJsonString()).StartExecutionAsync("e", new JsonObject { ["v"] = value });
        Assert.Equal(expected, (bool)result.Output!);
    }

    [Theory]
    [InlineData("a\\")]   // a trailing backslash escapes nothing
    [InlineData("a\\b")]
    public void StringMatches_WithAnOpenEscape_ShouldBeRejectedWithTheDefinition(string pattern)
    {
        var rule = new JsonObject { ["Variable"] = "$.v", ["StringMatches"] = pattern, ["Next"] = "Yes" };
        var definition = new JsonObject
        {
            ["StartAt"] = "C",
            ["States"] = new JsonObject
            {
                ["C"] = new JsonObject { ["Type"] = "Choice", ["Choices"] = new JsonArray(rule), ["Default"] = "Yes" },
                ["Yes"] = new JsonObject { ["Type"] = "Succeed" },
            },
        };
        Assert.Throws<DefinitionException>(() => Definition.Parse(definition.ToJsonString()));
    }

    [Theory]
    [InlineData("Retry", """[{"ErrorEquals":["States.ALL"]},{"ErrorEquals":["States.Timeout"]}]""")]
    [InlineData("Catch", """[{"ErrorEquals":["States.ALL"],"Next":"Done"},{"ErrorEquals":["States.Timeout"],"Next":"Done"}]""")]
    public void StatesAll_BeforeOtherEntries_ShouldBeRejected(string field, string entries)
    {
        var json = """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"r",""" + $"\"{field}\":{entries}" + ""","Next":"Done"},"Done":{"Type":"Succeed"}}}""";
        var error = Assert.Throws<DefinitionException>(() => Definition.Parse(json));
        Assert.Contains("States.ALL must be in the last entry", error.Message);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("\"ten\"")]
    public async Task Wait_WithASecondsPathThatIsNotANonNegativeInteger_ShouldFailTheExecutionWithStatesRuntime(string seconds)
    {
        var runner = Runner("""{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$.s","End":true}}}""");
        var result = await runner.StartExecutionAsync("e", JsonNode.Parse($$"""{"s":{{seconds}}}"""));
        Assert.False(result.Succeeded);
        Assert.Equal(StatesError.Runtime, result.Error);
    }

    [Fact]
    public void Wait_WithATimestampWithoutAZone_ShouldBeRejectedWithTheDefinition()
        => Assert.Throws<DefinitionException>(() => Definition.Parse("""{"StartAt":"W","States":{"W":{"Type":"Wait","Timestamp":"2030-01-01T00:00:00","End":true}}}"""));
}
