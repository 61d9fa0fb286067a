using System.Diagnostics;
using NewsCurator.Filter;
using NewsCurator.Model;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// The other architecture the issue names: a small transformer encoder over hashed word ids (title
/// then body, 128 positions), mean-pooled into the same four heads. Trained and measured on the same
/// split as the bag so the choice between them rests on numbers; it is an experiment (the shipped
/// model format is the bag's).
/// </summary>
public static class TransformerExperiment
{
    public const int MaxTokens = 128;

    public sealed class Network : nn.Module<Tensor, Tensor, ScorerOutputs>
    {
        private readonly Embedding _tokens;
        private readonly Embedding _positions;
        private readonly TransformerEncoder _encoder;
        private readonly Linear _relevance, _type, _ad, _quality;

        public Network(int buckets, int dim, int layers, int contentTypes) : base("TransformerScorer")
        {
            _tokens = nn.Embedding(buckets + 1, dim, padding_idx: 0);
            _positions = nn.Embedding(MaxTokens, dim);
            _encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(dim, 4, dim * 2, 0.1), layers);
            _relevance = nn.Linear(dim, ModelShape.RelevanceClasses);
            _type = nn.Linear(dim, contentTypes);
            _ad = nn.Linear(dim, 1);
            _quality = nn.Linear(dim, ModelShape.QualityClasses);
            RegisterComponents();
        }

        /// <param name="ids">[batch, tokens], 0 = padding.</param>
        /// <param name="padding">[batch, tokens], true where padded.</param>
        public override ScorerOutputs forward(Tensor ids, Tensor padding)
        {
            var x = _tokens.forward(ids).Plus(_positions.weight!.narrow(0, 0, ids.shape[1])).transpose(0, 1);
            var h = _encoder.call(x, null, padding).transpose(0, 1);
            var keep = padding.logical_not().unsqueeze(2).to_type(h.dtype);
            var pooled = (h * keep).sum(1) / keep.sum(1).AtLeast(1);
            return new ScorerOutputs(_relevance.forward(pooled), _type.forward(pooled), _ad.forward(pooled).squeeze(1), _quality.forward(pooled), pooled);
        }
    }

    public static long[] Tokens(Article a, int buckets)
    {
        var words = Words.Tokenize(a.Title).Select(w => "t:" + w)
            .Concat(Words.Tokenize(a.Text.Length > 3000 ? a.Text[..3000] : a.Text).Select(w => "w:" + w)).Take(MaxTokens);
        var ids = words.Select(w => (long)(SimHash.Hash64(w) % (ulong)buckets) + 1).ToArray();
        return ids.Length == 0 ? [1] : ids;
    }

    private static (Tensor Ids, Tensor Padding) Batch(IReadOnlyList<long[]> docs)
    {
        var length = docs.Max(d => d.Length);
        var flat = new long[docs.Count * length];
        for (var i = 0; i < docs.Count; i++) docs[i].CopyTo(flat, i * length);
        var ids = tensor(flat).reshape(docs.Count, length);
        using var padding = 0.ToScalar(); // held until the comparison has read it (see KeptScalars)
        return (ids, ids.eq(padding));
    }

    public static Evaluation Run(IReadOnlyList<LabeledItem> train, IReadOnlyList<LabeledItem> validation, int epochs, int seed, int dim, int layers, TextWriter log)
    {
        const int buckets = 1 << 14;
        manual_seed(seed);
        var random = new Random(seed);
        var types = ContentTypes.All.ToList();
        var header = new ModelHeader
        {
            ModelVersion = "transformer-experiment", Shape = new ModelShape(buckets, dim, dim), MaxBodyTokens = MaxTokens,
            ContentTypes = types, Parameters = [], WeightsSha256 = "",
        };
        var trainTokens = train.Select(i => Tokens(i.Article, buckets)).ToArray();
        using var network = new Network(buckets, dim, layers, types.Count);
        using var optimizer = AdamOptimizer.Adam(network.parameters(), 0.001);
        using var adWeight = Trainer.AdWeight(train);
        Evaluation? last = null;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            network.train();
            double lossSum = 0;
            foreach (var batch in Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).Chunk(32))
            {
                using var scope = NewDisposeScope();
                var (ids, padding) = Batch(batch.Select(i => trainTokens[i]).ToList());
                var loss = Trainer.Loss(network.forward(ids, padding), batch.Select(i => train[i]).ToList(), types, adWeight);
                optimizer.ZeroGrad();
                loss.backward();
                optimizer.Step();
                lossSum += loss.item<float>() * batch.Length;
            }
            last = Evaluator.Evaluate(validation, Score(network, validation.Select(v => v.Article).ToList(), header, buckets));
            log.WriteLine(Trainer.EpochLine(epoch, epochs, lossSum / train.Count, last, clock.Elapsed));
        }
        var sample = Enumerable.Range(0, 2000).Select(i => validation[i % validation.Count].Article with { Id = $"{validation[i % validation.Count].Article.Id}-{i}" }).ToList();
        var timer = Stopwatch.StartNew();
        Score(network, sample, header, buckets);
        log.WriteLine($"transformer (d={dim}, {layers} layers, CPU TorchSharp): {sample.Count / timer.Elapsed.TotalSeconds:0} items/s");
        return last! with { Scorer = $"transformer-d{dim}-l{layers}" };
    }

    private static List<ArticleScore> Score(Network network, List<Article> articles, ModelHeader header, int buckets)
    {
        network.eval();
        var scores = new List<ArticleScore>(articles.Count);
        foreach (var batch in articles.Chunk(256))
        {
            using var scope = NewDisposeScope();
            using var _ = no_grad();
            var (ids, padding) = Batch(batch.Select(a => Tokens(a, buckets)).ToList());
            scores.AddRange(NeuralScorer.Decode(batch, network.forward(ids, padding), header, includeEmbeddings: false).Select(s => s.Score));
        }
        return scores;
    }
}
