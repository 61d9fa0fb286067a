using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsCurator.Storage;

/// <summary>One JSON dialect for blobs, handler payloads and exports: camelCase, no nulls, ISO dates.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    /// <summary>
    /// State files read back run after run: an explicit null where the type allows none ("stories": null) is a
    /// JsonException, so the file is quarantined like broken JSON instead of failing whatever dereferences it.
    /// (Elements of a list are not checked by this: each reader's damage check does that.)
    /// </summary>
    public static readonly JsonSerializerOptions State = new(Options) { RespectNullableAnnotations = true };

    public static readonly JsonSerializerOptions SnakeCase = new(Options)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
