using System.Text.Json.Nodes;

namespace NewsCurator.Functions;

/// <summary>
/// Structured logs of the handlers: one JSON line when an invocation starts and one when it ends
/// (stage, run id, outcome, seconds, item counts, the error's type and message), on stdout in Lambda,
/// which ships it to CloudWatch Logs for Logs Insights. Lines carry ids, counts and error messages only:
/// never the event, an article, a config value or a credential.
/// </summary>
public static class HandlerLog
{
    /// <summary>Error messages are cut here: a cause is a line or two; a stack or a whole response is not for the log.</summary>
    private const int MaxMessageLength = 1000;

    /// <summary>Raised for every line; hosts and tests may listen.</summary>
    public static event Action<string>? Written;

    /// <summary>Lambda only: a local run's console is for people.</summary>
    private static readonly bool WriteToStdout = Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME") is not null;

    public static string Started(string stage, string? runId, DateTimeOffset at, TimeSpan? budget)
    {
        var line = Line("info", "started", stage, runId, at);
        if (budget is { } b) line["budgetSeconds"] = Math.Round(b.TotalSeconds, 1);
        return line.ToJsonString();
    }

    public static string Succeeded(string stage, string? runId, DateTimeOffset at, double seconds, StageItems? items, JsonObject? details)
    {
        var line = Line("info", "succeeded", stage, runId, at);
        line["seconds"] = Math.Round(seconds, 3);
        if (items is not null)
        {
            line["itemsIn"] = items.In;
            line["itemsOut"] = items.Out;
            line["itemsFailed"] = items.Failed;
        }
        foreach (var (name, value) in details ?? [])
            line[name] = value?.DeepClone();
        return line.ToJsonString();
    }

    public static string Failed(string stage, string? runId, DateTimeOffset at, double seconds, Exception error)
    {
        var line = Line("error", "failed", stage, runId, at);
        line["seconds"] = Math.Round(seconds, 3);
        // The name Step Functions sees (and retries on), then the cause.
        line["error"] = error.GetType().Name;
        line["errorMessage"] = error.Message.Length > MaxMessageLength ? error.Message[..MaxMessageLength] + "..." : error.Message;
        return line.ToJsonString();
    }

    public static void Write(string line)
    {
        Written?.Invoke(line);
        if (WriteToStdout) Console.Out.WriteLine(line);
    }

    private static JsonObject Line(string level, string outcome, string stage, string? runId, DateTimeOffset at) => new()
    {
        ["timestamp"] = at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["level"] = level,
        ["message"] = $"{stage} {outcome}",
        ["stage"] = stage,
        ["runId"] = runId,
        ["outcome"] = outcome,
    };
}
