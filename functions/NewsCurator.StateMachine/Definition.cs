using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsCurator.StateMachine;

/// <summary>
/// A parsed and validated ASL definition. Anything the local runner would not run exactly as
/// Step Functions does is rejected here, naming the state and the field.
/// </summary>
public sealed partial class Definition
{
    private static readonly Dictionary<string, HashSet<string>> AllowedFields = new()
    {
        ["Task"] = ["Type", "Comment", "Resource", "Next", "End", "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "Retry", "Catch", "TimeoutSeconds", "HeartbeatSeconds"],
        ["Map"] = ["Type", "Comment", "Next", "End", "InputPath", "OutputPath", "ItemsPath", "ItemSelector", "Parameters", "ItemProcessor", "Iterator", "MaxConcurrency", "ResultSelector", "ResultPath", "Retry", "Catch",
            "ItemReader", "ResultWriter", "ToleratedFailurePercentage", "ToleratedFailureCount", "Label", "ItemBatcher", "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath", "ItemsPointer"],
        ["Parallel"] = ["Type", "Comment", "Next", "End", "InputPath", "OutputPath", "Parameters", "Branches", "ResultSelector", "ResultPath", "Retry", "Catch"],
        ["Choice"] = ["Type", "Comment", "Choices", "Default", "InputPath", "OutputPath"],
        ["Pass"] = ["Type", "Comment", "Next", "End", "InputPath", "OutputPath", "Parameters", "Result", "ResultPath"],
        ["Wait"] = ["Type", "Comment", "Next", "End", "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath"],
        ["Succeed"] = ["Type", "Comment", "InputPath", "OutputPath"],
        ["Fail"] = ["Type", "Comment", "Error", "Cause", "ErrorPath", "CausePath"],
    };

    private static readonly HashSet<string> ComparisonOperators =
    [
        "StringEquals", "StringEqualsPath", "StringLessThan", "StringLessThanPath", "StringGreaterThan", "StringGreaterThanPath",
        "StringLessThanEquals", "StringLessThanEqualsPath", "StringGreaterThanEquals", "StringGreaterThanEqualsPath", "StringMatches",
        "NumericEquals", "NumericEqualsPath", "NumericLessThan", "NumericLessThanPath", "NumericGreaterThan", "NumericGreaterThanPath",
        "NumericLessThanEquals", "NumericLessThanEqualsPath", "NumericGreaterThanEquals", "NumericGreaterThanEqualsPath",
        "BooleanEquals", "BooleanEqualsPath", "TimestampEquals", "TimestampEqualsPath", "TimestampLessThan", "TimestampLessThanPath",
        "TimestampGreaterThan", "TimestampGreaterThanPath", "TimestampLessThanEquals", "TimestampLessThanEqualsPath",
        "TimestampGreaterThanEquals", "TimestampGreaterThanEqualsPath", "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp",
    ];

    public string StartAt { get; }
    public IReadOnlyDictionary<string, JsonObject> States { get; }
    public string? Comment { get; }
    public int? TimeoutSeconds { get; }

    private Definition(string startAt, Dictionary<string, JsonObject> states, string? comment, int? timeoutSeconds)
    {
        StartAt = startAt;
        States = states;
        Comment = comment;
        TimeoutSeconds = timeoutSeconds;
    }

    [GeneratedRegex(@"\$\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Fills ${Name} placeholders the way CDK's DefinitionSubstitutions does; any left unfilled is an error.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> substitutions)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var result = Placeholder().Replace(text, m =>
        {
            if (substitutions.TryGetValue(m.Groups[1].Value, out var value)) return JsonEncodedText.Encode(value).ToString();
            missing.Add(m.Groups[1].Value);
            return m.Value;
        });
        if (missing.Count > 0)
            throw new DefinitionException($"the definition uses placeholders with no substitution: {string.Join(", ", missing.Select(n => "${" + n + "}"))}");
        return result;
    }

    public static IReadOnlyList<string> Placeholders(string text)
        => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    public static Definition Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DefinitionException($"the definition is not valid JSON: {ex.Message}");
        }
        if (root is not JsonObject obj) throw new DefinitionException("the definition must be a JSON object");
        return FromObject(obj, "(top level)");
    }

    internal static Definition FromObject(JsonObject obj, string where)
    {
        var startAt = obj["StartAt"]?.GetValue<string>() ?? throw new DefinitionException($"{where}: 'StartAt' is missing");
        if (obj["States"] is not JsonObject statesNode || statesNode.Count == 0) throw new DefinitionException($"{where}: 'States' is missing or empty");
        foreach (var (key, _) in obj)
            if (key is not ("StartAt" or "States" or "Comment" or "TimeoutSeconds" or "Version" or "ProcessorConfig"))
                throw new DefinitionException($"{where}: field '{key}' is not supported by the local runner");
        var states = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (name, node) in statesNode)
        {
            if (node is not JsonObject state) throw new DefinitionException($"state '{name}': must be an object");
            states[name] = state;
        }
        if (!states.ContainsKey(startAt)) throw new DefinitionException($"{where}: StartAt '{startAt}' is not a state");
        foreach (var (name, state) in states) ValidateState(name, state, states);
        return new Definition(startAt, states, obj["Comment"]?.GetValue<string>(), obj["TimeoutSeconds"]?.GetValue<int>());
    }

    private static void ValidateState(string name, JsonObject state, Dictionary<string, JsonObject> states)
    {
        var type = state["Type"]?.GetValue<string>() ?? throw new DefinitionException($"state '{name}': 'Type' is missing");
        if (!AllowedFields.TryGetValue(type, out var allowed))
            throw new DefinitionException($"state '{name}': Type '{type}' is not supported by the local runner (supported: {string.Join(", ", AllowedFields.Keys)})");
        foreach (var (field, _) in state)
            if (!allowed.Contains(field))
                throw new DefinitionException($"state '{name}': field '{field}' is not supported by the local runner for a {type} state");

        void CheckTarget(string? target, string field)
        {
            if (target is not null && !states.ContainsKey(target))
                throw new DefinitionException($"state '{name}': {field} '{target}' is not a state");
        }

        if (type is not ("Choice" or "Succeed" or "Fail"))
        {
            var hasNext = state["Next"] is not null;
            var end = state["End"]?.GetValue<bool>() == true;
            if (hasNext == end) throw new DefinitionException($"state '{name}': exactly one of 'Next' or 'End: true' is required");
            CheckTarget(state["Next"]?.GetValue<string>(), "Next");
        }
        foreach (var pathField in new[] { "InputPath", "OutputPath", "ResultPath", "ItemsPath", "SecondsPath", "TimestampPath", "ErrorPath", "CausePath" })
            if (state[pathField] is JsonValue v && v.TryGetValue<string>(out var path))
                try { JsonPath.Validate(path); }
                catch (DefinitionException ex) { throw new DefinitionException($"state '{name}': {pathField}: {ex.Message}"); }
        foreach (var templateField in new[] { "Parameters", "ResultSelector", "ItemSelector" })
            PayloadTemplate.Validate(state[templateField], $"state '{name}': {templateField}");

        if (state["Retry"] is JsonNode retry) ValidateRetry(name, retry);
        if (state["Catch"] is JsonNode catchNode)
        {
            if (catchNode is not JsonArray catchers) throw new DefinitionException($"state '{name}': Catch must be an array");
            foreach (var c in catchers)
            {
                if (c is not JsonObject catcher) throw new DefinitionException($"state '{name}': each Catch entry must be an object");
                foreach (var (field, _) in catcher)
                    if (field is not ("ErrorEquals" or "Next" or "ResultPath" or "Comment"))
                        throw new DefinitionException($"state '{name}': Catch field '{field}' is not supported by the local runner");
                ValidateErrorEquals(name, "Catch", catcher["ErrorEquals"]);
                AllOnlyLast(name, "Catch", catchers, catcher);
                CheckTarget(catcher["Next"]?.GetValue<string>() ?? throw new DefinitionException($"state '{name}': a Catch entry has no 'Next'"), "Catch Next");
            }
        }

        switch (type)
        {
            case "Task":
                if (state["Resource"]?.GetValue<string>() is not { Length: > 0 }) throw new DefinitionException($"state '{name}': 'Resource' is missing");
                break;
            case "Choice":
                if (state["Choices"] is not JsonArray { Count: > 0 } choices) throw new DefinitionException($"state '{name}': 'Choices' must be a non-empty array");
                foreach (var choice in choices)
                {
                    if (choice is not JsonObject rule) throw new DefinitionException($"state '{name}': each choice must be an object");
                    ValidateRule(name, rule, topLevel: true);
                    CheckTarget(rule["Next"]?.GetValue<string>(), "Choice Next");
                }
                CheckTarget(state["Default"]?.GetValue<string>(), "Default");
                break;
            case "Map":
                var processor = state["ItemProcessor"] ?? state["Iterator"]
                    ?? throw new DefinitionException($"state '{name}': 'ItemProcessor' is missing");
                if (processor is not JsonObject processorObj) throw new DefinitionException($"state '{name}': ItemProcessor must be an object");
                switch (processorObj["ProcessorConfig"]?["Mode"]?.GetValue<string>())
                {
                    case null or "INLINE":
                        if (state.Select(kv => kv.Key).FirstOrDefault(f => DistributedMap.DistributedOnlyFields.Contains(f) || DistributedMap.UnsupportedFields.Contains(f)) is { } only)
                            throw new DefinitionException($"state '{name}': field '{only}' needs ItemProcessor.ProcessorConfig.Mode DISTRIBUTED");
                        break;
                    case "DISTRIBUTED":
                        DistributedMap.Validate(name, state);
                        break;
                    case var mode:
                        throw new DefinitionException($"state '{name}': ItemProcessor.ProcessorConfig.Mode '{mode}' is not supported by the local runner (use INLINE or DISTRIBUTED)");
                }
                FromObject(processorObj, $"state '{name}' ItemProcessor");
                if (state["MaxConcurrency"] is JsonNode mc && mc.GetValue<int>() < 0) throw new DefinitionException($"state '{name}': MaxConcurrency must be >= 0");
                break;
            case "Parallel":
                if (state["Branches"] is not JsonArray { Count: > 0 } branches) throw new DefinitionException($"state '{name}': 'Branches' must be a non-empty array");
                for (var i = 0; i < branches.Count; i++)
                    FromObject(branches[i] as JsonObject ?? throw new DefinitionException($"state '{name}': branch {i} must be an object"), $"state '{name}' branch {i}");
                break;
            case "Wait":
                var count = new[] { "Seconds", "SecondsPath", "Timestamp", "TimestampPath" }.Count(f => state[f] is not null);
                if (count != 1) throw new DefinitionException($"state '{name}': exactly one of Seconds, SecondsPath, Timestamp, TimestampPath is required");
                if (state["Seconds"] is JsonNode seconds && (seconds.GetValueKind() != System.Text.Json.JsonValueKind.Number || seconds.GetValue<double>() < 0))
                    throw new DefinitionException($"state '{name}': Seconds must be a non-negative number");
                if (state["Timestamp"]?.GetValue<string>() is { } timestamp && !ChoiceRules.TryTimestamp(timestamp, out _))
                    throw new DefinitionException($"state '{name}': Timestamp '{timestamp}' is not an RFC 3339 timestamp with a zone");
                break;
        }
    }

    private static void ValidateRetry(string name, JsonNode retry)
    {
        if (retry is not JsonArray retriers) throw new DefinitionException($"state '{name}': Retry must be an array");
        foreach (var r in retriers)
        {
            if (r is not JsonObject retrier) throw new DefinitionException($"state '{name}': each Retry entry must be an object");
            foreach (var (field, _) in retrier)
                if (field is not ("ErrorEquals" or "IntervalSeconds" or "MaxAttempts" or "BackoffRate" or "MaxDelaySeconds" or "JitterStrategy" or "Comment"))
                    throw new DefinitionException($"state '{name}': Retry field '{field}' is not supported by the local runner");
            ValidateErrorEquals(name, "Retry", retrier["ErrorEquals"]);
            AllOnlyLast(name, "Retry", retriers, retrier);
            if (retrier["BackoffRate"] is JsonNode b && b.GetValue<double>() < 1) throw new DefinitionException($"state '{name}': Retry BackoffRate must be >= 1.0");
        }
    }

    /// <summary>States.ALL matches everything, so the specification requires it in the last retrier or catcher only.</summary>
    private static void AllOnlyLast(string name, string field, JsonArray entries, JsonObject entry)
    {
        if (!ReferenceEquals(entries[^1], entry) && entry["ErrorEquals"]!.AsArray().Any(e => e?.GetValue<string>() == StatesError.All))
            throw new DefinitionException($"state '{name}': {field}: States.ALL must be in the last entry (entries after it could never match)");
    }

    private static void ValidateErrorEquals(string name, string field, JsonNode? errorEquals)
    {
        if (errorEquals is not JsonArray { Count: > 0 } list) throw new DefinitionException($"state '{name}': {field} entries need a non-empty ErrorEquals");
        var names = list.Select(e => e!.GetValue<string>()).ToList();
        if (names.Contains(StatesError.All) && names.Count > 1)
            throw new DefinitionException($"state '{name}': {field}: States.ALL must appear alone in its ErrorEquals");
    }

    private static void ValidateRule(string name, JsonObject rule, bool topLevel)
    {
        var operators = rule.Select(kv => kv.Key).Where(k => k is not ("Next" or "Variable" or "Comment")).ToList();
        if (operators.Count != 1) throw new DefinitionException($"state '{name}': a choice rule must have exactly one operator (got {string.Join(", ", operators)})");
        var op = operators[0];
        if (topLevel && rule["Next"] is null) throw new DefinitionException($"state '{name}': a top-level choice rule needs 'Next'");
        switch (op)
        {
            case "And" or "Or":
                if (rule[op] is not JsonArray { Count: > 0 } subs) throw new DefinitionException($"state '{name}': '{op}' needs a non-empty array");
                foreach (var s in subs) ValidateRule(name, (JsonObject)s!, topLevel: false);
                break;
            case "Not":
                ValidateRule(name, rule[op] as JsonObject ?? throw new DefinitionException($"state '{name}': 'Not' needs an object"), topLevel: false);
                break;
            default:
                if (!ComparisonOperators.Contains(op)) throw new DefinitionException($"state '{name}': choice operator '{op}' is not supported by the local runner");
                if (rule["Variable"]?.GetValue<string>() is not { } variable) throw new DefinitionException($"state '{name}': '{op}' needs a 'Variable'");
                JsonPath.Validate(variable);
                if (op.EndsWith("Path", StringComparison.Ordinal)) JsonPath.Validate(rule[op]!.GetValue<string>());
                if (op == "StringMatches")
                {
                    try { ChoiceRules.Wildcard(rule[op]!.GetValue<string>()); }
                    catch (StatesError ex) { throw new DefinitionException($"state '{name}': {ex.Cause}"); }
                }
                break;
        }
    }
}
