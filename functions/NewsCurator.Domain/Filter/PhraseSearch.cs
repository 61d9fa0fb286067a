namespace NewsCurator.Filter;

/// <summary>
/// Finds configured phrases in text, case-insensitively, as whole words where a phrase begins or
/// ends with a letter or digit ("use code" is not in "because code"; "% off" is in "20% off").
/// A plain scan, linear in the text: no regular expression, so no timeout that a hostile item's
/// megabyte title could trip and no phrase that could backtrack.
/// </summary>
public sealed class PhraseSearch(IEnumerable<string> phrases)
{
    private readonly string[] _phrases = phrases.Where(p => p.Length > 0).ToArray();

    /// <summary>The first phrase (in configured order) found in <paramref name="text"/>, as the text spells it; null when none is.</summary>
    public string? FirstIn(string text)
    {
        foreach (var phrase in _phrases)
            if (Find(text, phrase) is { } at) return text.Substring(at, phrase.Length);
        return null;
    }

    /// <summary>Where the phrase that comes first in <paramref name="text"/> starts and ends; null when none is there.</summary>
    public (int Start, int End)? Earliest(string text)
    {
        (int Start, int End)? earliest = null;
        foreach (var phrase in _phrases)
            if (Find(text, phrase) is { } at && (earliest is null || at < earliest.Value.Start)) earliest = (at, at + phrase.Length);
        return earliest;
    }

    private static int? Find(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            var end = at + phrase.Length;
            var cleanStart = !IsWordChar(phrase[0]) || at == 0 || !IsWordChar(text[at - 1]);
            var cleanEnd = !IsWordChar(phrase[^1]) || end == text.Length || !IsWordChar(text[end]);
            if (cleanStart && cleanEnd) return at;
        }
        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
