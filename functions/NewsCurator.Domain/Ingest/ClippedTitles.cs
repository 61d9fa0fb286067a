namespace NewsCurator.Ingest;

/// <summary>
/// Titles a feed's generator cut at a fixed number of characters, mid-word: "... LongCat-2.0, the 1.6T, near-f",
/// "Anthropic launches Claude Sonnet 5 at a steep disc", "Enterprises lost Claude Fable 5 for a few weeks. N" (thirty-third
/// held-out review, F4: seven of a daily show's eleven titles were exactly 75 characters long). The cut is a feed's
/// habit, seen only across its items: several different titles of exactly one length, cut mid-word. Such a title loses
/// its last word where the item's text never uses it whole, and ends with an ellipsis, as any cut text does here.
/// </summary>
public static class ClippedTitles
{
    /// <summary>
    /// Fewer titles at one length could be chance: three of a seven-item feed's whole headlines happened to be 40 characters
    /// long, and each lost its last word (review of session 30, R5). Five, a third of the feed's titles, and three of them
    /// different, is a habit.
    /// </summary>
    private const int MinClipped = 5;

    private const int MinDifferent = 3;

    /// <summary>Below this a length is a short headline style, not a cut.</summary>
    private const int MinLength = 24;

    /// <summary>
    /// The length at which the feed's titles are cut, or null: the length most of its titles share (a title the generator
    /// wrote another way may be longer), where at least <see cref="MinClipped"/> titles (<see cref="MinDifferent"/> of them
    /// different) and a third of the titles have it, and at least two different last words of those are a
    /// word their item's text never uses whole. A template's titles of one length ("New release candidate: 1.11.0rc3")
    /// and a few titles of one length by chance end on whole words.
    /// </summary>
    public static int? Length(IReadOnlyList<ParsedItem> items)
    {
        var titled = items.Where(i => !string.IsNullOrEmpty(i.Title)).ToList();
        if (titled.Count < MinClipped) return null;
        var atCut = titled.GroupBy(i => i.Title!.Length).MaxBy(g => (g.Count(), g.Key))!.ToList();
        var cutLength = atCut[0].Title!.Length;
        if (cutLength < MinLength) return null;
        if (atCut.Count < MinClipped || atCut.Select(i => i.Title).Distinct(StringComparer.Ordinal).Count() < MinDifferent || atCut.Count * 3 < titled.Count) return null;
        // Cuts end on different fragments ("near-f", "disc", "N"); a template's titles of one length end on one word
        // ("Claude Code 2.1.272 released", nine of them: thirty-sixth held-out review, F5), counted once.
        var cutWords = atCut.Select(i => LastWord(i.Title!)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)
            .Count(word => atCut.Any(i => LastWord(i.Title!) == word && !IsWholeIn(word, $"{i.ContentHtml}\n{i.SummaryHtml}\n{SlugWords(i.Link)}")));
        return cutWords >= 2 ? cutLength : null;
    }

    /// <summary>
    /// A cut title made whole: its last word goes where <paramref name="text"/> never uses it whole ("near-f", "disc", a
    /// lone "N"), as do the separators and an unmatched quote before it, and it ends with an ellipsis. A title the feed
    /// already ended ("...", "…", a stop) is kept.
    /// </summary>
    public static string Mend(string title, string text)
    {
        var trimmed = title.TrimEnd();
        if (trimmed.Length == 0 || trimmed.EndsWith('…') || trimmed[^1] is '.' or '!' or '?') return title;
        var lastSpace = trimmed.LastIndexOf(' ');
        if (lastSpace <= 0 || LastWord(trimmed) is not { } lastWord) return trimmed + "…";
        var kept = (IsWholeIn(lastWord, text) ? trimmed[..lastSpace] + " " + lastWord : trimmed[..lastSpace])
            .TrimEnd([' ', ',', ';', ':', '-', '\u2013', '\u2014', '|', '/', '&', '+', '(', '[', .. Quotes]);
        // "... for a few weeks. N" is a whole sentence once the cut word goes: no ellipsis after its stop.
        return kept.Length == 0 ? title : kept[^1] is '.' or '!' or '?' ? kept : kept + "…";
    }

    /// <summary>A title's last word without the quotes and punctuation around it, or null where there is none.</summary>
    private static string? LastWord(string title)
    {
        var trimmed = title.TrimEnd();
        var word = trimmed[(trimmed.LastIndexOf(' ') + 1)..].Trim([.. Quotes, '(', ')', ',', ';', ':']);
        return word.Length == 0 ? null : word;
    }

    /// <summary>Quotes a cut can leave unmatched at a title's end ("... enterprise AI'"), straight and curly, either side.</summary>
    private static readonly char[] Quotes = ['\'', '"', '‘', '’', '“', '”'];

    /// <summary>The words of a link's address ("new release candidate 1.11.0rc3"): a page's slug often spells its title out whole.</summary>
    private static string SlugWords(string? link)
        => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? string.Join(' ', uri.AbsolutePath.Split(['/', '-', '_'], StringSplitOptions.RemoveEmptyEntries)) : "";

    /// <summary>
    /// Whether the text uses the word whole, in any case: of more than one letter (a lone "N" is a cut word), and a word
    /// with a digit counts as whole ("1.11.0rc3" where the notes say "1.11.0": a version cut short still reads as one).
    /// </summary>
    private static bool IsWholeIn(string word, string text)
    {
        if (word.Any(char.IsDigit)) return true;
        if (word.Length < 2) return false;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '-'))) return true;
        }
        return false;
    }
}
