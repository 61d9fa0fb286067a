using NewsCurator.Configuration;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The configured kinds of classified ad (<see cref="AdsConfig.Listings"/>), embedded once: an
/// article's similarity to a kind is the best cosine of its title or body to one of the kind's
/// phrases, and it is that kind of ad from the kind's min_similarity on.
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

    /// <summary>Each kind's similarity: the better of the title's and the body's (pretrained embeddings).</summary>
    public Dictionary<string, double> Similarities(float[] title, float[] body)
    {
        var fromTitle = _anchors.Similarities(title);
        return _anchors.Similarities(body).ToDictionary(p => p.Key, p => Math.Max(p.Value, fromTitle[p.Key]), StringComparer.Ordinal);
    }

    /// <summary>Why the article is an ad: the kind it reaches by the widest margin, with its cosine; null when it reaches none.</summary>
    public string? Match(float[] title, float[] body)
    {
        if (Count == 0) return null;
        return Similarities(title, body)
            .Where(p => p.Value >= _thresholds[p.Key])
            .OrderByDescending(p => p.Value - _thresholds[p.Key])
            .Select(p => $"reads like a {p.Key} ad: cosine {p.Value:0.00} to its phrases in ads.listings, at or above its min_similarity {_thresholds[p.Key]:0.00}")
            .FirstOrDefault();
    }
}
