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
        var tags = articles.Select(a => LeadingTag().Match(a.Title)).ToList();
        if (tags.Count(m => m.Success) < articles.Count * MinShare) return articles;
        return [.. articles.Select((a, i) => tags[i] is { Success: true } m && !TellsWhatItIs().IsMatch(m.Groups["tag"].Value)
                                             && m.Groups["rest"].Value.Count(char.IsLetter) >= MinLettersLeft
            ? a with { Title = m.Groups["rest"].Value.Trim() }
            : a)];
    }

    /// <summary>
    /// The same mixer's credit before every text: "Hoover Institution: Artificial intelligence could become ...", "The
    /// Hindu: The court made ..." (twenty-first held-out review, F6: the label stood before the teaser's first sentence,
    /// which the summary checker then read as a list's entry). Where most texts of a feed open with a name of a few
    /// capitalised words and a colon, and the names differ (one name on every item is the feed's own, which the
    /// boilerplate rule reads), the name goes from the text and the description.
    /// </summary>
    public static List<Article> StripSourceLabels(List<Article> articles)
    {
        if (articles.Count < MinItems) return articles;
        var labels = articles.Select(a => SourceLabel().Match(a.Text)).ToList();
        if (labels.Count(m => m.Success) < articles.Count * MinShare || labels.Where(m => m.Success).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).Count() < 2)
            return articles;
        return [.. articles.Select((a, i) => labels[i] is { Success: true } m
            ? a with { Text = a.Text[m.Length..], Description = a.Description is { } d && d.StartsWith(m.Value, StringComparison.Ordinal) ? d[m.Length..] : a.Description }
            : a)];
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*| (?:of|the|de|la|for|and)){0,5}):(?:[ \t]*\n?[ \t]*(?=\p{Lu}|[“""'‘])|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLabel();

    /// <summary>
    /// A publisher's call for attention before one headline: "【Important Notice】Enable support for ...", "[Important] New
    /// analytics API ...". It recurs on too few of a feed's titles for <see cref="Strip"/>, and tells the reader nothing
    /// the headline does not (held-out review 75, F8). Only such words, alone in their brackets, go: a label that says what
    /// the item is ("[Update]", "[Breaking]", "[Security]") stays, as does a headline that would be left too short.
    /// </summary>
    public static List<Article> StripUrgencyLabels(List<Article> articles)
        => [.. articles.Select(a => UrgencyLabel().Match(a.Title) is { Success: true } m && m.Groups["rest"].Value.Count(char.IsLetter) >= MinLettersLeft
            ? a with { Title = m.Groups["rest"].Value.Trim() }
            : a)];

    [GeneratedRegex(@"^\s*[\[【［〔(（]\s*(?:very\s+)?(?:important|urgent|attention|reminder|please\s+(?:note|read))(?:\s+(?:notice|note|announcement|information|info|update))?\s*[!！]?\s*[\]】］〕)）]\s*[:：\-–—]?\s*(?<rest>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UrgencyLabel();

    /// <summary>A headline left shorter than this is no headline ("[Policy] AI").</summary>
    private const int MinLettersLeft = 6;
}
