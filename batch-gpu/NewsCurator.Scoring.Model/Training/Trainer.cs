using System.Diagnostics;
using NewsCurator.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Training;

public sealed record TrainOptions
{
    // Chosen on the validation split (ads AUC falls after ~8 epochs: the model starts memorising the 50 ads).
    public int Epochs { get; init; } = 8;
    public int BatchSize { get; init; } = 32;
    public double LearningRate { get; init; } = 0.01;
    public int Seed { get; init; } = 42;
    public ModelShape Shape { get; init; } = new();
    public int MaxBodyTokens { get; init; } = 300;
    public string ModelVersion { get; init; } = "v1";
}

/// <summary>
/// Seeded multi-task training: cross-entropy for relevance, content type and quality, weighted
/// binary cross-entropy for ads (they are rare). Prints the validation metrics after every epoch.
/// </summary>
public static class Trainer
{
    public static (ScorerNetwork Network, ModelHeader Header, Evaluation Final) Train(
        IReadOnlyList<LabeledItem> train, IReadOnlyList<LabeledItem> validation, TrainOptions options, TextWriter log)
    {
        manual_seed(options.Seed);
        var random = new Random(options.Seed);
        var types = ContentTypes.All.ToList();
        var features = new HashedFeatures(options.Shape.Buckets, options.MaxBodyTokens);
        var trainFeatures = train.Select(i => features.Featurize(i.Article.Title, i.Article.Text, i.Article.FeedTitle)).ToArray();
        var network = new ScorerNetwork(options.Shape, types.Count);
        using var optimizer = AdamOptimizer.Adam(network.parameters(), options.LearningRate, weightDecay: 1e-6);
        using var adWeight = AdWeight(train);
        var header = Header(options, types);
        Evaluation? last = null;

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            network.train();
            var order = Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).ToArray();
            double lossSum = 0;
            foreach (var batch in order.Chunk(options.BatchSize))
            {
                using var scope = NewDisposeScope();
                var (indices, offsets) = NeuralScorer.Pack(batch.Select(i => trainFeatures[i]).ToList(), CPU);
                var output = network.forward(indices, offsets);
                var loss = Loss(output, batch.Select(i => train[i]).ToList(), types, adWeight);
                optimizer.ZeroGrad();
                loss.backward();
                optimizer.Step();
                lossSum += loss.item<float>() * batch.Length;
            }
            network.eval();
            var scorer = new NeuralScorer(network, header, batchSize: 256);
            last = Evaluator.Evaluate(validation, scorer.Score(validation.Select(v => v.Article).ToList()));
            log.WriteLine(EpochLine(epoch, options.Epochs, lossSum / train.Count, last, clock.Elapsed));
        }
        return (network, header with { ValidationMetrics = last!.Summary() }, last);
    }

    /// <summary>
    /// The multi-task loss: cross-entropy for relevance, content type and quality, weighted binary
    /// cross-entropy for ads. Weakly labelled items speak only for some heads: the others are masked.
    /// </summary>
    internal static Tensor Loss(ScorerOutputs output, IReadOnlyList<LabeledItem> batch, List<string> types, Tensor adWeight, Tensor? typeWeight = null)
    {
        var relevance = tensor(batch.Select(i => (long)i.Relevance).ToArray());
        var type = tensor(batch.Select(i => (long)types.IndexOf(i.ContentType)).ToArray());
        var ad = tensor(batch.Select(i => i.IsAd ? 1f : 0f).ToArray());
        var quality = tensor(batch.Select(i => (long)(i.Quality - 1)).ToArray());
        Tensor Mask(Func<HeadMask, bool> head) => tensor(batch.Select(i => head(i.Heads) ? 1f : 0f).ToArray());
        Tensor Masked(Tensor perItem, Tensor mask) => (perItem * mask).sum() / mask.sum().AtLeast(1);
        return Masked(nn.functional.cross_entropy(output.Relevance, relevance, reduction: nn.Reduction.None), Mask(h => h.Relevance))
               .Plus(Masked(nn.functional.cross_entropy(output.ContentType, type, weight: typeWeight, reduction: nn.Reduction.None), Mask(h => h.Type)).Times(0.5))
               .Plus(Masked(nn.functional.binary_cross_entropy_with_logits(output.AdLogit, ad, pos_weights: adWeight, reduction: nn.Reduction.None), Mask(h => h.Ad)))
               .Plus(Masked(nn.functional.cross_entropy(output.Quality, quality, reduction: nn.Reduction.None), Mask(h => h.Quality)).Times(0.5));
    }

    internal static Tensor AdWeight(IReadOnlyList<LabeledItem> train)
    {
        var ads = train.Count(i => i.IsAd);
        return tensor(new[] { (float)Math.Clamp((train.Count - ads) / (double)Math.Max(1, ads), 1, 30) });
    }

    internal static string EpochLine(int epoch, int epochs, double loss, Evaluation e, TimeSpan elapsed)
        => $"epoch {epoch,2}/{epochs}: loss {loss:0.000} | val relevance acc {e.RelevanceAccuracy:0.000} F1 {e.RelevanceMacroF1:0.000} " +
           $"AUC(>=2) {e.RelevantAuc:0.000} | type acc {e.TypeAccuracy:0.000} | ad AUC {e.AdAuc:0.000} | quality acc {e.QualityAccuracy:0.000} | p@20 {e.PrecisionAt20:0.00} | {elapsed.TotalSeconds:0.0}s";

    private static ModelHeader Header(TrainOptions options, IReadOnlyList<string> types) => new()
    {
        ModelVersion = options.ModelVersion,
        Shape = options.Shape,
        MaxBodyTokens = options.MaxBodyTokens,
        ContentTypes = types,
        Parameters = [],
        WeightsSha256 = "",
        TrainedAt = DateTimeOffset.UtcNow,
        Seed = options.Seed,
    };
}
