using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>
/// The reference paths ASL allows in InputPath, ResultPath, OutputPath, ItemsPath and ".$" fields:
/// $, $.a.b, $.a[0], $['a b'], and $$ for the context object. Wildcards, filters and slices are
/// rejected when the definition is loaded.
/// </summary>
public static class JsonPath
{
    public abstract record Segment;
    public sealed record Name(string Value) : Segment;
    public sealed record Index(int Value) : Segment;

    public static (bool IsContext, List<Segment> Segments) Parse(string path)
    {
        var isContext = path.StartsWith("$$", StringComparison.Ordinal);
        var i = isContext ? 2 : 1;
        if (!path.StartsWith('$')) throw new DefinitionException($"path '{path}' must start with '$'");
        var segments = new List<Segment>();
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var start = ++i;
                while (i < path.Length && path[i] != '.' && path[i] != '[') i++;
                var name = path[start..i];
                if (name.Length == 0 || name == "*") throw new DefinitionException($"path '{path}' uses '{(name.Length == 0 ? ".." : "*")}', which the local runner does not support");
                segments.Add(new Name(name));
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0) throw new DefinitionException($"path '{path}' has an unclosed '['");
                var inner = path[(i + 1)..end].Trim();
                if (inner.Length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[^1] == inner[0]) segments.Add(new Name(inner[1..^1]));
                else if (int.TryParse(inner, out var n) && n >= 0) segments.Add(new Index(n));
                else throw new DefinitionException($"path '{path}' uses '[{inner}]'; only [index] and ['name'] are supported by the local runner");
                i = end + 1;
            }
            else throw new DefinitionException($"path '{path}' is not a valid reference path at position {i}");
        }
        return (isContext, segments);
    }

    public static void Validate(string path) => Parse(path);

    /// <summary>The value at a path; throws States.Runtime-style errors naming the path when it is absent.</summary>
    public static JsonNode? Select(string path, JsonNode? input, JsonNode? context, string errorName)
    {
        var (isContext, segments) = Parse(path);
        var current = isContext ? context : input;
        foreach (var segment in segments)
        {
            current = segment switch
            {
                Name n when current is JsonObject o && o.TryGetPropertyValue(n.Value, out var v) => v,
                Index ix when current is JsonArray a && ix.Value < a.Count => a[ix.Value],
                _ => throw new StatesError(errorName, $"the path '{path}' could not be found in the input '{Truncate(input?.ToJsonString())}'"),
            };
        }
        return current?.DeepClone();
    }

    public static bool Exists(string path, JsonNode? input, JsonNode? context)
    {
        try
        {
            Select(path, input, context, StatesError.Runtime);
            return true;
        }
        catch (StatesError)
        {
            return false;
        }
    }

    /// <summary>ResultPath: places value into a copy of input at path, creating objects on the way.</summary>
    public static JsonNode? Merge(JsonNode? input, string path, JsonNode? value)
    {
        var (isContext, segments) = Parse(path);
        if (isContext) throw new StatesError(StatesError.ResultPathMatchFailure, $"ResultPath '{path}' cannot write into the context object");
        if (segments.Count == 0) return value;
        var root = input?.DeepClone() ?? new JsonObject();
        if (root is not JsonObject) throw new StatesError(StatesError.ResultPathMatchFailure, $"ResultPath '{path}' needs an object input, got {root.GetValueKind()}");
        JsonNode current = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var last = i == segments.Count - 1;
            if (segments[i] is not Name name || current is not JsonObject obj)
                throw new StatesError(StatesError.ResultPathMatchFailure, $"ResultPath '{path}' can only name object fields");
            if (last) obj[name.Value] = value;
            else
            {
                if (obj[name.Value] is not JsonObject next)
                {
                    if (obj[name.Value] is not null)
                        throw new StatesError(StatesError.ResultPathMatchFailure, $"ResultPath '{path}': '{name.Value}' is not an object");
                    next = new JsonObject();
                    obj[name.Value] = next;
                }
                current = next;
            }
        }
        return root;
    }

    /// <summary>A JSON number as double, whether it was parsed from text or created in memory (an int from an intrinsic).</summary>
    public static double ToDouble(JsonNode node)
        => double.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static string Truncate(string? s) => s is null ? "null" : s.Length > 200 ? s[..200] + "..." : s;
}
