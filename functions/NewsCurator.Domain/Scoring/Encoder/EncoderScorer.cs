using NewsCurator.Configuration;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The scorer behind the product: the pretrained sentence encoder (ONNX Runtime on a CPU, TorchSharp
/// on a GPU) reads each article's title and body, the trained heads (<see cref="EncoderHeads"/>)
/// turn the embeddings (through the encoder's fine-tuned top layers where the heads have them) into
/// relevance, quality, content type and a calibrated ad probability, and the pretrained embedding is
/// compared with the editorial profile and the topic taxonomy, and travels on for story clusters. Select and
/// Enhance read those similarities, so only this stage needs the encoder.
/// </summary>
public sealed class EncoderScorer : IArticleScorer, IDisposable
{
    private const int TopicsKept = 6;
    private readonly EncoderHeads _heads;
    private readonly ISentenceEncoder _encoder;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly EditorialAnchors _profile;
    private readonly EditorialAnchors _topics;
    private readonly EditorialAnchors _listings;
    private readonly Dictionary<string, double> _listingThresholds;
    private readonly bool _ownsEncoder;

    /// <param name="ads">Its <see cref="AdsConfig.Listings"/>: kinds of classified ad recognised by similarity; null: none.</param>
    public EncoderScorer(EncoderHeads heads, ISentenceEncoder encoder, WordPieceTokenizer tokenizer, ProfileConfig profile, bool ownsEncoder = true, AdsConfig? ads = null)
    {
        // Heads trained through tuned top layers read garbage through the pretrained ones, and the reverse.
        if (encoder.TunedTop != heads.Top?.Id)
            throw new ArgumentException(heads.Top is null
                ? "the encoder carries tuned top layers but these heads were trained on the pretrained encoder; build the encoder without them"
                : $"these heads read the encoder through their own {heads.Top.Layers} fine-tuned top layer(s) ({heads.Top.Id}), the encoder carries {encoder.TunedTop ?? "none"}; build it with heads.EncoderGraph", nameof(encoder));
        _heads = heads;
        _encoder = encoder;
        _tokenizer = tokenizer;
        _ownsEncoder = ownsEncoder;
        _profile = EditorialAnchors.Embed(EditorialAnchors.Groups(profile), encoder, tokenizer);
        _topics = EditorialAnchors.Embed(TopicTaxonomy.Topics, encoder, tokenizer);
        var listings = ads?.Listings ?? [];
        _listings = EditorialAnchors.Embed(listings.Select(l => (l.Name, l.Phrases)), encoder, tokenizer);
        _listingThresholds = listings.ToDictionary(l => l.Name, l => l.MinSimilarity, StringComparer.Ordinal);
    }

    public string Name => $"minilm-{_heads.Header.ModelVersion}";

    public string Runtime => _encoder.Runtime;

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default)
    {
        if (articles.Count == 0) return [];
        var inputs = articles.Select(a => _heads.Header.Text.Inputs(_tokenizer, a)).ToList();
        var bodies = _encoder.Embed(inputs.Select(i => i.Body).ToList(), ct);
        var titles = _heads.Header.UseTitle ? _encoder.Embed(inputs.Select(i => i.Title).ToList(), ct) : bodies;
        var scores = new ArticleScore[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            var body = bodies[i].General;
            var score = _heads.Score(articles[i].Id, _heads.Input(titles[i].Scoring, bodies[i].Scoring, articles[i]), articles[i], Name, body) with
            {
                Profile = _profile.Count == 0 ? null : _profile.Similarities(body),
                Topics = _topics.Similarities(body).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Take(TopicsKept).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            };
            scores[i] = Listing(titles[i].General, body) is { } listing
                ? score with { IsAdvertisement = true, AdListing = listing, Reasons = [.. score.Reasons, listing] }
                : score;
        }
        return scores;
    }

    /// <summary>The configured kind of classified ad the title or body reads most like, when one reaches its threshold.</summary>
    private string? Listing(float[] title, float[] body)
    {
        if (_listings.Count == 0) return null;
        var titleSimilarity = _listings.Similarities(title);
        return _listings.Similarities(body)
            .Select(p => (Kind: p.Key, Similarity: Math.Max(p.Value, titleSimilarity[p.Key])))
            .Where(p => p.Similarity >= _listingThresholds[p.Kind])
            .OrderByDescending(p => p.Similarity - _listingThresholds[p.Kind])
            .Select(p => $"reads like a {p.Kind} ad: cosine {p.Similarity:0.00} to its phrases in ads.listings, at or above its min_similarity {_listingThresholds[p.Kind]:0.00}")
            .FirstOrDefault();
    }

    public void Dispose()
    {
        if (_ownsEncoder) _encoder.Dispose();
    }
}
