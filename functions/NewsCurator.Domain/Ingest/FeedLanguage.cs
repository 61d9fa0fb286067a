using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// The language a feed declares (RSS &lt;language&gt; or dc:language, Atom's xml:lang, JSON Feed's "language") as the
/// ISO 639 code <see cref="Filter.LanguageDetector"/> speaks: "en-US", "en_us" and "EN" are all "en".
/// </summary>
public static partial class FeedLanguage
{
    /// <summary>The declared language's primary subtag, lower case, or null when the declaration is no language tag.</summary>
    public static string? Of(string? declared)
        => declared is not null && Tag().Match(declared.Trim()) is { Success: true } m ? Current(m.Groups["primary"].Value.ToLowerInvariant()) : null;

    /// <summary>
    /// Codes feeds still write for languages the detector names otherwise: Norwegian "no" (Bokmål, "nb", is what its
    /// stop words are), and ISO 639's withdrawn "iw" (Hebrew), "in" (Indonesian) and "ji" (Yiddish), which Java's
    /// locales wrote for years.
    /// </summary>
    private static string Current(string code) => code switch { "no" => "nb", "iw" => "he", "in" => "id", "ji" => "yi", _ => code };

    [GeneratedRegex(@"^(?<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")]
    private static partial Regex Tag();
}
