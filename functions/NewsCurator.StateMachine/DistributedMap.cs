using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>
/// Where a Distributed Map reads its items (ItemReader, s3:getObject) and writes its results
/// (ResultWriter, s3:putObject). Locally the run's blob store plays the bucket.
/// </summary>
public interface IMapRunStorage
{
    /// <summary>The object's bytes, or null when there is no such key.</summary>
    Task<byte[]?> GetObjectAsync(string bucket, string key, CancellationToken ct);

    Task PutObjectAsync(string bucket, string key, byte[] content, CancellationToken ct);
}

/// <summary>
/// The subset of the Distributed Map (ASL Map state, ProcessorConfig.Mode DISTRIBUTED) the local
/// runner implements, validated up front: an ItemReader over one JSON array object, child
/// executions of either type, tolerated failures, and a ResultWriter. Everything else AWS offers
/// for a Distributed Map (CSV/JSONL/manifest readers, S3 listings, ItemBatcher, the *Path
/// variants, WriterConfig) is rejected naming the field, rather than run differently.
/// </summary>
internal static class DistributedMap
{
    public const string GetObject = "arn:aws:states:::s3:getObject";
    public const string PutObject = "arn:aws:states:::s3:putObject";

    /// <summary>Express child workflows stop at five minutes (Step Functions' limit for that type).</summary>
    public static readonly TimeSpan ExpressLimit = TimeSpan.FromMinutes(5);

    /// <summary>Fields of a Map state that only a Distributed Map may carry (AWS rejects them on an inline Map).</summary>
    public static readonly HashSet<string> DistributedOnlyFields =
        ["ItemReader", "ResultWriter", "ToleratedFailurePercentage", "ToleratedFailureCount", "Label"];

    /// <summary>Distributed Map fields AWS has that the local runner does not implement.</summary>
    public static readonly HashSet<string> UnsupportedFields =
        ["ItemBatcher", "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ItemsPointer"];

    public static bool IsDistributed(JsonObject state)
        => (state["ItemProcessor"] ?? state["Iterator"])?["ProcessorConfig"]?["Mode"]?.GetValue<string>() == "DISTRIBUTED";

    public static bool UsesStorage(JsonObject state) => state["ItemReader"] is not null || state["ResultWriter"] is not null;

    public static void Validate(string name, JsonObject state)
    {
        var where = $"state '{name}'";
        foreach (var field in UnsupportedFields)
            if (state.ContainsKey(field))
                throw new DefinitionException($"{where}: Distributed Map field '{field}' is not supported by the local runner (it implements ItemReader, ItemSelector, MaxConcurrency, ToleratedFailurePercentage/Count, ResultWriter and Label)");
        var config = (state["ItemProcessor"] ?? state["Iterator"])!["ProcessorConfig"]!.AsObject();
        foreach (var (field, _) in config)
            if (field is not ("Mode" or "ExecutionType"))
                throw new DefinitionException($"{where}: ProcessorConfig field '{field}' is not supported by the local runner");
        if (config["ExecutionType"]?.GetValue<string>() is not ("STANDARD" or "EXPRESS"))
            throw new DefinitionException($"{where}: a DISTRIBUTED ItemProcessor needs ProcessorConfig.ExecutionType STANDARD or EXPRESS");

        if (state["ItemReader"] is JsonNode readerNode)
        {
            if (state.ContainsKey("ItemsPath"))
                throw new DefinitionException($"{where}: ItemsPath and ItemReader exclude each other (the items come from the reader)");
            var reader = readerNode as JsonObject ?? throw new DefinitionException($"{where}: ItemReader must be an object");
            OnlyFields(where, "ItemReader", reader, "Resource", "ReaderConfig", "Parameters");
            if (reader["Resource"]?.GetValue<string>() != GetObject)
                throw new DefinitionException($"{where}: ItemReader.Resource '{reader["Resource"]}' is not supported by the local runner (use {GetObject} with ReaderConfig.InputType JSON)");
            var readerConfig = reader["ReaderConfig"] as JsonObject ?? throw new DefinitionException($"{where}: ItemReader needs ReaderConfig with InputType JSON");
            OnlyFields(where, "ItemReader.ReaderConfig", readerConfig, "InputType", "MaxItems");
            if (readerConfig["InputType"]?.GetValue<string>() != "JSON")
                throw new DefinitionException($"{where}: ItemReader.ReaderConfig.InputType '{readerConfig["InputType"]}' is not supported by the local runner (use JSON: one object holding a JSON array)");
            if (readerConfig["MaxItems"] is JsonNode max && (max.GetValueKind() != System.Text.Json.JsonValueKind.Number || max.GetValue<double>() is < 1 or > 100_000_000))
                throw new DefinitionException($"{where}: ItemReader.ReaderConfig.MaxItems must be an integer from 1 to 100,000,000");
            BucketAndKeyTemplate(where, "ItemReader", reader, "Key");
        }
        if (state["ResultWriter"] is JsonNode writerNode)
        {
            var writer = writerNode as JsonObject ?? throw new DefinitionException($"{where}: ResultWriter must be an object");
            OnlyFields(where, "ResultWriter", writer, "Resource", "Parameters");
            if (writer["Resource"]?.GetValue<string>() != PutObject)
                throw new DefinitionException($"{where}: ResultWriter.Resource must be {PutObject}");
            BucketAndKeyTemplate(where, "ResultWriter", writer, "Prefix");
        }
        if (state["ToleratedFailurePercentage"] is JsonNode pct
            && (pct.GetValueKind() != System.Text.Json.JsonValueKind.Number || pct.GetValue<double>() is < 0 or > 100))
            throw new DefinitionException($"{where}: ToleratedFailurePercentage must be a number from 0 to 100");
        if (state["ToleratedFailureCount"] is JsonNode count
            && (count.GetValueKind() != System.Text.Json.JsonValueKind.Number || count.GetValue<double>() < 0 || count.GetValue<double>() % 1 != 0))
            throw new DefinitionException($"{where}: ToleratedFailureCount must be a non-negative integer");
    }

    private static void OnlyFields(string where, string what, JsonObject obj, params string[] allowed)
    {
        foreach (var (field, _) in obj)
            if (!allowed.Contains(field))
                throw new DefinitionException($"{where}: {what} field '{field}' is not supported by the local runner (supported: {string.Join(", ", allowed)})");
    }

    private static void BucketAndKeyTemplate(string where, string what, JsonObject obj, string keyField)
    {
        var parameters = obj["Parameters"] as JsonObject ?? throw new DefinitionException($"{where}: {what} needs Parameters with Bucket and {keyField}");
        foreach (var (field, _) in parameters)
            if ((field.EndsWith(".$", StringComparison.Ordinal) ? field[..^2] : field) is var bare && bare != "Bucket" && bare != keyField)
                throw new DefinitionException($"{where}: {what}.Parameters field '{field}' is not supported by the local runner (use Bucket and {keyField}, each plain or with .$)");
        foreach (var required in new[] { "Bucket", keyField })
            if (!parameters.ContainsKey(required) && !parameters.ContainsKey(required + ".$"))
                throw new DefinitionException($"{where}: {what}.Parameters needs '{required}'");
        PayloadTemplate.Validate(parameters, $"{where}: {what}.Parameters");
    }

    /// <summary>Whether the failures so far exceed what the state tolerates (either threshold, when both are set).</summary>
    public static bool Exceeds(JsonObject state, int failed, int total)
    {
        if (failed == 0) return false;
        var percentage = state["ToleratedFailurePercentage"]?.GetValue<double>();
        var count = state["ToleratedFailureCount"]?.GetValue<double>();
        // Neither set: no failure is tolerated.
        if (percentage is null && count is null) return true;
        return (percentage is { } p && failed * 100.0 / total > p) || (count is { } c && failed > c);
    }
}
