using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A list of labelled web addresses in a text: a video description's gear and affiliate links ("Raspberry Pi:
/// https://amzn.to/...", "Support me on Patreon: https://..."), a post's "Code: https://github.com/...". Read as the
/// story, a maker's rocket-build videos scored as tech news on their product lists, 6.3 where the build alone scores 1.1
/// (fifty-third held-out review, F1), and the lines reached previews. Two or more lines, each a short label and
/// addresses only, are taken off; prose that names an address keeps its line.
/// </summary>
public static partial class LinkLists
{
    /// <summary>The text without its lines of labelled addresses, where it has <see cref="MinLines"/> or more; as it is otherwise.</summary>
    public static string Without(string text)
    {
        if (text.IndexOf("http", StringComparison.OrdinalIgnoreCase) < 0) return text;
        var lines = text.Split('\n');
        var listed = lines.Select(IsLabelledAddress).ToArray();
        if (listed.Count(l => l) < MinLines) return text;
        return string.Join('\n', lines.Where((_, i) => !listed[i]));
    }

    private const int MinLines = 2;

    /// <summary>A line of a label of at most <see cref="MaxLabelWords"/> words and one or more addresses, nothing else.</summary>
    private static bool IsLabelledAddress(string line)
    {
        if (line.Length > MaxLineLength || LabelledAddresses().Match(line) is not { Success: true } m) return false;
        var label = m.Groups["label"].Value.Trim().TrimEnd(':', '-', '–', '—', '|', '→', '►', '▶', ' ');
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords && !label.Contains(". ", StringComparison.Ordinal);
    }

    private const int MaxLabelWords = 8;

    private const int MaxLineLength = 400;

    /// <summary>A label, then addresses to the line's end ("Raspberry Pi: https://amzn.to/x"; not "Bumps [x](https://...) from 1.0 to 1.1.").</summary>
    [GeneratedRegex(@"^(?<label>[^\n]*?)(?:\s*\(?https?://[^\s()]+\)?)+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabelledAddresses();
}
