using System.Diagnostics;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Encoder;

namespace NewsCurator.Scoring.Batch;

/// <summary>
/// End to end: the scorer a run uses (tokenizer, the encoder with the heads' tuned branch, heads,
/// word model) over a run's worth of articles, on this CPU (ONNX Runtime fp32: the Score Lambda's
/// path; TorchSharp fp32 where ONNX Runtime's library is absent) and on CUDA where present (TorchSharp
/// fp16 in batches of <see cref="TorchSentenceEncoder.GpuBatchSize"/>: the Batch job's path), and the
/// candidate count above which the GPU queue finishes first once its start-up is paid: the basis for
/// `scoring.gpu_threshold` (for the Lambda, scale the CPU figure by its vCPUs against this machine's).
/// </summary>
public static class ScorerBench
{
    public static void Run(EncoderHeads heads, MiniLmAssets assets, WordPieceTokenizer tokenizer, IReadOnlyList<Article> texts, int items, double batchStartupSeconds, TextWriter log)
    {
        var profile = new NewsCurator.Configuration.ProfileConfig();
        double cpuRate;
        var cpuEncoder = (ISentenceEncoder?)EncoderBench.TryOnnx(() => new OnnxSentenceEncoder(heads.EncoderGraph(assets)), log) ?? TorchSentenceEncoder.ForHeads(heads, assets);
        using (var cpu = new EncoderScorer(heads, new CachingSentenceEncoder(cpuEncoder), tokenizer, profile))
        {
            var sample = Articles(texts, Math.Min(items, 512));
            cpuRate = Measure(cpu, sample, $"{cpuEncoder.Runtime} on {Environment.ProcessorCount} cores", log);
            // The same texts again under other ids: every embedding from the cache, so only the host's work is left
            // (tokenizing, heads, word model, topics, listings), which bounds the GPU job's rate on a host of these cores.
            Measure(cpu, Articles(texts.Take(sample.Count).ToList(), 16 * sample.Count), $"the host's work alone (every embedding from a warm cache) on {Environment.ProcessorCount} cores", log);
        }
        double? gpuRate = null;
        if (TorchSharp.torch.cuda.is_available())
        {
            using var gpu = new EncoderScorer(heads, TorchSentenceEncoder.ForHeads(heads, assets, "cuda", "fp16", TorchSentenceEncoder.GpuBatchSize), tokenizer, profile);
            gpu.Score(Articles(texts, 1024)); // warm-up: kernels and allocator
            gpuRate = Measure(gpu, Articles(texts, items), "torchsharp-cuda-fp16", log);
            log.WriteLine($"bench: end to end, GPU against this machine's CPU: {gpuRate / cpuRate:0.0}x");
        }
        else log.WriteLine("bench: end to end on the GPU not measured: no CUDA device on this machine");
        // CPU time = start-up + GPU time, solved for the candidate count; without a GPU figure, its bound for an infinitely fast GPU.
        var crossover = batchStartupSeconds / (1 / cpuRate - (gpuRate is { } g ? 1 / g : 0));
        log.WriteLine($"bench: with {batchStartupSeconds / 60:0.#} min of Batch start-up, the GPU queue finishes first above {crossover:N0} candidates " +
                      (gpuRate is null ? "at most (no GPU measured: the bound for an infinitely fast one)" : "") + " against this machine's CPU");
    }

    /// <summary>Articles for a large run: the labelled texts over and over, each copy its own id.</summary>
    private static List<Article> Articles(IReadOnlyList<Article> texts, int count)
        => [.. Enumerable.Range(0, count).Select(i => texts[i % texts.Count] with { Id = $"{texts[i % texts.Count].Id}-{i}" })];

    private static double Measure(EncoderScorer scorer, List<Article> articles, string path, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        scorer.Score(articles);
        var seconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"bench: end to end, {path}: {articles.Count:N0} articles scored in {seconds:0.0} s ({articles.Count / seconds:0.0} articles/s)");
        return articles.Count / seconds;
    }
}
