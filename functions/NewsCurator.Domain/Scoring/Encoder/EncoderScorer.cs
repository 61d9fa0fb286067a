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
    private readonly EncoderHeads _heads;
    private readonly ISentenceEncoder _encoder;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly EditorialAnchors _profile;
    private readonly IReadOnlyDictionary<string, double>? _profileBackground;
    private readonly EditorialAnchors _topics;
    private readonly AdListingMatcher _listings;
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
        _profileBackground = _profile.Count == 0 ? null : _profile.Backgrounds(NeutralReference.Texts, encoder, tokenizer);
        _topics = EditorialAnchors.Embed(TopicTaxonomy.Topics, encoder, tokenizer);
        _listings = new AdListingMatcher(ads?.Listings ?? [], encoder, tokenizer);
    }

    public string Name => $"minilm-{_heads.Header.ModelVersion}";

    public string Runtime => _encoder.Runtime;

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default)
    {
        if (articles.Count == 0) return [];
        // Tokenizing and the heads are per-article CPU work that a GPU encoder outruns on one core: spread over the cores, in order.
        var inputs = articles.AsParallel().AsOrdered().Select(a => _heads.Header.Text.Inputs(_tokenizer, a)).ToList();
        var bodies = _encoder.Embed(inputs.Select(i => i.Body).ToList(), ct);
        var titles = _heads.Header.UseTitle ? _encoder.Embed(inputs.Select(i => i.Title).ToList(), ct) : bodies;
        var scores = new ArticleScore[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var body = bodies[i].General;
            var score = _heads.Score(articles[i].Id, _heads.Input(titles[i].Scoring, bodies[i].Scoring, articles[i]), articles[i], Name, body) with
            {
                Profile = _profile.Count == 0 ? null : _profile.Similarities(body),
                ProfileBackground = _profileBackground,
                // Every topic, not only the top few: Enhance may fill from the best topic's field (TopicTaxonomy.Choose).
                Topics = TopicTaxonomy.Ranked(_topics.Similarities(body)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            };
            scores[i] = _listings.Match(titles[i].General, body, articles[i].Title, articles[i].Text) is { } listing
                ? score with { IsAdvertisement = true, AdListing = listing, Reasons = [.. score.Reasons, listing] }
                : score;
        });
        return scores;
    }

    public void Dispose()
    {
        if (_ownsEncoder) _encoder.Dispose();
    }
}
