using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// A text that opens with the site's name and the item's own title, run into the first sentence with no mark between:
/// "Coin Ledger Senate Panel Advances Stablecoin Bill The committee voted ...". Every item of a feed read so, and its
/// summaries and previews printed the name and the headline as one run-on sentence (held-out review 97, F2). Only where the
/// words before the title are the feed's name (its title's first words) and a capital opens the sentence after it: a dek
/// that opens on its headline as its subject ("Rust 1.80 ships ...") has no site name before it.
/// </summary>
public static partial class SiteNameOpening
{
    /// <summary>
    /// The article with such an opening taken off its text and description. The site's name is the feed's as configured
    /// ("bitcoin-magazine") or its channel's title ("Bitcoin Magazine - Article Feed"): their first words, read as words.
    /// </summary>
    public static Article Strip(Article article, params string?[] names)
        => ItemBodies.Edited(article, body => names.Prepend(article.FeedTitle).Aggregate(body, (text, name) => name is { Length: > 0 } ? Without(text, article.Title, name) : text));

    /// <summary>How many of the feed title's words a site's name may be.</summary>
    private const int MaxNameWords = 5;

    /// <summary>The least of the text that must be left after the opening: a sentence, not a few words.</summary>
    private const int MinRest = 40;

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    public static string Without(string text, string title, string feedTitle)
    {
        if (title.Count(char.IsLetterOrDigit) < SyndicationFooter.MinOpeningTitle) return text;
        var name = NameWord().Matches(feedTitle);
        var at = 0;
        for (var k = 0; k < Math.Min(MaxNameWords, name.Count); k++)
        {
            while (at < text.Length && !char.IsLetterOrDigit(text[at])) at++;
            if (!text.AsSpan(at).StartsWith(name[k].Value, StringComparison.OrdinalIgnoreCase)) return text;
            at += name[k].Length;
            if (at >= text.Length || char.IsLetterOrDigit(text[at])) return text;
            // One word of a longer name counts alone only if it names something ("Decrypt" of "Decrypt Media") and runs into the
            // title with no stop after it: "The Linux Foundation launches ... project. It will host ..." under a feed named
            // "The Robot Report" opens on its headline's own sentence, which was cut away (review 48, R5).
            var whole = k + 1 >= Math.Min(2, name.Count);
            if ((whole || !Words.Function.Contains(name[k].Value.ToLowerInvariant())) && Cut(text, at, title, stopped: whole) is { } rest) return rest;
        }
        return text;
    }

    /// <summary>The text after the title that opens at <paramref name="at"/>, where a capitalised sentence follows it; null otherwise.</summary>
    /// <param name="stopped">Whether a stop may stand between the title and the sentence after it.</param>
    private static string? Cut(string text, int at, string title, bool stopped)
    {
        // The title's characters are matched one by one and the match stops at the first that differs: no line is read to its end.
        var after = SyndicationFooter.AfterTitle(text, at, text.Length, title);
        if (after < 0) return null;
        var next = after;
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] is '.' or ':' or '|' or '–' or '—' or '-')) next++;
        if (next == after || next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]))) return null;
        if (!stopped && text.AsSpan(after, next - after).Contains('.')) return null;
        var rest = text[next..];
        return rest.Length >= MinRest ? rest : null;
    }
}
