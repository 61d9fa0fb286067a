using System.Diagnostics;
using System.Globalization;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Encoder;
using NewsCurator.Scoring.Model.Training;

namespace NewsCurator.Scoring.Batch;

/// <summary>
/// Encoder throughput on the labelled texts at 128 and 256 tokens: ONNX Runtime (where its native
/// library is present) and TorchSharp on this CPU, and, where CUDA is present, TorchSharp on the GPU
/// in fp32, fp16 and bf16 with the GPU/CPU ratio, the job's model load, and the GPU's embeddings and
/// decisions against the CPU's. Every figure is measured in this run, on this machine.
/// </summary>
public static class EncoderBench
{
    public static int Run(string data, int items, double batchStartupMinutes, TextWriter log)
    {
        var assets = MiniLmAssets.Locate();
        var tokenizer = new WordPieceTokenizer(assets.ReadVocabulary());
        // The product's encoder: the pretrained graph with the shipped heads' tuned top layers beside it.
        var heads = EncoderHeads.Load(EncoderCommands.ShippedHeads);
        var graph = heads.EncoderGraph(assets);
        log.WriteLine($"bench: the encoder as {EncoderCommands.ShippedHeads} uses it: {heads.Top?.Layers ?? 0} fine-tuned top layer(s) beside the pretrained ones; {Environment.ProcessorCount} CPU cores");
        var texts = LabeledItems.Load(data).Select(i => i.Article).ToList();
        var cuda = TorchSharp.torch.cuda.is_available();
        if (cuda) JobStartup(assets, tokenizer, texts, log);
        var text = new EncoderText();
        var results = new List<(string Path, int Tokens, double ItemsPerSecond)>();
        foreach (var tokens in new[] { 128, 256 })
        {
            var budget = text with { BodyTokens = tokens };
            // Each labelled text is tokenized once and repeated: the measurements time the encoder, not the tokenizer.
            var distinct = texts.Select(t => budget.Inputs(tokenizer, t).Body).ToList();
            var inputs = Enumerable.Range(0, items).Select(i => distinct[i % distinct.Count]).ToList();
            log.WriteLine($"bench: {items} items at up to {tokens} tokens (mean {inputs.Average(i => i.Length):0} tokens, {inputs.Count(i => i.Length == tokens)} at the cap)");
            var sample = inputs.Take(Math.Min(items, 256)).ToList();
            ISentenceEncoder? reference = null;
            if (TryOnnx(() => new OnnxSentenceEncoder(graph), log) is { } onnx)
            {
                if (heads.Top is not null)
                    using (var pretrained = new OnnxSentenceEncoder(assets.ReadModel()))
                        results.Add(("onnxruntime-cpu-fp32 without the tuned branch", tokens, Measure(pretrained, sample)));
                results.Add(("onnxruntime-cpu-fp32", tokens, Measure(onnx, sample)));
                using var int8 = OnnxSentenceEncoder.Int8(graph);
                results.Add((int8.Runtime, tokens, Measure(int8, sample)));
                var cosines = onnx.Embed(sample).Zip(int8.Embed(sample), (a, b) => SentencePooling.Cosine(a.Scoring, b.Scoring)).ToList();
                log.WriteLine($"bench: {int8.Runtime} against fp32, the embeddings the heads read at {tokens} tokens: cosine mean {cosines.Average():0.0000}, min {cosines.Min():0.0000}");
                if (tokens == text.BodyTokens) CompareDecisions(texts.Take(sample.Count).ToList(), heads, onnx, int8, tokenizer, log);
                reference = onnx;
            }
            using var torchCpu = TorchSentenceEncoder.ForHeads(heads, assets, "cpu", "fp32", batchSize: 32);
            results.Add(("torchsharp-cpu-fp32", tokens, Measure(torchCpu, sample)));
            if (cuda)
            {
                // The job's path (fp16, fused attention, GpuBatchSize), and each of those choices varied alone.
                const int job = TorchSentenceEncoder.GpuBatchSize;
                foreach (var (precision, batch, fused) in new[]
                {
                    ("fp16", job, true), ("bf16", job, true), ("fp32", job, true), ("fp16", job, false), ("fp16", 256, true), ("fp16", 512, true), ("fp16", 2048, true),
                })
                {
                    if (!fused && !MiniLmNetwork.FusedAttentionByDefault) continue; // every row is written out already
                    var network = MiniLmWeights.Load(heads.PretrainedGraph(assets), top: heads.Top);
                    network.FusedAttention &= fused;
                    using var gpu = new TorchSentenceEncoder(network, "cuda", precision, batch);
                    gpu.Encode(inputs.Take(2 * batch).ToList()); // warm-up: kernels and the caching allocator
                    var path = $"torchsharp-cuda-{precision} batch {batch}" + (network.FusedAttention ? "" : " explicit attention");
                    results.Add((path, tokens, MedianOfThree(gpu, inputs)));
                    if (batch == job && fused && precision != "fp32" && tokens == text.BodyTokens)
                        CompareWithCpu(texts.Take(512).ToList(), heads, reference ?? torchCpu, gpu, tokenizer, budget, log);
                }
            }
            else log.WriteLine("bench: GPU not measured: no CUDA device on this machine");
            (reference as IDisposable)?.Dispose();
        }
        log.WriteLine();
        log.WriteLine("| path | tokens | items/s | vs best CPU |");
        log.WriteLine("|---|---:|---:|---:|");
        foreach (var r in results)
        {
            var cpu = results.Where(x => x.Tokens == r.Tokens && x.Path.Contains("-cpu-", StringComparison.Ordinal)).Max(x => x.ItemsPerSecond);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Path} | {r.Tokens} | {r.ItemsPerSecond:0.0} | {r.ItemsPerSecond / cpu:0.00}x |"));
        }
        log.WriteLine();
        ScorerBench.Run(heads, assets, tokenizer, texts, items, batchStartupMinutes * 60, log);
        return 0;
    }

    /// <summary>ONNX Runtime's CPU encoder, or null where its native library is absent (the GPU image carries libtorch only).</summary>
    public static OnnxSentenceEncoder? TryOnnx(Func<OnnxSentenceEncoder> create, TextWriter log)
    {
        try
        {
            return create();
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            log.WriteLine($"bench: ONNX Runtime is not available here ({ex.GetType().Name}): the CPU rows are TorchSharp's");
            return null;
        }
    }

    /// <summary>
    /// What the Batch job pays before its first article is scored, past the instance and the image: the
    /// heads and the encoder's weights read, the network on the GPU (CUDA's context made on first use),
    /// and its first batch. Measured first, before anything else has touched CUDA in this process.
    /// </summary>
    private static void JobStartup(MiniLmAssets assets, WordPieceTokenizer tokenizer, IReadOnlyList<Article> texts, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var loaded = EncoderHeads.Load(EncoderCommands.ShippedHeads);
        using var encoder = TorchSentenceEncoder.ForHeads(loaded, assets, "cuda", "fp16", TorchSentenceEncoder.GpuBatchSize);
        var onGpu = clock.Elapsed.TotalSeconds;
        var first = texts.Take(TorchSentenceEncoder.GpuBatchSize).Select(t => loaded.Header.Text.Inputs(tokenizer, t).Body).ToList();
        encoder.Encode(first);
        var firstBatch = clock.Elapsed.TotalSeconds - onGpu;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench: the job's start-up on this machine: heads and weights read and on the GPU in {onGpu:0.00} s, first batch of {first.Count} in {firstBatch:0.00} s (instance start and image pull come before this, on AWS)"));
    }

    /// <summary>The GPU's embeddings and the decisions made on them against the CPU's (ONNX Runtime where present, else TorchSharp fp32).</summary>
    private static void CompareWithCpu(IReadOnlyList<Article> articles, EncoderHeads heads, ISentenceEncoder cpu, ISentenceEncoder gpu, WordPieceTokenizer tokenizer, EncoderText budget, TextWriter log)
    {
        var inputs = articles.Select(a => budget.Inputs(tokenizer, a).Body).ToList();
        var pairs = cpu.Embed(inputs).Zip(gpu.Embed(inputs)).ToList();
        var scoring = pairs.Select(p => SentencePooling.Cosine(p.First.Scoring, p.Second.Scoring)).ToList();
        var general = pairs.Select(p => SentencePooling.Cosine(p.First.General, p.Second.General)).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench: {gpu.Runtime} against {cpu.Runtime} on {inputs.Count} labelled items: cosine of the embeddings the heads read mean {scoring.Average():0.00000}, min {scoring.Min():0.00000}; of the pretrained ones mean {general.Average():0.00000}, min {general.Min():0.00000}"));
        CompareDecisions(articles, heads, cpu, gpu, tokenizer, log);
    }

    /// <summary>What another encoder's embeddings change downstream: the shipped heads' scores, ad verdicts and top 20 against the reference's.</summary>
    private static void CompareDecisions(IReadOnlyList<Article> articles, EncoderHeads heads, ISentenceEncoder reference, ISentenceEncoder other, WordPieceTokenizer tokenizer, TextWriter log)
    {
        var profile = new NewsCurator.Configuration.ProfileConfig();
        using var a = new EncoderScorer(heads, reference, tokenizer, profile, ownsEncoder: false);
        using var b = new EncoderScorer(heads, other, tokenizer, profile, ownsEncoder: false);
        var x = a.Score(articles);
        var y = b.Score(articles);
        var relevance = x.Zip(y, (p, q) => Math.Abs(p.TechRelevanceScore - q.TechRelevanceScore)).ToList();
        static IEnumerable<string> Top(IReadOnlyList<ArticleScore> s) => Evaluator.TopPicks(s, 20).Select(v => v.Id);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench: {other.Runtime} against {reference.Runtime}, decisions on {articles.Count} labelled items: relevance (0-10) |diff| mean {relevance.Average():0.000} max {relevance.Max():0.00}; " +
            $"ad verdicts differ on {x.Zip(y).Count(p => p.First.IsAdvertisement != p.Second.IsAdvertisement)}, content types on {x.Zip(y).Count(p => p.First.ContentType != p.Second.ContentType)}; " +
            $"top 20 shared {Top(x).Intersect(Top(y)).Count()}/20"));
    }

    private static double Measure(ISentenceEncoder encoder, IReadOnlyList<EncoderInput> inputs)
    {
        encoder.Encode(inputs.Take(8).ToList());
        var clock = Stopwatch.StartNew();
        encoder.Encode(inputs);
        return inputs.Count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The median of three timed passes (a GPU pass is short enough for one to be noisy).</summary>
    internal static double MedianOfThree(ISentenceEncoder encoder, IReadOnlyList<EncoderInput> inputs)
    {
        var rates = Enumerable.Range(0, 3).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            encoder.Encode(inputs);
            return inputs.Count / clock.Elapsed.TotalSeconds;
        }).Order().ToList();
        return rates[1];
    }
}
