using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// The stronger reference recipe, reproduced on our folds: the frozen encoder's body
/// embedding concatenated with tf-idf word and bigram features, and an L2-regularised logistic
/// regression per head (multinomial for relevance, content type and quality; binary with balanced
/// class weights for ads; C = 1 as scikit-learn's default). Fitted by full-batch gradient descent
/// with Adam steps until the loss settles: a convex problem, so the optimiser only changes how
/// fast it gets there.
/// </summary>
public sealed class TfidfLogistic
{
    private readonly TfidfVocabulary _vocabulary;
    private readonly Func<Article, float[]>? _dense;
    private readonly LinearHead _relevance, _type, _quality, _ad;

    private TfidfLogistic(TfidfVocabulary vocabulary, Func<Article, float[]>? dense, LinearHead relevance, LinearHead type, LinearHead quality, LinearHead ad)
        => (_vocabulary, _dense, _relevance, _type, _quality, _ad) = (vocabulary, dense, relevance, type, quality, ad);

    /// <summary>The body embedding alone (the recipe).</summary>
    public static Func<Article, float[]> Body(EmbeddingTable table) => a => table.Items[a.Id].Body;

    /// <summary>Title and body embeddings and the rules scorer's verdicts: what the heads read.</summary>
    public static Func<Article, float[]> HeadsInputs(EmbeddingTable table) => a => EncoderHeads.Compose(true, true, table.Items[a.Id].Title, table.Items[a.Id].Body, a);

    /// <param name="dense">The dense features to concatenate to the words, or null for the words alone.</param>
    public static TfidfLogistic Train(IReadOnlyList<LabeledItem> items, Func<Article, float[]>? dense, double c = 1.0, int iterations = 300)
    {
        var vocabulary = TfidfVocabulary.Fit(items.Select(i => i.Article));
        var x = items.Select(i => Features(vocabulary, dense, i.Article)).ToList();
        var types = ContentTypes.All.ToList();
        var adWeights = BalancedWeights(items.Select(i => i.IsAd ? 1 : 0).ToArray(), 2);
        return new TfidfLogistic(vocabulary, dense,
            Fit(x, items.Select(i => i.Relevance).ToArray(), HeadLayout.RelevanceClasses, vocabulary.Count, null, c, iterations),
            Fit(x, items.Select(i => types.IndexOf(i.ContentType)).ToArray(), types.Count, vocabulary.Count, null, c, iterations),
            Fit(x, items.Select(i => i.Quality - 1).ToArray(), HeadLayout.QualityClasses, vocabulary.Count, null, c, iterations),
            Fit(x, items.Select(i => i.IsAd ? 1 : 0).ToArray(), 2, vocabulary.Count, adWeights, c, iterations));
    }

    /// <summary>
    /// The word model the product ships: tf-idf words beside the heads' own input vector, a softmax
    /// regression each for relevance and quality.
    /// </summary>
    /// <param name="aloneShare">Above 0: also a regression each on the words alone (no dense inputs), taking this share of the probabilities.</param>
    public static WordModel TrainWordModel(IReadOnlyList<HeadsInput> inputs, double aloneShare = 0, double c = 1.0, int iterations = 300)
    {
        // The word model gives relevance and quality from one vocabulary, each regression learning from the items whose
        // labels speak for it (LabeledItem.Heads: a spent set given for some heads only); an item that speaks for neither
        // stays out, vocabulary included.
        inputs = inputs.Where(i => i.Item.Heads.Relevance || i.Item.Heads.Quality).ToList();
        var vocabulary = TfidfVocabulary.Fit(inputs.Select(i => i.Item.Article));
        var x = inputs.Select(i => (Words: vocabulary.Transform(i.Item.Article), i.Embedding)).ToList();
        var forRelevance = Enumerable.Range(0, inputs.Count).Where(n => inputs[n].Item.Heads.Relevance).ToList();
        var forQuality = Enumerable.Range(0, inputs.Count).Where(n => inputs[n].Item.Heads.Quality).ToList();
        var relevance = forRelevance.Select(n => inputs[n].Item.Relevance).ToArray();
        var relevanceWeights = forRelevance.Select(n => inputs[n].Item.RelevanceWeight).ToArray();
        var quality = forQuality.Select(n => inputs[n].Item.Quality - 1).ToArray();
        List<(SparseVector, float[])> Rows(List<int> subset, bool wordsOnly) => subset.Select(n => (x[n].Words, wordsOnly ? Array.Empty<float>() : x[n].Embedding)).ToList();
        LinearHead Relevance(bool wordsOnly) => Fit(Rows(forRelevance, wordsOnly), relevance, HeadLayout.RelevanceClasses, vocabulary.Count, null, c, iterations, relevanceWeights);
        LinearHead Quality(bool wordsOnly) => Fit(Rows(forQuality, wordsOnly), quality, HeadLayout.QualityClasses, vocabulary.Count, null, c, iterations);
        return aloneShare <= 0
            ? new WordModel(vocabulary, Relevance(false), Quality(false))
            : new WordModel(vocabulary, Relevance(false), Quality(false), Relevance(true), Quality(true), aloneShare);
    }

    /// <summary>Per-head class probabilities: relevance (4), content type, quality (5), ad (probability of the ad class).</summary>
    public (float[] Relevance, float[] Type, float[] Quality, float Ad) Predict(Article article)
    {
        var x = Features(_vocabulary, _dense, article);
        return (_relevance.Probabilities(x.Words, x.Embedding), _type.Probabilities(x.Words, x.Embedding), _quality.Probabilities(x.Words, x.Embedding), _ad.Probabilities(x.Words, x.Embedding)[1]);
    }

    public ArticleScore Score(Article article, string scorer)
    {
        var (relevance, type, quality, ad) = Predict(article);
        return HeadOutputs.ToScore(article.Id, relevance, quality, ad, ad >= 0.5, ContentTypes.All[Array.IndexOf(type, type.Max())], scorer, null);
    }

    /// <summary>Every head's probabilities in one vector (relevance, type, quality, ad): the inputs a stacked model reads.</summary>
    public float[] StackFeatures(Article article)
    {
        var (relevance, type, quality, ad) = Predict(article);
        return [.. relevance, .. type, .. quality, ad];
    }

    private static (SparseVector Words, float[] Embedding) Features(TfidfVocabulary vocabulary, Func<Article, float[]>? dense, Article article)
        => (vocabulary.Transform(article), dense is null ? [] : dense(article));

    private static float[] BalancedWeights(int[] labels, int classes)
        => Enumerable.Range(0, classes).Select(k => (float)(labels.Length / (double)(classes * Math.Max(1, labels.Count(l => l == k))))).ToArray();

    /// <summary>Fits a softmax regression over [tf-idf words, dense] minimising C * sum of (weighted) log losses + ||w||^2 / 2.</summary>
    /// <param name="itemWeights">Per item, a factor on its loss beside its class's (null: 1 each).</param>
    public static LinearHead Fit(List<(SparseVector Words, float[] Embedding)> x, int[] y, int classes, int words, float[]? classWeights, double c, int iterations, float[]? itemWeights = null)
    {
        var dense = x[0].Embedding.Length;
        var width = words + dense;
        var (w, b) = (new float[classes * width], new float[classes]);
        var head = new LinearHead(classes, words, dense, w, b);
        var gw = new float[w.Length];
        var gb = new float[classes];
        var (mw, vw, mb, vb) = (new float[w.Length], new float[w.Length], new float[classes], new float[classes]);
        const double rate = 0.05, beta1 = 0.9, beta2 = 0.999;
        for (var step = 1; step <= iterations; step++)
        {
            Array.Clear(gw);
            Array.Clear(gb);
            for (var n = 0; n < x.Count; n++)
            {
                var p = head.Probabilities(x[n].Words, x[n].Embedding);
                var weight = (classWeights?[y[n]] ?? 1f) * (itemWeights?[n] ?? 1f);
                for (var k = 0; k < classes; k++)
                {
                    var d = weight * (p[k] - (k == y[n] ? 1 : 0));
                    if (d == 0) continue;
                    gb[k] += d;
                    var row = k * width;
                    var (indices, values) = (x[n].Words.Indices, x[n].Words.Values);
                    for (var j = 0; j < indices.Length; j++) gw[row + indices[j]] += d * values[j];
                    var e = x[n].Embedding;
                    for (var j = 0; j < dense; j++) gw[row + words + j] += d * e[j];
                }
            }
            // The objective divided by C * n: mean loss + ||w||^2 / (2 C n).
            var scale = 1f / x.Count;
            var decay = (float)(1 / (c * x.Count));
            var correction1 = 1 - Math.Pow(beta1, step);
            var correction2 = 1 - Math.Pow(beta2, step);
            AdamStep(w, gw, mw, vw, scale, decay, rate, beta1, beta2, correction1, correction2);
            AdamStep(b, gb, mb, vb, scale, 0, rate, beta1, beta2, correction1, correction2);
        }
        return head;
    }

    private static void AdamStep(float[] p, float[] grad, float[] m, float[] v, float scale, float decay, double rate, double beta1, double beta2, double correction1, double correction2)
    {
        for (var i = 0; i < p.Length; i++)
        {
            var g = grad[i] * scale + decay * p[i];
            m[i] = (float)(beta1 * m[i] + (1 - beta1) * g);
            v[i] = (float)(beta2 * v[i] + (1 - beta2) * g * g);
            p[i] -= (float)(rate * (m[i] / correction1) / (Math.Sqrt(v[i] / correction2) + 1e-8));
        }
    }
}
