using System.Text.Json.Nodes;

namespace NewsCurator.Functions;

/// <summary>What a stage took in and gave out, for its metrics.</summary>
public sealed record StageItems(int In, int Out, int Failed = 0);

/// <summary>One more metric of a stage: its name, value and CloudWatch unit ("Count", "Seconds", "None").</summary>
public sealed record StageMetric(string Name, double Value, string Unit);

/// <summary>
/// CloudWatch metrics as Embedded Metric Format log lines (one JSON line per invocation on
/// stdout, which Lambda ships to CloudWatch Logs and CloudWatch turns into metrics; no SDK call,
/// no extra latency). Namespace NewsCurator, dimension Stage: Seconds, Invocations, Failures,
/// ItemsIn, ItemsOut, ItemsFailed; Export adds the run's LLM tokens and dollars, GPU seconds and
/// estimated cost. The run id rides along as a property for Logs Insights.
/// </summary>
public static class EmbeddedMetrics
{
    public const string Namespace = "NewsCurator";

    /// <summary>Raised for every line; hosts and tests may listen.</summary>
    public static event Action<string>? Emitted;

    /// <summary>Lambda only: a local run's console is for people.</summary>
    private static readonly bool WriteToStdout = Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") is not null;

    public static string Line(string stage, string? runId, double seconds, bool failed, StageItems? items, DateTimeOffset at, IReadOnlyList<StageMetric>? extra = null)
    {
        var metrics = new JsonArray(Metric("Seconds", "Seconds"), Metric("Invocations", "Count"), Metric("Failures", "Count"));
        var line = new JsonObject
        {
            ["Stage"] = stage,
            ["RunId"] = runId,
            ["Seconds"] = Math.Round(seconds, 3),
            ["Invocations"] = 1,
            ["Failures"] = failed ? 1 : 0,
        };
        if (items is not null)
        {
            metrics.Add(Metric("ItemsIn", "Count"));
            metrics.Add(Metric("ItemsOut", "Count"));
            metrics.Add(Metric("ItemsFailed", "Count"));
            line["ItemsIn"] = items.In;
            line["ItemsOut"] = items.Out;
            line["ItemsFailed"] = items.Failed;
        }
        foreach (var metric in extra ?? [])
        {
            metrics.Add(Metric(metric.Name, metric.Unit));
            line[metric.Name] = metric.Value;
        }
        line["_aws"] = new JsonObject
        {
            ["Timestamp"] = at.ToUnixTimeMilliseconds(),
            ["CloudWatchMetrics"] = new JsonArray(new JsonObject
            {
                ["Namespace"] = Namespace,
                ["Dimensions"] = new JsonArray(new JsonArray("Stage")),
                ["Metrics"] = metrics,
            }),
        };
        return line.ToJsonString();
    }

    public static void Emit(string line)
    {
        Emitted?.Invoke(line);
        if (WriteToStdout) Console.Out.WriteLine(line);
    }

    private static JsonObject Metric(string name, string unit) => new() { ["Name"] = name, ["Unit"] = unit };
}
