namespace NewsCurator.Filter;

/// <summary>The codes <see cref="Detect"/> can return, for content.languages to be checked against when the config loads.</summary>
public static partial class LanguageDetector
{
    /// <summary>What DetectScript returns (by writing system, before any stop word is counted).</summary>
    private static readonly string[] ScriptLanguages = ["ja", "ru", "uk", "be", "sr", "mk", "ar", "zh", "ko", "el", "hi", "he", "th", "ur"];

    /// <summary>Languages written in a script other than Latin that the detector does not tell by their script.</summary>
    private static readonly string[] OtherScriptLanguages =
        ["bg", "fa", "ps", "yi", "mr", "ne", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "lo", "km", "my", "ka", "hy", "am"];

    /// <summary>Whether a language is written in a script other than Latin (not Serbian, written in both).</summary>
    public static bool WrittenInAnotherScript(string code)
        => (ScriptLanguages.Contains(code) && code != "sr") || OtherScriptLanguages.Contains(code);

    /// <summary>Every code Detect returns but "und" (which always passes the filter), sorted.</summary>
    public static IReadOnlyList<string> Codes => Known.Codes;

    /// <summary>
    /// Built on first use, after the detector's own fields: field initialisers of a partial class in two files run
    /// in no order C# promises, so one here must not read StopWords.
    /// </summary>
    private static class Known
    {
        public static readonly IReadOnlyList<string> Codes = [.. StopWords.Keys.Concat(ScriptLanguages).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>English names, so "english" or "German" in the config can point at its code.</summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["afrikaans"] = "af", ["arabic"] = "ar", ["catalan"] = "ca", ["czech"] = "cs", ["danish"] = "da", ["german"] = "de",
        ["greek"] = "el", ["english"] = "en", ["spanish"] = "es", ["finnish"] = "fi", ["french"] = "fr", ["hebrew"] = "he",
        ["hindi"] = "hi", ["croatian"] = "hr", ["hungarian"] = "hu", ["indonesian"] = "id", ["italian"] = "it", ["japanese"] = "ja",
        ["korean"] = "ko", ["norwegian"] = "nb", ["dutch"] = "nl", ["polish"] = "pl", ["portuguese"] = "pt", ["romanian"] = "ro",
        ["russian"] = "ru", ["slovak"] = "sk", ["slovenian"] = "sl", ["swedish"] = "sv", ["thai"] = "th", ["turkish"] = "tr",
        ["urdu"] = "ur", ["vietnamese"] = "vi", ["chinese"] = "zh", ["no"] = "nb", ["ukrainian"] = "uk", ["belarusian"] = "be",
        ["serbian"] = "sr", ["macedonian"] = "mk",
    };

    /// <summary>The code meant by a language's English name or a regional tag ("en-GB", "pt_BR"), or null.</summary>
    public static string? Suggest(string value)
    {
        if (Names.TryGetValue(value.Trim(), out var named)) return named;
        var primary = value.Split('-', '_')[0].ToLowerInvariant();
        return Codes.Contains(primary) ? primary : null;
    }
}
