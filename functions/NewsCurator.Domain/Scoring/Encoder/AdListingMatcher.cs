using NewsCurator.Configuration;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The configured kinds of classified ad (<see cref="AdsConfig.Listings"/>), embedded once: an
/// article's similarity to a kind is the best cosine of its title (unless short) or body to one of the
/// kind's phrases, and it is that kind of ad from the kind's min_similarity on, where its text offers a unit at a price.
/// </summary>
public sealed class AdListingMatcher
{
    private readonly EditorialAnchors _anchors;
    private readonly Dictionary<string, double> _thresholds;

    public AdListingMatcher(IReadOnlyList<AdListing> listings, ISentenceEncoder encoder, WordPieceTokenizer tokenizer)
    {
        _anchors = EditorialAnchors.Embed(listings.Select(l => (l.Name, l.Phrases)), encoder, tokenizer);
        _thresholds = listings.ToDictionary(l => l.Name, l => l.MinSimilarity, StringComparer.Ordinal);
    }

    public int Count => _anchors.Count;

    /// <summary>
    /// A title of fewer words says too little to be read as a listing on its own: "Open House" (an office
    /// party) sat at cosine 0.59 to "house for sale", twice the housing threshold. Listings' titles are long
    /// ("Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd": every labelled housing
    /// ad's has 7 words or more), and a short one's body still speaks.
    /// </summary>
    public const int MinTitleWords = 4;

    /// <summary>Each kind's similarity: the better of the title's (when it has <see cref="MinTitleWords"/>) and the body's (pretrained embeddings).</summary>
    public Dictionary<string, double> Similarities(float[] title, float[] body, string titleText)
    {
        var bodies = _anchors.Similarities(body);
        if (titleText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinTitleWords) return bodies;
        var fromTitle = _anchors.Similarities(title);
        return bodies.ToDictionary(p => p.Key, p => Math.Max(p.Value, fromTitle[p.Key]), StringComparer.Ordinal);
    }

    /// <summary>
    /// Why the article is an ad: the kind it reaches by the widest margin, with its cosine; null when it reaches none, or when
    /// its text offers no unit at a price (<see cref="ListingEvidence"/>: news of a kind's subject reads like it too).
    /// </summary>
    public string? Match(float[] title, float[] body, string titleText, string text)
    {
        if (Count == 0 || !ListingEvidence.Offers(titleText, text)) return null;
        return Similarities(title, body, titleText)
            .Where(p => p.Value >= _thresholds[p.Key])
            .OrderByDescending(p => p.Value - _thresholds[p.Key])
            .Select(p => $"reads like a {p.Key} ad: cosine {p.Value:0.00} to its phrases in ads.listings, at or above its min_similarity {_thresholds[p.Key]:0.00}")
            .FirstOrDefault();
    }
}
