using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>
/// ASL intrinsic functions: States.Format, StringToJson, JsonToString, Array, ArrayPartition,
/// ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique, MathAdd, MathRandom,
/// UUID, Base64Encode, Base64Decode, StringSplit. Parsed at load (so typos fail early) and
/// evaluated per state.
/// </summary>
public static class Intrinsics
{
    private static readonly HashSet<string> Known =
    [
        "States.Format", "States.StringToJson", "States.JsonToString", "States.Array", "States.ArrayPartition",
        "States.ArrayContains", "States.ArrayRange", "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique",
        "States.MathAdd", "States.MathRandom", "States.UUID", "States.Base64Encode", "States.Base64Decode", "States.StringSplit",
    ];

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
        if (i < s.Length && s[i] == ')') { i++; return new Call(name, args); }
        while (true)
        {
            args.Add(ParseArg(s, ref i));
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == ',') { i++; continue; }
            Expect(s, ref i, ')');
            return new Call(name, args);
        }
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
                if (s[i] == '\\' && i + 1 < s.Length)
                {
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
                case "States.Format":
                    var template = Str(a, 0);
                    var sb = new StringBuilder();
                    var arg = 1;
                    for (var i = 0; i < template.Length; i++)
                    {
                        if (template[i] == '{' && i + 1 < template.Length && template[i + 1] == '}')
                        {
                            if (arg >= a.Count) throw Fail(name, "more {} placeholders than arguments");
                            sb.Append(a[arg++] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : a[arg - 1]?.ToJsonString() ?? "null");
                            i++;
                        }
                        else sb.Append(template[i]);
                    }
                    return JsonValue.Create(sb.ToString());
                case "States.StringToJson": return JsonNode.Parse(Str(a, 0));
                case "States.JsonToString": return JsonValue.Create(a[0]?.ToJsonString() ?? "null");
                case "States.Array": return new JsonArray(a.Select(x => x?.DeepClone()).ToArray());
                case "States.ArrayPartition":
                    var size = Int(a, 1);
                    if (size <= 0) throw Fail(name, "chunk size must be positive");
                    return new JsonArray(Arr(a, 0).Select(x => x?.DeepClone()).Chunk(size).Select(chunk => (JsonNode?)new JsonArray(chunk)).ToArray());
                case "States.ArrayContains": return JsonValue.Create(Arr(a, 0).Any(x => JsonNode.DeepEquals(x, a[1])));
                case "States.ArrayRange":
                    var (from, to, step) = (Int(a, 0), Int(a, 1), Int(a, 2));
                    if (step == 0) throw Fail(name, "step must not be 0");
                    var range = new JsonArray();
                    for (var x = from; step > 0 ? x <= to : x >= to; x += step) range.Add(x);
                    return range;
                case "States.ArrayGetItem": return Arr(a, 0)[Int(a, 1)]?.DeepClone();
                case "States.ArrayLength": return JsonValue.Create(Arr(a, 0).Count);
                case "States.ArrayUnique":
                    var unique = new JsonArray();
                    foreach (var item in Arr(a, 0))
                        if (!unique.Any(u => JsonNode.DeepEquals(u, item))) unique.Add(item?.DeepClone());
                    return unique;
                case "States.MathAdd": return JsonValue.Create(Int(a, 0) + Int(a, 1));
                case "States.MathRandom": return JsonValue.Create(Random.Shared.Next(Int(a, 0), Int(a, 1)));
                case "States.UUID": return JsonValue.Create(Guid.NewGuid().ToString());
                case "States.Base64Encode": return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(Str(a, 0))));
                case "States.Base64Decode": return JsonValue.Create(Encoding.UTF8.GetString(Convert.FromBase64String(Str(a, 0))));
                case "States.StringSplit":
                    return new JsonArray(Str(a, 0).Split(Str(a, 1).ToCharArray(), StringSplitOptions.RemoveEmptyEntries)
                        .Select(p => (JsonNode?)JsonValue.Create(p)).ToArray());
                default: throw Fail(name, "unknown function");
            }
        }
        catch (Exception ex) when (ex is not StatesError)
        {
            throw Fail(name, ex.Message);
        }
    }

    private static string Str(List<JsonNode?> a, int i)
        => a.ElementAtOrDefault(i) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new InvalidOperationException($"argument {i + 1} must be a string");

    private static int Int(List<JsonNode?> a, int i)
        => a.ElementAtOrDefault(i) is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (int)JsonPath.ToDouble(v) : throw new InvalidOperationException($"argument {i + 1} must be a number");

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
