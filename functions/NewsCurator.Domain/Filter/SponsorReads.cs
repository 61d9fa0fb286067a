using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// The sponsor reads in an episode's own notes: "20% off their entire order by using code TUESDAYS at http://...",
/// "Get Huel today with our exclusive offer of 15% off online with code TUESDAYS15", "This episode is brought to you by
/// Acme". They sell the sponsors, not the episode, yet they were counted as its words: a comedy channel's two episodes,
/// one or two sentences of banter each, passed content.min_length on their sponsor lines and read as programming on
/// "code TUESDAYS" (fifty-fourth held-out review, F3). Removed before the length floor and the scorer read the notes,
/// sentence by sentence so an episode's own sentence on the same line stays. Only for an episode whose notes are its
/// publisher's (<see cref="ContentRules.IsOwnEpisode"/>): an article's "sponsored by" is a bill's sponsor or news of a deal.
/// </summary>
public static partial class SponsorReads
{
    /// <summary>The article without its notes' sponsor reads, or the article itself where it is no own episode or has none.</summary>
    public static Article Removed(Article article)
    {
        // A text that is no read as a whole holds no sentence that is one.
        if (!IsRead(article.Text) || !ContentRules.IsOwnEpisode(article)) return article;
        var lines = article.Text.Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            if (!IsRead(line)) { kept.Add(line); continue; }
            var own = string.Join(' ', SentenceSplitter.Split(line).Where(s => !IsRead(s))).Trim();
            // What is left of a bullet is its marker alone: the line goes.
            if (own.TrimStart('-', '*', '\u2022', '\u2013', ' ').Length > 0) kept.Add(own);
        }
        var text = string.Join('\n', kept).Trim();
        // Notes that are all sponsor copy are the item: it stays as written, for the ad rules to read.
        return text.Any(char.IsLetter) ? article with { Text = text } : article;
    }

    /// <summary>
    /// A sentence is a sponsor read on one strong sign, or on <see cref="WeakSigns"/> weak ones: a news show's own "shares
    /// closed 15% off their high", "the bill, sponsored by Senator ..." and "a linker that shaves 40% off build times" carry
    /// one weak sign each (review of session 37, R9; hostile-input audit 43, H3).
    /// </summary>
    private static bool IsRead(string sentence) => Strong().IsMatch(sentence) || Weak().Count(sentence) >= WeakSigns;

    private const int WeakSigns = 2;

    /// <summary>
    /// A sponsor read's own words: a promotion code (its code in capitals: "use code TUESDAYS", "Enter promo code ATP"), or
    /// the show's credit to its sponsor ("this episode is brought to you by", "thanks to our sponsors").
    /// </summary>
    [GeneratedRegex(@"\b(?i:use|using|with|w/|enter|apply|promo|coupon|discount|offer)\s+(?:(?i:my|our|the|promo|coupon|discount|offer)\s+)?(?i:code)\s+[""\u201c']?[A-Z0-9][A-Z0-9-]{2,}\b" +
        @"|(?i:\b(?:this|today['\u2019]s|this\s+week['\u2019]s)\s+(?:episode|show|video|podcast|stream)\s+is\s+(?:sponsored|brought\s+to\s+you|supported|presented)\s+by\b|\bbrought\s+to\s+you\s+by\b|\bthanks\s+to\s+(?:our|today['\u2019]s|this\s+week['\u2019]s)\s+sponsors?\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    /// <summary>Signs a sponsor read shares with prose: a discount ("15% off", "free shipping", "first month free", "exclusive offer"), a credit ("sponsored by", "our sponsor"), a vanity address ("go to quince.com/TUESDAYS").</summary>
    [GeneratedRegex(@"\b\d{1,2}\s?%\s+off\b|\bfree\s+(?:shipping|trial)\b|\bfirst\s+(?:month|box|order)\s+(?:is\s+)?free\b|\bexclusive\s+(?:offer|discount|deal)\b|\bsponsored\s+by\b|\bour\s+sponsors?\b" +
        @"|\b(?:go|head)\s+to\s+(?:https?://)?(?:www\.)?[\w-]+\.[a-z]{2,}/\w+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weak();
}
