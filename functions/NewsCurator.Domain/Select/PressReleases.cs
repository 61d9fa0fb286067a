using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// A company's press release, known by its form: a dateline at the very opening ("SAN LEANDRO, Calif. –", "AUSTIN, Texas,
/// March 3, 2026 /PRNewswire/ --"), then the company in its own words ("Acme, a global leader in ...") or "today announced".
/// A vendor's release ranked sixth of an engineering issue, over two production write-ups (held-out review 90, F2). It is the
/// company's marketing, but its launch can be news: it moves down the ranking (<see cref="Charge"/>), not out. A reporter's
/// story that quotes a release opens with no dateline of this form, and a wire's dateline ("WASHINGTON (Reuters) -") is news.
/// </summary>
public static partial class PressReleases
{
    /// <summary>The points taken off a press release's rank score: about what a story's relevance gains over a vendor's release.</summary>
    public const double Charge = 1.5;

    // A place in capitals, a state, country or date after it, an optional newswire credit, then a dash.
    [GeneratedRegex(@"\A\s*(?-i:[A-Z][A-Z.'’ -]{2,40}),\s+[\w.,' ]{2,40}?(?:\s*/[\w ]{2,30}/)?\s*(?:[–—]|--?)\s+(?<rest>[\s\S]{0,400})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // The company describing itself, or announcing: "Acme, a global leader in ...", "a leading provider of", "today announced".
    [GeneratedRegex(@"\A[^.]{0,120}?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:leader|provider|pioneer|innovator)s?\s+(?:in|of|for)\b|\btoday\s+announced\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfDescription();

    /// <summary>The press release's opening words (its dateline up to the company's self-description), or null.</summary>
    public static string? Opening(Article article)
    {
        var text = article.Text.Length > 600 ? article.Text[..600] : article.Text;
        if (Dateline().Match(text) is not { Success: true } dateline) return null;
        var rest = dateline.Groups["rest"];
        return SelfDescription().Match(rest.Value) is { Success: true } self ? text[..(rest.Index + self.Length)].Trim() : null;
    }
}
