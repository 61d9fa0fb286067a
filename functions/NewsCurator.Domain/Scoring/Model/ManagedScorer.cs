using NewsCurator.Model;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// The trained model evaluated in plain C#: the hashed bag is a mean of embedding rows and the
/// rest is two small matrix products, so the CPU path (the Score Lambda, the local runner) needs
/// no 500 MB libtorch. Same file, same weights and the same numbers as the TorchSharp scorer on
/// the GPU (tests hold them to a tolerance).
/// </summary>
public sealed class ManagedScorer : IArticleScorer
{
    private readonly ModelHeader _header;
    private readonly HashedFeatures _features;
    private readonly float[] _bag, _hiddenW, _hiddenB, _relW, _relB, _typeW, _typeB, _adW, _adB, _qW, _qB;
    private readonly int _dim, _hidden;

    public ManagedScorer(ModelHeader header, IReadOnlyDictionary<string, float[]> weights)
    {
        _header = header;
        _features = new HashedFeatures(header.Shape.Buckets, header.MaxBodyTokens);
        _dim = header.Shape.Dim;
        _hidden = header.Shape.Hidden;
        float[] W(string name) => weights.TryGetValue(name, out var w) ? w : throw new InvalidDataException($"model is missing parameter {name}");
        (_bag, _hiddenW, _hiddenB) = (W("_bag.weight"), W("_hidden.weight"), W("_hidden.bias"));
        (_relW, _relB, _typeW, _typeB) = (W("_relevance.weight"), W("_relevance.bias"), W("_type.weight"), W("_type.bias"));
        (_adW, _adB, _qW, _qB) = (W("_ad.weight"), W("_ad.bias"), W("_quality.weight"), W("_quality.bias"));
    }

    public static ManagedScorer Load(string path)
    {
        var (header, weights) = ModelFileReader.Read(path);
        return new ManagedScorer(header, weights);
    }

    public ModelHeader Header => _header;

    public string Name => $"neural-{_header.ModelVersion}";

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default)
    {
        var scores = new ArticleScore[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = ct }, i => scores[i] = ScoreOne(articles[i]));
        return scores;
    }

    public ArticleScore ScoreOne(Article article)
    {
        var (pooled, relevance, type, adLogit, quality) = Forward(article);
        return HeadOutputs.ToScore(article.Id, relevance, quality, 1 / (1 + Math.Exp(-adLogit)), ArgMax(type), _header, Normalize(pooled));
    }

    private (float[] Pooled, float[] Relevance, float[] Type, double AdLogit, float[] Quality) Forward(Article article)
    {
        var features = _features.Featurize(article.Title, article.Text, article.FeedTitle);
        var pooled = new float[_dim];
        foreach (var f in features)
        {
            var row = (int)f * _dim;
            for (var d = 0; d < _dim; d++) pooled[d] += _bag[row + d];
        }
        for (var d = 0; d < _dim; d++) pooled[d] /= features.Length;
        var h = DenseMath.Linear(pooled, _hiddenW, _hiddenB, _hidden);
        for (var i = 0; i < h.Length; i++) h[i] = Math.Max(0, h[i]);
        return (pooled, DenseMath.Softmax(DenseMath.Linear(h, _relW, _relB, ModelShape.RelevanceClasses)), DenseMath.Linear(h, _typeW, _typeB, _header.ContentTypes.Count),
            DenseMath.Linear(h, _adW, _adB, 1)[0], DenseMath.Softmax(DenseMath.Linear(h, _qW, _qB, ModelShape.QualityClasses)));
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    private static float[] Normalize(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }
}
