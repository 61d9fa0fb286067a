using NewsCurator.Model;

namespace NewsCurator.Scoring.Encoder;

public sealed record SparseVector(int[] Indices, float[] Values);

/// <summary>
/// Word unigram and bigram tf-idf over title, body (first 4,000 characters) and feed name:
/// sublinear term frequency, smoothed idf, each vector scaled to unit length (scikit-learn's
/// TfidfVectorizer with ngram_range=(1, 2), sublinear_tf=True). The vocabulary is the terms seen in
/// at least two training documents; a term it lacks is simply not counted.
/// </summary>
public sealed class TfidfVocabulary
{
    private const int BodyCharacters = 4000;
    private readonly Dictionary<string, int> _index;

    public TfidfVocabulary(IReadOnlyList<string> terms, float[] idf)
    {
        if (terms.Count != idf.Length) throw new InvalidDataException($"the vocabulary has {terms.Count} terms but {idf.Length} idf weights");
        Terms = terms;
        Idf = idf;
        _index = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++) _index[terms[i]] = i;
    }

    public IReadOnlyList<string> Terms { get; }
    public float[] Idf { get; }
    public int Count => Idf.Length;

    public static TfidfVocabulary Fit(IEnumerable<Article> articles, int minDocuments = 2)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        foreach (var article in articles)
        {
            documents++;
            foreach (var term in new HashSet<string>(TermsOf(article), StringComparer.Ordinal))
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        var kept = documentFrequency.Where(p => p.Value >= minDocuments).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        return new TfidfVocabulary(kept.Select(p => p.Key).ToList(),
            kept.Select(p => (float)(Math.Log((1.0 + documents) / (1.0 + p.Value)) + 1)).ToArray());
    }

    public SparseVector Transform(Article article)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in TermsOf(article))
            if (_index.TryGetValue(term, out var i)) counts[i] = counts.GetValueOrDefault(i) + 1;
        var indices = counts.Keys.Order().ToArray();
        var values = new float[indices.Length];
        double squares = 0;
        for (var k = 0; k < indices.Length; k++)
        {
            values[k] = (float)((1 + Math.Log(counts[indices[k]])) * Idf[indices[k]]);
            squares += (double)values[k] * values[k];
        }
        if (squares > 0)
        {
            var norm = (float)Math.Sqrt(squares);
            for (var k = 0; k < values.Length; k++) values[k] /= norm;
        }
        return new SparseVector(indices, values);
    }

    private static IEnumerable<string> TermsOf(Article article)
    {
        // As the model was trained: the words without quote marks (HtmlText.QuoteMarker).
        var text = HtmlText.WithoutQuoteMarkers(article.Text.Length > BodyCharacters + 1_000 ? article.Text[..(BodyCharacters + 1_000)] : article.Text);
        text = text.Length > BodyCharacters ? text[..BodyCharacters] : text;
        var words = Words.Tokenize(article.Title + " " + text);
        for (var i = 0; i < words.Count; i++)
        {
            yield return words[i];
            if (i + 1 < words.Count) yield return words[i] + " " + words[i + 1];
        }
        if (article.FeedTitle is not null) foreach (var w in Words.Tokenize(article.FeedTitle)) yield return "feed:" + w;
    }
}

/// <summary>A softmax regression over [tf-idf words, a dense vector]: weights [classes, words + dense], sparse part first.</summary>
public sealed class LinearHead
{
    public LinearHead(int classes, int words, int dense, float[] weights, float[] bias)
    {
        if (weights.Length != classes * (words + dense) || bias.Length != classes)
            throw new InvalidDataException($"a linear head of {classes} classes over {words} words and {dense} dense inputs needs {classes * (words + dense)} weights, got {weights.Length}");
        (Classes, WordCount, Dense, Weights, Bias) = (classes, words, dense, weights, bias);
    }

    public int Classes { get; }
    public int WordCount { get; }
    public int Dense { get; }
    public float[] Weights { get; }
    public float[] Bias { get; }
    private int Width => WordCount + Dense;

    public float[] Logits(SparseVector words, ReadOnlySpan<float> dense)
    {
        if (dense.Length != Dense) throw new ArgumentException($"expected {Dense} dense inputs, got {dense.Length}", nameof(dense));
        var logits = new float[Classes];
        for (var k = 0; k < Classes; k++)
        {
            var row = Weights.AsSpan(k * Width, Width);
            double z = Bias[k];
            for (var j = 0; j < words.Indices.Length; j++) z += row[words.Indices[j]] * words.Values[j];
            var denseRow = row[WordCount..];
            for (var j = 0; j < dense.Length; j++) z += denseRow[j] * dense[j];
            logits[k] = (float)z;
        }
        return logits;
    }

    public float[] Probabilities(SparseVector words, ReadOnlySpan<float> dense) => NewsCurator.Scoring.Model.DenseMath.Softmax(Logits(words, dense));
}

/// <summary>
/// The linear word model beside the heads: tf-idf words with the heads' own input vector, a softmax
/// regression each for relevance and quality. Measured by grouped cross-validation by feed
/// (batch-gpu/model/EXPERIMENTS.md), it ranks unseen feeds better than the hidden-layer heads, whose
/// content-type and ad outputs stay. Where the file has them, a second pair of regressions on the words
/// alone (<paramref name="RelevanceAlone"/>, <paramref name="QualityAlone"/>) takes <paramref name="AloneShare"/>
/// of the probabilities: the words without the embedding order kinds of feed the labels lack better for an
/// editor (EXPERIMENTS.md, "Words alone beside the word model").
/// </summary>
public sealed record WordModel(TfidfVocabulary Vocabulary, LinearHead Relevance, LinearHead Quality,
    LinearHead? RelevanceAlone = null, LinearHead? QualityAlone = null, double AloneShare = 0)
{
    public (float[] Relevance, float[] Quality) Predict(Article article, ReadOnlySpan<float> headsInput)
    {
        var words = Vocabulary.Transform(article);
        var (relevance, quality) = (Relevance.Probabilities(words, headsInput), Quality.Probabilities(words, headsInput));
        if (RelevanceAlone is null || QualityAlone is null || AloneShare <= 0) return (relevance, quality);
        return (HeadsDecoder.Mix(relevance, RelevanceAlone.Probabilities(words, []), AloneShare), HeadsDecoder.Mix(quality, QualityAlone.Probabilities(words, []), AloneShare));
    }

    /// <summary>The model's relevance and quality for the decoder, with the share they have of the final ones.</summary>
    public WordVotes Vote(Article article, ReadOnlySpan<float> headsInput, double share)
    {
        var (relevance, quality) = Predict(article, headsInput);
        return new WordVotes(relevance, quality, share);
    }
}
