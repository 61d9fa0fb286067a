using System.Diagnostics;
using System.Text.Json;
using NewsCurator.Model;
using NewsCurator.Scoring.Model;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Storage;
using TorchSharp;

namespace NewsCurator.Scoring.Batch;

/// <summary>The scorer's commands: train, score, bench; with no command it is the Batch job.</summary>
public static class Commands
{
    /// <summary>The model that ships next to the binary (batch-gpu/model/scorer.ncsm).</summary>
    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, "model", "scorer.ncsm");

    /// <summary>The encoder heads that ship next to the binary (batch-gpu/model/minilm-heads.nceh): the job's default.</summary>
    public static string DefaultHeadsPath => Path.Combine(AppContext.BaseDirectory, "model", "minilm-heads.nceh");

    public static int Train(string data, string output, string reportDirectory, TrainOptions options, TextWriter log, string? corpora = null, int perSource = 300)
    {
        var items = LabeledItems.Load(data);
        var (train, validation) = LabeledItems.SplitByFeed(items);
        if (corpora is not null)
        {
            var extra = AuxiliaryCorpora.Load(corpora, perSource, options.Seed);
            log.WriteLine($"train: + {extra.Count} weakly labelled items from {corpora} ({string.Join(", ", extra.GroupBy(e => e.Feed).Select(g => $"{g.Key[7..]} {g.Count()}"))})");
            train = [.. train, .. extra];
        }
        log.WriteLine($"train: {train.Count} items from {train.Select(i => i.Feed).Distinct().Count()} feeds; validation: {validation.Count} items from {validation.Select(i => i.Feed).Distinct().Count()} other feeds; seed {options.Seed}");
        var clock = Stopwatch.StartNew();
        var (network, header, evaluation) = Trainer.Train(train, validation, options, log);
        ModelFile.Save(output, network, header);
        var rules = Evaluator.Evaluate(validation, new RulesScorer().Score(validation.Select(v => v.Article).ToList()));
        var evaluations = new[] { evaluation with { Scorer = $"neural-{options.ModelVersion}" }, rules with { Scorer = "rules-v1" } };
        Directory.CreateDirectory(reportDirectory);
        File.WriteAllText(Path.Combine(reportDirectory, "evaluation.json"), JsonSerializer.Serialize(evaluations, Json.Indented));
        File.WriteAllText(Path.Combine(reportDirectory, "evaluation.md"),
            Evaluator.Markdown(evaluations, train.Count, validation.Count, validation.Select(i => i.Feed).Distinct().Count()));
        log.WriteLine($"train: wrote {output} ({new FileInfo(output).Length / 1e6:0.0} MB) and {reportDirectory}/evaluation.md in {clock.Elapsed.TotalSeconds:0.0}s");
        log.WriteLine($"train: validation p@20 neural {evaluation.PrecisionAt20:0.00} vs rules {rules.PrecisionAt20:0.00}; relevance macro-F1 {evaluation.RelevanceMacroF1:0.000} vs {rules.RelevanceMacroF1:0.000}; ad AUC {evaluation.AdAuc:0.000} vs {rules.AdAuc:0.000}");
        return 0;
    }

    public static int Score(string input, string output, string model, string device, int batchSize, bool half, bool embeddings, TextWriter log)
    {
        if (device == "cuda" && !torch.cuda.is_available())
        {
            log.WriteLine("score: --device cuda, but CUDA is not available here; use --device cpu");
            return 2;
        }
        using var scorer = NeuralScorer.Load(model, device, half, batchSize);
        var result = ScoreFile.Run(input, output, scorer, embeddings, log);
        log.WriteLine($"score: {result.Scored} items scored by {scorer.Name} on {device} in {result.Seconds:0.00}s ({result.Scored / Math.Max(result.Seconds, 1e-9):0} items/s), {result.Skipped} bad lines skipped -> {output}");
        // 0: all scored; 3: scored, but some input lines were skipped.
        return result.Skipped == 0 ? 0 : 3;
    }

    public static int Bench(string model, int items, int batchSize, string data, TextWriter log)
    {
        var pool = LabeledItems.Load(data).Select(i => i.Article).ToList();
        var articles = Enumerable.Range(0, items).Select(i => pool[i % pool.Count] with { Id = $"{pool[i % pool.Count].Id}-{i}" }).ToList();
        log.WriteLine($"bench: {items} items, batch {batchSize}, {Environment.ProcessorCount} CPU cores, CUDA {(torch.cuda.is_available() ? "available" : "not available")}");
        var cpu = Measure(model, "cpu", false, batchSize, articles, log);
        var managedLoad = Stopwatch.StartNew();
        var managed = ManagedScorer.Load(model);
        var managedLoaded = managedLoad.Elapsed;
        managed.Score(articles.Take(batchSize).ToList());
        var managedClock = Stopwatch.StartNew();
        managed.Score(articles);
        log.WriteLine($"  {managed.Name} (managed C#, cpu) {items / managedClock.Elapsed.TotalSeconds,10:0} items/s; load {managedLoaded.TotalMilliseconds:0} ms  <- the Score Lambda / local CPU path");
        var rules = Stopwatch.StartNew();
        new RulesScorer().Score(articles);
        log.WriteLine($"  rules-v1 (cpu)          {items / rules.Elapsed.TotalSeconds,10:0} items/s");
        var typical = articles.Take(546).ToList();
        var run = Stopwatch.StartNew();
        ManagedScorer.Load(model).Score(typical);
        log.WriteLine($"  a typical run (546 candidates) on the CPU path, model load included: {run.Elapsed.TotalSeconds:0.00}s");
        if (!torch.cuda.is_available())
        {
            log.WriteLine("  gpu: skipped (no CUDA device); run this on the GPU machine to compare");
            return 0;
        }
        var gpu32 = Measure(model, "cuda", false, batchSize, articles, log);
        var gpu16 = Measure(model, "cuda", true, batchSize, articles, log);
        log.WriteLine($"  gpu/cpu: fp32 {gpu32.Kernel / cpu.Kernel:0.0}x, fp16 {gpu16.Kernel / cpu.Kernel:0.0}x (kernel); end to end with start-up fp16 {gpu16.EndToEnd / cpu.EndToEnd:0.0}x");
        return 0;
    }

    private static (double Kernel, double EndToEnd) Measure(string model, string device, bool half, int batchSize, List<Article> articles, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        using var scorer = NeuralScorer.Load(model, device, half, batchSize);
        var load = total.Elapsed;
        scorer.Score(articles.Take(batchSize).ToList()); // warm-up
        var kernel = Stopwatch.StartNew();
        scorer.Score(articles);
        kernel.Stop();
        total.Stop();
        var perSecond = articles.Count / kernel.Elapsed.TotalSeconds;
        log.WriteLine($"  {scorer.Name} ({device}{(half ? ", fp16" : "")}) {perSecond,10:0} items/s; load {load.TotalMilliseconds:0} ms; {articles.Count} items end to end {total.Elapsed.TotalSeconds:0.00}s");
        return (perSecond, articles.Count / total.Elapsed.TotalSeconds);
    }
}
