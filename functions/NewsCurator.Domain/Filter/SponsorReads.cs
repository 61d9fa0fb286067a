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
        if (!Read().IsMatch(article.Text) || !ContentRules.IsOwnEpisode(article)) return article;
        var lines = article.Text.Split('\n');
        var kept = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            if (!Read().IsMatch(line)) { kept.Add(line); continue; }
            var own = string.Join(' ', SentenceEnd().Split(line).Where(s => !Read().IsMatch(s))).Trim();
            // What is left of a bullet is its marker alone: the line goes.
            if (own.TrimStart('-', '*', '•', '–', ' ').Length > 0) kept.Add(own);
        }
        var text = string.Join('\n', kept).Trim();
        // Notes that are all sponsor copy are the item: it stays as written, for the ad rules to read.
        return text.Any(char.IsLetter) ? article with { Text = text } : article;
    }

    /// <summary>Where a sentence ends within a line: after its stop and before the next one's first letter.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d""“(])")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The signs of a sponsor read: a promotion code (its code in capitals: "code TUESDAYS", "promo code ATP"), a
    /// discount ("15% off", "free shipping", "first month free", "exclusive offer"), or a sponsor's credit ("sponsored
    /// by", "brought to you by", "thanks to our sponsor").
    /// </summary>
    [GeneratedRegex(@"\b(?:use|using|with|w/|enter|apply|promo|coupon|discount|offer)\s+(?:(?:my|our|the|promo|coupon|discount|offer)\s+)?code\s+[""“']?[A-Z0-9][A-Z0-9-]{2,}\b|(?i:\b\d{1,2}\s?%\s+off\b|\bfree\s+shipping\b|\bfirst\s+(?:month|box|order)\s+(?:is\s+)?free\b|\bexclusive\s+(?:offer|discount|deal)\b|\b(?:sponsored|brought\s+to\s+you)\s+by\b|\bthanks\s+to\s+(?:our|today['’]s|this\s+week['’]s)\s+sponsors?\b|\bour\s+sponsors?\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Read();
}
