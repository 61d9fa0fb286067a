using System.Text.Json.Nodes;

namespace NewsCurator.StateMachine;

/// <summary>
/// Parameters, ResultSelector and ItemSelector: a JSON template whose "key.$" fields take their
/// value from a path (or the context object, or an intrinsic function) and lose the ".$".
/// </summary>
public static class PayloadTemplate
{
    public static JsonNode? Apply(JsonNode? template, JsonNode? input, JsonNode? context) => template switch
    {
        JsonObject obj => ApplyObject(obj, input, context),
        JsonArray arr => new JsonArray(arr.Select(x => Apply(x, input, context)).ToArray()),
        _ => template?.DeepClone(),
    };

    private static JsonObject ApplyObject(JsonObject template, JsonNode? input, JsonNode? context)
    {
        var result = new JsonObject();
        foreach (var (key, value) in template)
        {
            if (key.EndsWith(".$", StringComparison.Ordinal))
            {
                var expression = value?.GetValue<string>() ?? throw new StatesError(StatesError.Runtime, $"field '{key}' must hold a path");
                result[key[..^2]] = Intrinsics.IsIntrinsic(expression)
                    ? Intrinsics.Evaluate(expression, input, context)
                    : JsonPath.Select(expression, input, context, StatesError.ParameterPathFailure);
            }
            else result[key] = Apply(value, input, context);
        }
        return result;
    }

    /// <summary>Checks every ".$" expression of a template at load time.</summary>
    public static void Validate(JsonNode? template, string where)
    {
        if (template is JsonObject obj)
            foreach (var (key, value) in obj)
            {
                if (key.EndsWith(".$", StringComparison.Ordinal))
                {
                    if (value is not JsonValue v || !v.TryGetValue<string>(out var expr))
                        throw new DefinitionException($"{where}: field '{key}' must be a string path or intrinsic function");
                    try
                    {
                        if (Intrinsics.IsIntrinsic(expr)) Intrinsics.Parse(expr);
                        else JsonPath.Validate(expr);
                    }
                    catch (DefinitionException ex)
                    {
                        throw new DefinitionException($"{where}: field '{key}': {ex.Message}");
                    }
                }
                else Validate(value, where);
            }
        else if (template is JsonArray arr)
            foreach (var item in arr) Validate(item, where);
    }
}
