using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// An opening paragraph that is an author list and nothing else ("by Jane A. Doe, Max Mustermann, Ann van Berg\nThroughout
/// the brain ..."): a journal feed opens each paper's text so, and the names opened the preview and were read as the
/// article's first words (held-out review 81, F4). The Lede takes off a byline only with a date after it. Only a whole first
/// line of "by" and names, commas or "and" between them: "By Monday, Alice, Bob and Carol had signed" goes on into its
/// sentence and stays, and so does a text that is the line alone.
/// </summary>
public static partial class OpeningByline
{
    public static string Without(string text)
    {
        if (Byline().Match(text) is not { Success: true } m || m.Length >= text.Length) return text;
        var names = m.Groups["names"].Value;
        // With a writer's house after the name ("by Dr Theo Dounas for Adventurous Systems" over a consultancy's post opened
        // its preview: held-out review 84, F3), the line is a byline only for one person of two words or more: "By Design for
        // Everyone" is a phrase, and a list of names with a house is rare enough to leave.
        if (m.Groups["house"].Success && (names.Contains(',', StringComparison.Ordinal) || names.Contains('&', StringComparison.Ordinal)
                                          || names.Contains(" and ", StringComparison.Ordinal) || !names.Trim().Contains(' ', StringComparison.Ordinal)))
            return text;
        return names.Split([',', '&'], StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(n => n.Split(" and ", StringSplitOptions.RemoveEmptyEntries))
            .All(n => n.Trim() is { Length: > 0 } name && TrailingByline.NamesAPerson(name) && !IsATime(name))
            ? text[m.Length..].TrimStart()
            : text;
    }

    /// <summary>
    /// Whether a "name" says when, not who: "By Friday\nAll API keys ... must be rotated" is a deadline, and the notice lost it
    /// (hostile-input audit 53, H9). A day or a time word anywhere, a month alone: "By June Smith" is a writer.
    /// </summary>
    private static bool IsATime(string name)
        => DayOrTime().IsMatch(name) || Month().IsMatch(name);

    [GeneratedRegex(@"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Today|Tonight|Tomorrow|Noon|Midnight|EOD|Yesterday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOrTime();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    // A name is one to five capitalised words, a particle ("van", "de") only before a capitalised word of it; names are
    // separated by commas, "and" or "&". The line ends there.
    private const string Name =
        @"\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:(?:van|von|de|da|del|della|der|den|di|du|dos|das|la|le|ter|bin|ibn|al)[ \t]+){0,2}\p{Lu}[\p{L}.'’-]*){0,4}";

    // The house: "for", "at", "of" or "from" and one to six capitalised words, "of", "the" or "&" between them ("for The Verge",
    // "at University of Oxford").
    private const string House = @"(?:[ \t]+(?:for|at|of|from)[ \t]+(?<house>(?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+(?:of|the|&|\p{Lu}[\p{L}\d.&'’-]*)){0,5}))?";

    [GeneratedRegex(@"^\s*(?:[Bb]y|BY)[ \t]+(?<names>" + Name + @"(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)" + Name + @"){0,40})" + House + @"[ \t]*\r?\n", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();
}
