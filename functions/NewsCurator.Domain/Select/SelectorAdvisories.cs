using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Select;

/// <summary>
/// One story per product's advisories from a publisher in a day: a vulnerability feed's CVE-2025-22224, -22225 and
/// -22226, three flaws in VMware ESXi added the same day under one vendor bulletin, took three of an issue's places,
/// and pushed an exploited camera zero-day and a kernel flaw out under the per-publisher cap (nineteenth held-out
/// review, F3). Two advisories are of one product when both titles name an advisory id (CVE, GHSA), they were published
/// within a day of each other, and both texts open with the same words naming the product, two or more words with a
/// name among them that both titles carry ("VMware ESXi ... contain", "In the Linux kernel, ..."): a vendor alone, a
/// feed's template opening ("A vulnerability was found in", "Affected Package:") or an agency's ("CISA has added")
/// names no product, and titles with no words but the id are never merged.
/// </summary>
public sealed partial class Selector
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*")]
    private static partial Regex ProductWord();

    /// <summary>How many of a text's first words are read for the product it opens with.</summary>
    private const int OpeningWords = 12;

    /// <summary>
    /// The product two advisories of one publisher share ("VMware ESXi"), or null when they are not both advisories
    /// from within a day, or their texts do not open by naming one product that both titles name.
    /// </summary>
    private static string? SharedAdvisoryProduct(Chosen chosen, Article article, string source)
    {
        if (chosen.Source != source || chosen.Published is not { } one || article.Published is not { } other
            || (one - other).Duration() > TimeSpan.FromDays(1)) return null;
        if (AdvisoryIds.Pattern().Match(chosen.Title) is not { Success: true } id || AdvisoryIds.Pattern().Match(article.Title) is not { Success: true } otherId
            || string.Equals(id.Value, otherId.Value, StringComparison.OrdinalIgnoreCase)) return null;
        var opening = Opening(chosen.Text);
        var otherOpening = Opening(article.Text);
        var shared = 0;
        while (shared < opening.Count && shared < otherOpening.Count && string.Equals(opening[shared], otherOpening[shared], StringComparison.OrdinalIgnoreCase))
            shared++;
        // The product: a run of at least two shared words that both titles carry, one of them a name ("VMware ESXi",
        // "Google Chrome", "Linux kernel"). A vendor alone is no product ("D-Link DIR-859 routers" and "D-Link DNS-320
        // devices" are two), nor an agency opening its news ("CISA has added ..."). A name is capitalised past the
        // sentence's first word, or written like a name anywhere ("VMware", "iOS", "7-Zip").
        var titleWords = TitleWordsOf(chosen.Title);
        var otherTitleWords = TitleWordsOf(article.Title);
        List<string> run = [], product = [];
        var named = false;
        for (var at = 0; at <= shared; at++)
        {
            var word = at < shared ? opening[at] : null;
            if (word is not null && !Words.Function.Contains(word.ToLowerInvariant()) && titleWords.Contains(word) && otherTitleWords.Contains(word))
            {
                run.Add(word);
                named |= at > 0 ? word.Any(char.IsUpper) || word.Any(char.IsDigit) : LooksLikeAName(word);
                continue;
            }
            if (named && run.Count >= MinProductWords && run.Count > product.Count) product = run;
            (run, named) = ([], false);
        }
        return product.Count > 0 ? string.Join(' ', product) : null;
    }

    private const int MinProductWords = 2;

    private static List<string> Opening(string text)
        => [.. ProductWord().Matches(AdvisoryIds.Pattern().Replace(text.Length > 400 ? text[..400] : text, " ")).Take(OpeningWords).Select(m => m.Value)];

    private static HashSet<string> TitleWordsOf(string title)
        => ProductWord().Matches(AdvisoryIds.Pattern().Replace(title, " ")).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A first word that is a name by its own spelling: a capital or a digit past its first letter ("VMware", "iOS", "7-Zip").</summary>
    private static bool LooksLikeAName(string word) => word.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c)) || char.IsDigit(word[0]);
}
