using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// An aggregator's category label before every headline: "[Policy / Think Tank] Should We Regulate AI?", "[International
/// (Europe, LatAm, Africa, Asia)] Frequent power outages ..." (twenty-first held-out review, F6: a combined digest's
/// labels reached the newsletter). A mixer feed files each item under a section of its own making; the reader learns
/// nothing from it. Found per feed: where most titles (<see cref="MinShare"/>) of a feed of <see cref="MinItems"/> or
/// more open with a bracketed tag, the tag goes. Tags that tell a reader or the ad rules what the item is stay
/// ("[Sponsor]", "[Video]", "[PDF]", "[Hiring]", "[Webinar]", "[PATCH v3 2/7]"), as do titles that would be left with too little.
/// </summary>
public static partial class FeedCategoryTags
{
    private const int MinItems = 3;

    /// <summary>Four in five of a feed's titles: a tag on a few items is that item's own ("[Update] ...").</summary>
    private const double MinShare = 0.8;

    [GeneratedRegex(@"^\s*\[(?<tag>[^\[\]\n]{2,80})\]\s*(?<rest>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingTag();

    [GeneratedRegex(@"\b(?:sponsor\w*|ads?|advert\w*|partner\w*|promo\w*|paid|hiring|jobs?|video|audio|podcast|episode|pdf|live|breaking|webinar|events?|tutorial|release|opinion|whitepaper|case\s+study|patch|rfc|announce\w*|security|cve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TellsWhatItIs();

    /// <summary>The feed's articles with their category tags gone from their titles; the same list where the feed has none.</summary>
    public static List<Article> Strip(List<Article> articles)
    {
        if (articles.Count < MinItems) return articles;
        var tagged = articles.Count(a => LeadingTag().IsMatch(a.Title));
        if (tagged < articles.Count * MinShare) return articles;
        return [.. articles.Select(a => LeadingTag().Match(a.Title) is { Success: true } m && !TellsWhatItIs().IsMatch(m.Groups["tag"].Value)
                                        && m.Groups["rest"].Value.Count(char.IsLetter) >= MinLettersLeft
            ? a with { Title = m.Groups["rest"].Value.Trim() }
            : a)];
    }

    /// <summary>A headline left shorter than this is no headline ("[Policy] AI").</summary>
    private const int MinLettersLeft = 6;
}
