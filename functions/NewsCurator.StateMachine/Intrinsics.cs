using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>
/// ASL intrinsic functions: States.Format, StringToJson, JsonToString, Array, ArrayPartition,
/// ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique, MathAdd, MathRandom,
/// UUID, Base64Encode, Base64Decode, StringSplit, Hash, JsonMerge. Parsed at load (so typos
/// fail early) and evaluated per state. Arguments are checked as the specification states
/// (count, types, integers, the 1,000-item and 10,000-character limits) and a violation is a
/// States.IntrinsicFailure: a definition that only works because the runner was lenient here
/// would fail in AWS.
/// </summary>
public static class Intrinsics
{
    private static readonly HashSet<string> Known =
    [
        "States.Format", "States.StringToJson", "States.JsonToString", "States.Array", "States.ArrayPartition",
        "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique",
        "States.MathAdd", "States.MathRandom", "States.UUID", "States.Base64Encode", "States.Base64Decode", "States.StringSplit",
        "States.Hash", "States.JsonMerge",
    ];

    /// <summary>How many arguments each function takes (States.Array and States.Format take any number from their minimum).</summary>
    private static readonly Dictionary<string, (int Min, int Max)> Arity = new()
    {
        ["States.Format"] = (1, int.MaxValue), ["States.StringToJson"] = (1, 1), ["States.JsonToString"] = (1, 1),
        ["States.Array"] = (0, int.MaxValue), ["States.ArrayPartition"] = (2, 2), ["States.ArrayContains"] = (2, 2),
        ["States.ArrayRange"] = (3, 3), ["States.ArrayGetItem"] = (2, 2), ["States.ArrayLength"] = (1, 1),
        ["States.ArrayUnique"] = (1, 1), ["States.MathAdd"] = (2, 2), ["States.MathRandom"] = (2, 3), ["States.UUID"] = (0, 0),
        ["States.Base64Encode"] = (1, 1), ["States.Base64Decode"] = (1, 1), ["States.StringSplit"] = (2, 2),
        ["States.Hash"] = (2, 2), ["States.JsonMerge"] = (3, 3),
    };

    private const int MaxArrayRangeItems = 1000;
    private const int MaxStringArgument = 10_000;

    public static bool IsIntrinsic(string expression) => expression.TrimStart().StartsWith("States.", StringComparison.Ordinal);

    public abstract record Expr;
    private sealed record Literal(JsonNode? Value) : Expr;
    private sealed record PathRef(string Path) : Expr;
    private sealed record Call(string Name, List<Expr> Args) : Expr;

    public static Expr Parse(string expression)
    {
        var i = 0;
        var expr = ParseCall(expression, ref i);
        SkipSpace(expression, ref i);
        if (i != expression.Length) throw new DefinitionException($"intrinsic '{expression}': unexpected text at position {i}");
        return expr;
    }

    public static JsonNode? Evaluate(string expression, JsonNode? input, JsonNode? context)
        => Eval(Parse(expression), input, context);

    private static Expr ParseCall(string s, ref int i)
    {
        SkipSpace(s, ref i);
        var start = i;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '.')) i++;
        var name = s[start..i];
        if (!Known.Contains(name)) throw new DefinitionException($"intrinsic function '{name}' is not supported (known: {string.Join(", ", Known)})");
        SkipSpace(s, ref i);
        Expect(s, ref i, '(');
        var args = new List<Expr>();
        SkipSpace(s, ref i);
        if (i < s.Length && s[i] == ')') { i++; return Checked(new Call(name, args)); }
        while (true)
        {
            args.Add(ParseArg(s, ref i));
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == ',') { i++; continue; }
            Expect(s, ref i, ')');
            return Checked(new Call(name, args));
        }
    }

    private static Call Checked(Call call)
    {
        var (min, max) = Arity[call.Name];
        if (call.Args.Count < min || call.Args.Count > max)
            throw new DefinitionException($"intrinsic {call.Name} takes {(min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}")} argument(s), got {call.Args.Count}");
        return call;
    }

    private static Expr ParseArg(string s, ref int i)
    {
        SkipSpace(s, ref i);
        if (i >= s.Length) throw new DefinitionException($"intrinsic '{s}': missing argument");
        if (s[i] == '\'')
        {
            var sb = new StringBuilder();
            i++;
            while (i < s.Length && s[i] != '\'')
            {
                if (s[i] == '\\')
                {
                    // Only \' \{ \} and \\ are escapes; any other (or a trailing) backslash is an open escape, an error in AWS.
                    if (i + 1 >= s.Length || s[i + 1] is not ('\'' or '{' or '}' or '\\'))
                        throw new DefinitionException($"intrinsic '{s}': open escape '\\' at position {i} (escape it as \\\\)");
                    i++;
                    // An escaped brace is literal text, never a States.Format placeholder: mark it until formatting.
                    sb.Append(s[i] switch { '{' => OpenBrace, '}' => CloseBrace, _ => s[i] });
                    i++;
                    continue;
                }
                sb.Append(s[i++]);
            }
            Expect(s, ref i, '\'');
            return new Literal(JsonValue.Create(sb.ToString()));
        }
        if (s[i] == '$')
        {
            var start = i;
            var depth = 0;
            while (i < s.Length && (depth > 0 || (s[i] != ',' && s[i] != ')')))
            {
                if (s[i] == '[') depth++;
                if (s[i] == ']') depth--;
                i++;
            }
            var path = s[start..i].Trim();
            JsonPath.Validate(path);
            return new PathRef(path);
        }
        if (s.AsSpan(i).StartsWith("States.")) return ParseCall(s, ref i);
        var litStart = i;
        while (i < s.Length && s[i] != ',' && s[i] != ')') i++;
        var literal = s[litStart..i].Trim();
        try
        {
            return new Literal(JsonNode.Parse(literal));
        }
        catch (JsonException)
        {
            throw new DefinitionException($"intrinsic '{s}': '{literal}' is not a valid literal (strings use single quotes)");
        }
    }

    private const char OpenBrace = '\uE000';
    private const char CloseBrace = '\uE001';

    private static JsonNode? Unmark(JsonNode? node)
        => node is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? JsonValue.Create(v.GetValue<string>().Replace(OpenBrace, '{').Replace(CloseBrace, '}'))
            : node;

    private static JsonNode? Eval(Expr expr, JsonNode? input, JsonNode? context) => expr switch
    {
        Call { Name: "States.Format" } f when f.Args.Count > 0 && f.Args[0] is Literal template =>
            Unmark(Apply(f.Name, [template.Value?.DeepClone(), .. f.Args.Skip(1).Select(a => Eval(a, input, context))])),
        Literal l => Unmark(l.Value?.DeepClone()),
        PathRef p => JsonPath.Select(p.Path, input, context, StatesError.IntrinsicFailure),
        Call c => Apply(c.Name, c.Args.Select(a => Eval(a, input, context)).ToList()),
        _ => throw new InvalidOperationException(),
    };

    private static JsonNode? Apply(string name, List<JsonNode?> a)
    {
        try
        {
            switch (name)
            {
                case "States.Format": return Format(name, a);
                case "States.StringToJson": return JsonNode.Parse(Str(a, 0));
                case "States.JsonToString": return JsonValue.Create(a[0]?.ToJsonString() ?? "null");
                case "States.Array": return new JsonArray(a.Select(x => x?.DeepClone()).ToArray());
                case "States.ArrayPartition":
                    // The specification rounds a non-integer chunk size to the nearest integer.
                    var size = (int)Math.Round(Number(a, 1), MidpointRounding.AwayFromZero);
                    if (size <= 0) throw Fail(name, "chunk size must be a positive integer");
                    return new JsonArray(Arr(a, 0).Select(x => x?.DeepClone()).Chunk(size).Select(chunk => (JsonNode?)new JsonArray(chunk)).ToArray());
                case "States.ArrayContains": return JsonValue.Create(Arr(a, 0).Any(x => JsonNode.DeepEquals(x, a[1])));
                case "States.ArrayRange":
                    var (from, to, step) = (Integer(a, 0), Integer(a, 1), Integer(a, 2));
                    if (step == 0) throw Fail(name, "step must not be 0");
                    var count = to == from ? 1 : (to - from) / step < 0 ? 0 : (to - from) / step + 1;
                    if (count > MaxArrayRangeItems) throw Fail(name, $"the range would have {count} items; at most {MaxArrayRangeItems} are allowed");
                    var range = new JsonArray();
                    for (var k = 0L; k < count; k++) range.Add(from + k * step);
                    return range;
                case "States.ArrayGetItem":
                    var array = Arr(a, 0);
                    var index = Integer(a, 1);
                    if (index < 0 || index >= array.Count) throw Fail(name, $"index {index} is outside the array (length {array.Count})");
                    return array[(int)index]?.DeepClone();
                case "States.ArrayLength": return JsonValue.Create(Arr(a, 0).Count);
                case "States.ArrayUnique":
                    var unique = new JsonArray();
                    foreach (var item in Arr(a, 0))
                        if (!unique.Any(u => JsonNode.DeepEquals(u, item))) unique.Add(item?.DeepClone());
                    return unique;
                case "States.MathAdd":
                    var sum = Int32(a, 0) + Int32(a, 1);
                    if (sum is < int.MinValue or > int.MaxValue) throw Fail(name, "the sum is outside the 32-bit integer range");
                    return JsonValue.Create((int)sum);
                case "States.MathRandom":
                    var (start, end) = (Int32(a, 0), Int32(a, 1));
                    if (start >= end) throw Fail(name, "start must be less than end");
                    // The same seed gives the same number (start inclusive, end exclusive).
                    var random = a.Count == 3 ? new Random((int)Integer(a, 2)) : Random.Shared;
                    return JsonValue.Create(random.Next((int)start, (int)end));
                case "States.UUID": return JsonValue.Create(Guid.NewGuid().ToString());
                case "States.Base64Encode": return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(Limited(name, Str(a, 0)))));
                case "States.Base64Decode": return JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(Limited(name, Str(a, 0)))));
                case "States.StringSplit":
                    return new JsonArray(Str(a, 0).Split(Str(a, 1).ToCharArray(), StringSplitOptions.RemoveEmptyEntries)
                        .Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
                case "States.Hash": return Hash(name, a);
                case "States.JsonMerge":
                    if (a[0] is not JsonObject left || a[1] is not JsonObject right) throw Fail(name, "arguments 1 and 2 must be JSON objects");
                    if (a[2] is not JsonValue deep || deep.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)) throw Fail(name, "argument 3 must be a boolean");
                    if (deep.GetValue<bool>()) throw Fail(name, "deep merging is not supported: argument 3 must be false");
                    // Shallow: a key in the second object replaces the first's, nested objects are not merged.
                    var merged = (JsonObject)left.DeepClone();
                    foreach (var (key, value) in right) merged[key] = value?.DeepClone();
                    return merged;
                default: throw Fail(name, "unknown function");
            }
        }
        catch (Exception ex) when (ex is not StatesError)
        {
            throw Fail(name, ex.Message);
        }
    }

    private static JsonValue Format(string name, List<JsonNode?> a)
    {
        var template = Str(a, 0);
        var sb = new StringBuilder();
        var arg = 1;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '}')
            {
                if (arg >= a.Count) throw Fail(name, "more {} placeholders than arguments");
                sb.Append(a[arg++] switch
                {
                    null => "null",
                    JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                    JsonValue v => v.ToJsonString(),
                    _ => throw Fail(name, $"argument {arg} is an array or object; only strings, numbers, booleans and null can be formatted"),
                });
                i++;
            }
            else sb.Append(template[i]);
        }
        if (arg != a.Count) throw Fail(name, $"{a.Count - 1} arguments for {arg - 1} {{}} placeholders");
        return JsonValue.Create(sb.ToString());
    }

    private static JsonValue Hash(string name, List<JsonNode?> a)
    {
        var data = a[0] ?? throw Fail(name, "argument 1 must not be null");
        var text = Limited(name, data is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : data.ToJsonString());
        var bytes = Encoding.UTF8.GetBytes(text);
        // MD5 and SHA-1 are what the specification offers for checksums and keys, not for security here.
#pragma warning disable CA5350, CA5351
        var digest = Str(a, 1) switch
        {
            "MD5" => System.Security.Cryptography.MD5.HashData(bytes),
            "SHA-1" => System.Security.Cryptography.SHA1.HashData(bytes),
            "SHA-256" => System.Security.Cryptography.SHA256.HashData(bytes),
            "SHA-384" => System.Security.Cryptography.SHA384.HashData(bytes),
            "SHA-512" => System.Security.Cryptography.SHA512.HashData(bytes),
            var other => throw Fail(name, $"algorithm '{other}' is not one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"),
        };
#pragma warning restore CA5350, CA5351
        return JsonValue.Create(Convert.ToHexStringLower(digest));
    }

    private static string Limited(string name, string value)
        => value.Length <= MaxStringArgument ? value : throw Fail(name, $"the input has {value.Length} characters; at most {MaxStringArgument} are allowed");

    private static string Str(List<JsonNode?> a, int i)
        => a.ElementAtOrDefault(i) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new InvalidOperationException($"argument {i + 1} must be a string");

    private static double Number(List<JsonNode?> a, int i)
        => a.ElementAtOrDefault(i) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? JsonPath.ToDouble(v) : throw new InvalidOperationException($"argument {i + 1} must be a number");

    /// <summary>An integer as JSON writes one: 2 is, 2.0 and 2.5 are not.</summary>
    private static long Integer(List<JsonNode?> a, int i)
        => a.ElementAtOrDefault(i) is JsonValue v && v.GetValueKind() == JsonValueKind.Number
           && long.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidOperationException($"argument {i + 1} must be an integer");

    private static long Int32(List<JsonNode?> a, int i)
        => Integer(a, i) is var n and >= int.MinValue and <= int.MaxValue ? n : throw new InvalidOperationException($"argument {i + 1} must be a 32-bit integer");

    private static JsonArray Arr(List<JsonNode?> a, int i)
        => a.ElementAtOrDefault(i) as JsonArray ?? throw new InvalidOperationException($"argument {i + 1} must be an array");

    private static StatesError Fail(string name, string why) => new(StatesError.IntrinsicFailure, $"{name}: {why}");

    private static void SkipSpace(string s, ref int i) { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }

    private static void Expect(string s, ref int i, char c)
    {
        SkipSpace(s, ref i);
        if (i >= s.Length || s[i] != c) throw new DefinitionException($"intrinsic '{s}': expected '{c}' at position {i}");
        i++;
    }
}
