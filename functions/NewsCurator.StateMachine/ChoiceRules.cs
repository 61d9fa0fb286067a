using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsCurator.StateMachine;

/// <summary>Evaluates Choice rules: And/Or/Not, the String/Numeric/Boolean/Timestamp comparisons (and their Path forms), and the Is* tests.</summary>
internal static partial class ChoiceRules
{
    public static bool Matches(JsonObject rule, JsonNode? input, JsonNode? context)
    {
        if (rule["And"] is JsonArray and) return and.All(r => Matches((JsonObject)r!, input, context));
        if (rule["Or"] is JsonArray or) return or.Any(r => Matches((JsonObject)r!, input, context));
        if (rule["Not"] is JsonObject not) return !Matches(not, input, context);

        var variable = rule["Variable"]!.GetValue<string>();
        var op = rule.Select(kv => kv.Key).Single(k => k is not ("Next" or "Variable" or "Comment"));
        var present = JsonPath.Exists(variable, input, context);
        if (op == "IsPresent") return present == rule[op]!.GetValue<bool>();
        if (!present) return false; // a comparison on a missing field is false (Step Functions errors here only for non-Is* rules on missing paths in some cases; false is the safe reading)
        var value = JsonPath.Select(variable, input, context, StatesError.Runtime);
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        switch (op)
        {
            case "IsNull": return (kind == JsonValueKind.Null) == rule[op]!.GetValue<bool>();
            case "IsString": return (kind == JsonValueKind.String) == rule[op]!.GetValue<bool>();
            case "IsNumeric": return (kind == JsonValueKind.Number) == rule[op]!.GetValue<bool>();
            case "IsBoolean": return (kind is JsonValueKind.True or JsonValueKind.False) == rule[op]!.GetValue<bool>();
            case "IsTimestamp": return (kind == JsonValueKind.String && TryTimestamp(value!.GetValue<string>(), out _)) == rule[op]!.GetValue<bool>();
        }

        var isPath = op.EndsWith("Path", StringComparison.Ordinal);
        var baseOp = isPath ? op[..^4] : op;
        var operand = isPath ? JsonPath.Select(rule[op]!.GetValue<string>(), input, context, StatesError.Runtime) : rule[op];

        if (baseOp == "StringMatches")
            return kind == JsonValueKind.String && Wildcard(operand!.GetValue<string>()).IsMatch(value!.GetValue<string>());
        if (baseOp.StartsWith("String", StringComparison.Ordinal))
        {
            if (kind != JsonValueKind.String || operand?.GetValueKind() != JsonValueKind.String) return false;
            return Compare(baseOp["String".Length..], string.CompareOrdinal(value!.GetValue<string>(), operand.GetValue<string>()));
        }
        if (baseOp.StartsWith("Numeric", StringComparison.Ordinal))
        {
            if (kind != JsonValueKind.Number || operand?.GetValueKind() != JsonValueKind.Number) return false;
            return Compare(baseOp["Numeric".Length..], JsonPath.ToDouble(value!).CompareTo(JsonPath.ToDouble(operand)));
        }
        if (baseOp == "BooleanEquals")
            return kind is JsonValueKind.True or JsonValueKind.False && operand?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                && value!.GetValue<bool>() == operand!.GetValue<bool>();
        if (baseOp.StartsWith("Timestamp", StringComparison.Ordinal))
        {
            if (kind != JsonValueKind.String || operand?.GetValueKind() != JsonValueKind.String) return false;
            if (!TryTimestamp(value!.GetValue<string>(), out var a) || !TryTimestamp(operand.GetValue<string>(), out var b)) return false;
            return Compare(baseOp["Timestamp".Length..], a.CompareTo(b));
        }
        throw new StatesError(StatesError.Runtime, $"choice operator '{op}' is not supported");
    }

    private static bool Compare(string relation, int c) => relation switch
    {
        "Equals" => c == 0,
        "LessThan" => c < 0,
        "GreaterThan" => c > 0,
        "LessThanEquals" => c <= 0,
        "GreaterThanEquals" => c >= 0,
        _ => throw new StatesError(StatesError.Runtime, $"unknown comparison '{relation}'"),
    };

    /// <summary>RFC 3339 as the specification requires: a date, a time and a zone (Z or ±hh:mm). "2024-01-01T00:00:00" is no timestamp.</summary>
    internal static bool TryTimestamp(string s, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339().IsMatch(s)
               && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    /// <summary>
    /// StringMatches: '*' matches any run of characters; '\*' is a literal star and '\\' a literal
    /// backslash (so '\\*' is a backslash, then a wildcard). Any other backslash is an open escape.
    /// </summary>
    internal static Regex Wildcard(string pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*') { regex.Append(".*"); continue; }
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length || pattern[i + 1] is not ('*' or '\\'))
                    throw new StatesError(StatesError.Runtime, $"StringMatches pattern '{pattern}' has an open escape at position {i}: write \\\\ for a backslash, \\* for a star");
                c = pattern[++i];
            }
            regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
