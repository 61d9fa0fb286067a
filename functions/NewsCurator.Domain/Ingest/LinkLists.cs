using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A list of labelled web addresses in a text: a video description's gear and affiliate links ("Raspberry Pi:
/// https://amzn.to/...", "Support me on Patreon: https://..."), a post's "Code: https://github.com/...". Read as the
/// story, a maker's rocket-build videos scored as tech news on their product lists, 6.3 where the build alone scores 1.1
/// (fifty-third held-out review, F1), and the lines reached previews. Two or more lines, each addresses after a label that
/// ends on its mark ("Raspberry Pi:", "Code -", "▶") or of two words at most, are taken off; a line whose words go on to
/// the address keeps it ("* Fix the crash by @bob in https://...", "New post: why we left Kubernetes https://...", a
/// paragraph in Japanese that ends on its source: hostile-input audit 41, H1, H3).
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
        var label = m.Groups["label"].Value.Trim();
        if (label.Length == 0) return true;
        var marked = label[^1] is ':' or '：' or '-' or '–' or '—' or '|' or '→' or '►' or '▶';
        var words = label.TrimEnd(':', '：', '-', '–', '—', '|', '→', '►', '▶', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (marked && words.Length <= MaxLabelWords && words.Sum(w => w.Length) <= MaxLabelLetters) || (words.Length <= MaxBareLabelWords && words.Sum(w => w.Length) <= MaxBareLabelLetters);
    }

    private const int MaxLabelWords = 8;

    private const int MaxLabelLetters = 60;

    private const int MaxBareLabelWords = 2;

    private const int MaxBareLabelLetters = 24;

    private const int MaxLineLength = 400;

    /// <summary>A label, then addresses to the line's end ("Raspberry Pi: https://amzn.to/x"; not "Bumps [x](https://...) from 1.0 to 1.1.").</summary>
    [GeneratedRegex(@"^(?<label>[^\n]*?)(?:\s*\(?https?://[^\s()]+\)?)+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabelledAddresses();
}
