using NewsCurator.Configuration;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The scorer behind the product: the pretrained sentence encoder (ONNX Runtime on a CPU, TorchSharp
/// on a GPU) reads each article's title and body, the trained heads (<see cref="EncoderHeads"/>)
/// turn the embeddings into relevance, quality, content type and a calibrated ad probability, and
/// the same embedding is compared with the editorial profile and the topic taxonomy. Select and
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
    private readonly bool _ownsEncoder;

    public EncoderScorer(EncoderHeads heads, ISentenceEncoder encoder, WordPieceTokenizer tokenizer, ProfileConfig profile, bool ownsEncoder = true)
    {
        _heads = heads;
        _encoder = encoder;
        _tokenizer = tokenizer;
        _ownsEncoder = ownsEncoder;
        _profile = EditorialAnchors.Embed(EditorialAnchors.Groups(profile), encoder, tokenizer);
        _topics = EditorialAnchors.Embed(TopicTaxonomy.Topics, encoder, tokenizer);
    }

    public string Name => $"minilm-{_heads.Header.ModelVersion}";

    public string Runtime => _encoder.Runtime;

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default)
    {
        if (articles.Count == 0) return [];
        var inputs = articles.Select(a => _heads.Header.Text.Inputs(_tokenizer, a)).ToList();
        var bodies = _encoder.Encode(inputs.Select(i => i.Body).ToList(), ct);
        var titles = _heads.Header.UseTitle ? _encoder.Encode(inputs.Select(i => i.Title).ToList(), ct) : bodies;
        var scores = new ArticleScore[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            scores[i] = _heads.Score(articles[i].Id, _heads.Input(titles[i], bodies[i], articles[i]), articles[i], Name, bodies[i]) with
            {
                Profile = _profile.Count == 0 ? null : _profile.Similarities(bodies[i]),
                Topics = _topics.Similarities(bodies[i]).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Take(TopicsKept).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            };
        }
        return scores;
    }

    public void Dispose()
    {
        if (_ownsEncoder) _encoder.Dispose();
    }
}
