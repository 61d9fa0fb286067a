using NewsCurator.Model;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// The baseline every learned scorer must beat: multinomial naive Bayes on the words of title and
/// text (Laplace smoothing), one classifier per head.
/// </summary>
public sealed class NaiveBayes
{
    private readonly Classifier _relevance, _type, _ad, _quality;

    private NaiveBayes(Classifier relevance, Classifier type, Classifier ad, Classifier quality)
        => (_relevance, _type, _ad, _quality) = (relevance, type, ad, quality);

    public static NaiveBayes Train(IReadOnlyList<LabeledItem> items)
    {
        var docs = items.Select(i => Words(i.Article)).ToList();
        var types = ContentTypes.All.ToList();
        return new NaiveBayes(
            Classifier.Fit(docs, items.Select(i => i.Relevance).ToList(), 4),
            Classifier.Fit(docs, items.Select(i => types.IndexOf(i.ContentType)).ToList(), types.Count),
            Classifier.Fit(docs, items.Select(i => i.IsAd ? 1 : 0).ToList(), 2),
            Classifier.Fit(docs, items.Select(i => i.Quality - 1).ToList(), 5));
    }

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles) => articles.Select(a =>
    {
        var words = Words(a);
        var relevance = _relevance.Posterior(words);
        var quality = _quality.Posterior(words);
        var type = _type.Posterior(words);
        var ad = _ad.Posterior(words)[1];
        var best = Array.IndexOf(type, type.Max());
        return HeadOutputs.ToScore(a.Id, relevance, quality, ad, ad >= 0.5, ContentTypes.All[best], "naive-bayes", null);
    }).ToList();

    private static List<string> Words(Article a)
    {
        var words = NewsCurator.Words.Tokenize(a.Title + " " + (a.Text.Length > 4000 ? a.Text[..4000] : a.Text));
        if (a.FeedTitle is not null) words.AddRange(NewsCurator.Words.Tokenize(a.FeedTitle).Select(w => "f:" + w));
        return words;
    }

    private sealed class Classifier
    {
        private double[] _logPrior = [];
        private Dictionary<string, double[]> _logLikelihood = [];
        private double[] _unseen = [];

        public static Classifier Fit(IReadOnlyList<List<string>> docs, IReadOnlyList<int> labels, int classes)
        {
            var counts = new Dictionary<string, double[]>(StringComparer.Ordinal);
            var totals = new double[classes];
            var prior = new double[classes];
            for (var d = 0; d < docs.Count; d++)
            {
                prior[labels[d]]++;
                foreach (var w in docs[d])
                {
                    if (!counts.TryGetValue(w, out var c)) counts[w] = c = new double[classes];
                    c[labels[d]]++;
                    totals[labels[d]]++;
                }
            }
            var v = counts.Count;
            return new Classifier
            {
                _logPrior = prior.Select(p => Math.Log((p + 1) / (docs.Count + classes))).ToArray(),
                _logLikelihood = counts.ToDictionary(p => p.Key, p => p.Value.Select((c, k) => Math.Log((c + 1) / (totals[k] + v))).ToArray(), StringComparer.Ordinal),
                _unseen = totals.Select(t => Math.Log(1 / (t + v))).ToArray(),
            };
        }

        public float[] Posterior(List<string> words)
        {
            var log = (double[])_logPrior.Clone();
            foreach (var w in words)
            {
                var l = _logLikelihood.GetValueOrDefault(w, _unseen);
                for (var k = 0; k < log.Length; k++) log[k] += l[k];
            }
            var max = log.Max();
            var exp = log.Select(x => Math.Exp(x - max)).ToArray();
            var sum = exp.Sum();
            return exp.Select(e => (float)(e / sum)).ToArray();
        }
    }
}
