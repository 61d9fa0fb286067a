using System.Diagnostics;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Encoder;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Training;

public sealed record FineTuneOptions
{
    /// <summary>How many top encoder layers to fine-tune, one run each; 0 is the frozen encoder under the same head and loop (the baseline).</summary>
    public IReadOnlyList<int> TopLayers { get; init; } = [0, 1];
    public EncoderText Text { get; init; } = new();
    public int Folds { get; init; } = 5;
    /// <summary>A run's ad rules item by item (<see cref="AdListingValidation.RuleVerdicts"/>): each run's ad F1 with them is printed too.</summary>
    public IReadOnlyDictionary<string, string>? AdRules { get; init; }
    /// <summary>Run only the first n folds of the split (all when 0): every run is still scored on feeds it never saw.</summary>
    public int FoldsToRun { get; init; }
    public int Seed { get; init; } = 42;
    public int Epochs { get; init; } = 3;
    public int BatchSize { get; init; } = 16;
    public double EncoderLearningRate { get; init; } = 3e-5;
    public double EncoderWeightDecay { get; init; } = 0.01;
    public double HeadLearningRate { get; init; } = 1e-3;
    public double HeadWeightDecay { get; init; } = 1e-4;
    /// <summary>Hidden GELU units of the head (0: a linear head).</summary>
    public int HeadHidden { get; init; } = 256;
    public double ClipNorm { get; init; } = 1.0;
    /// <summary>Also train the shipped plain-C# heads (HeadsTrainer, ad calibration on an inner split) on each fold's encoder's embeddings.</summary>
    public bool ProductHeads { get; init; } = true;
    public int Threads { get; init; } = 2;
    /// <summary>Cache the frozen states from this many layers below the top (at least the largest k), so a later run with a larger k can reuse them.</summary>
    public int CacheDepth { get; init; }
    /// <summary>A folder for the frozen states (per level and text budget), reused across runs; none when null.</summary>
    public string? StateCache { get; init; }
}

/// <summary>
/// Fine-tuning the top k layers of all-MiniLM-L6-v2, measured and fitted. <see cref="Measure"/> runs
/// the grouped folds by feed of <see cref="HeadsValidation"/>: the frozen bottom 6-k layers run once
/// over every item (title and body) and their hidden states are kept in memory; each fold then trains
/// only the top k layers (fresh from the pretrained weights) with mean pooling and one TorchSharp head
/// on [title, body]. k = 0 trains the same head in the same loop on the frozen encoder: the baseline.
/// Optionally each fold's encoder also embeds every item and the shipped heads (<see cref="HeadsTrainer"/>)
/// train on those embeddings: what the product's recipe scores on unseen feeds. <see cref="FitTop"/>
/// trains the same way on every item: the tuned layers `train-heads` ships (the head is dropped).
/// </summary>
public static class FineTuneExperiment
{
    private const int Hidden = 384;

    /// <summary>Hidden states of every item's title and body after some layer: [tokens * 384] per item, real tokens only.</summary>
    private sealed class States(int count)
    {
        public float[][] Title { get; } = new float[count][];
        public float[][] Body { get; } = new float[count][];
    }

    private sealed class Head : nn.Module<Tensor, Tensor>
    {
        private readonly Dropout _inputDropout = nn.Dropout(0.1);
        private readonly Linear? _hidden;
        private readonly Dropout _hiddenDropout = nn.Dropout(0.2);
        private readonly Linear _out;

        public Head(int inputs, int hidden, int outputs) : base("FineTuneHead")
        {
            _hidden = hidden > 0 ? nn.Linear(inputs, hidden) : null;
            _out = nn.Linear(hidden > 0 ? hidden : inputs, outputs);
            RegisterComponents();
        }

        public override Tensor forward(Tensor x)
        {
            x = _inputDropout.forward(x);
            if (_hidden is not null) x = _hiddenDropout.forward(nn.functional.gelu(_hidden.forward(x)));
            return _out.forward(x);
        }
    }

    private sealed class Run(string name)
    {
        public string Name { get; } = name;
        public List<LabeledItem> Items { get; } = [];
        public List<ArticleScore> Scores { get; } = [];
        public List<Evaluation> Folds { get; } = [];
        public double Seconds { get; set; }
    }

    /// <param name="reference">The frozen embeddings of the product's encoder (ONNX Runtime), to check the TorchSharp port against; optional.</param>
    public static List<ValidatedScorer> Measure(IReadOnlyList<LabeledItem> items, byte[] onnxModel, WordPieceTokenizer tokenizer, FineTuneOptions options, TextWriter log, EmbeddingTable? reference = null)
    {
        torch.set_num_threads(options.Threads);
        var maxK = Math.Max(options.TopLayers.Max(), options.CacheDepth);
        var clock = Stopwatch.StartNew();
        var inputs = items.Select(i => options.Text.Inputs(tokenizer, i.Article)).ToArray();
        log.WriteLine($"finetune: {items.Count} items, title <= {options.Text.TitleTokens} tokens (mean {inputs.Average(i => i.Title.Length):0.0}), " +
                      $"body <= {options.Text.BodyTokens} (mean {inputs.Average(i => i.Body.Length):0.0}, {inputs.Count(i => i.Body.Length == options.Text.BodyTokens)} at the cap); tokenised in {clock.Elapsed.TotalSeconds:0.0}s");

        var levels = FrozenLevels(onnxModel, inputs, maxK, options, log);
        var layerCount = new BertShape().Layers;
        var frozen = Pooled(levels[layerCount], inputs);
        if (reference is not null)
        {
            var cosines = items.Select((item, i) => reference.Items.TryGetValue(item.Article.Id, out var r)
                ? Math.Min(SentencePooling.Cosine(frozen[i].AsSpan(0, Hidden), r.Title), SentencePooling.Cosine(frozen[i].AsSpan(Hidden), r.Body)) : double.NaN).Where(c => !double.IsNaN(c)).ToList();
            log.WriteLine($"finetune: frozen TorchSharp embeddings against the ONNX Runtime table ({cosines.Count} items): cosine min {cosines.Min():0.000000}, mean {cosines.Average():0.000000}");
        }

        var split = GroupedFolds.ByFeed(items, i => i.Feed, options.Folds, options.Seed);
        var foldsToRun = options.FoldsToRun > 0 ? Math.Min(options.FoldsToRun, split.Count) : split.Count;
        var index = items.Select((item, i) => (item.Article.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var runs = new Dictionary<string, Run>(StringComparer.Ordinal);
        Run RunOf(string name) => runs.TryGetValue(name, out var r) ? r : runs[name] = new Run(name);
        for (var fold = 0; fold < foldsToRun; fold++)
        {
            var (train, validation) = split[fold];
            var trainIndex = train.Select(t => index[t.Article.Id]).ToArray();
            var validationIndex = validation.Select(v => index[v.Article.Id]).ToArray();
            log.WriteLine($"finetune: fold {fold + 1}/{split.Count}: {train.Count} training items, {validation.Count} validation items of {validation.Select(v => v.Feed).Distinct().Count()} unseen feeds");
            foreach (var k in options.TopLayers)
            {
                var name = k == 0 ? "torch-head frozen (k=0)" : $"torch-head top-{k} fine-tuned";
                var foldClock = Stopwatch.StartNew();
                var (scores, embeddings, _) = TrainAndScore(onnxModel, levels[layerCount - k], frozen, inputs, items, trainIndex, validationIndex, k, fold, name, options, log);
                Record(RunOf(name), validation, scores, foldClock.Elapsed.TotalSeconds);
                log.WriteLine($"  {name}: {HeadsValidation.Line(Evaluator.Evaluate(validation, scores))} | {foldClock.Elapsed.TotalSeconds:0}s");
                if (!options.ProductHeads) continue;
                foldClock.Restart();
                var table = new EmbeddingTable { Key = $"finetune-k{k}-fold{fold}", Dimensions = Hidden };
                for (var i = 0; i < items.Count; i++) table.Items[items[i].Article.Id] = (embeddings[i][..Hidden], embeddings[i][Hidden..]);
                var heads = k == 0 ? "shipped heads on frozen (k=0)" : $"shipped heads on top-{k} fine-tuned";
                var headScores = HeadsValidation.Heads(heads, table, new HeadsTrainOptions { Seed = options.Seed }).TrainAndScore(train, validation);
                Record(RunOf(heads), validation, headScores, foldClock.Elapsed.TotalSeconds);
                log.WriteLine($"  {heads}: {HeadsValidation.Line(Evaluator.Evaluate(validation, headScores))} | {foldClock.Elapsed.TotalSeconds:0}s");
            }
            // Pooled so far after every fold: a run stopped early still leaves its numbers.
            if (fold + 1 < foldsToRun) Pool(runs.Values, fold + 1, split.Count, log, options.AdRules);
        }
        return Pool(runs.Values, foldsToRun, split.Count, log, options.AdRules);
    }

    /// <summary>
    /// The shipped fine-tuning: the top k layers and the head trained on every item with the settings
    /// the folds measured (seeded as fold 1), the head then dropped. Returns the layers as differences
    /// to the pretrained weights, and every item's [title, body] embedding through them (TorchSharp,
    /// fp32) to hold the product's encoder to.
    /// </summary>
    public static (TunedEncoderTop Top, Dictionary<string, float[]> Embeddings) FitTop(IReadOnlyList<LabeledItem> items, byte[] onnxModel, WordPieceTokenizer tokenizer, int k, FineTuneOptions options, TextWriter log)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), "fine-tune at least one layer");
        torch.set_num_threads(options.Threads);
        var inputs = items.Select(i => options.Text.Inputs(tokenizer, i.Article)).ToArray();
        var levels = FrozenLevels(onnxModel, inputs, Math.Max(k, options.CacheDepth), options, log);
        var layers = new BertShape().Layers;
        var all = Enumerable.Range(0, items.Count).ToArray();
        log.WriteLine($"finetune: the top {k} layer(s) on all {items.Count} items, {options.Epochs} epochs");
        var (_, embeddings, top) = TrainAndScore(onnxModel, levels[layers - k], Pooled(levels[layers], inputs), inputs, items, all, [], k, fold: 0, $"top-{k} fine-tuned", options, log);
        return (top!, items.Select((item, i) => (item.Article.Id, embeddings[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal));
    }

    /// <summary>The frozen states after layer 6 - <paramref name="depth"/>, then after each later layer up to the last, computed once (the lowest level cached on disk).</summary>
    private static Dictionary<int, States> FrozenLevels(byte[] onnxModel, (EncoderInput Title, EncoderInput Body)[] inputs, int depth, FineTuneOptions options, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var levels = new Dictionary<int, States>();
        // The cache holds states of this encoder over these very token ids, nothing looser.
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Security.Cryptography.SHA256.HashData(onnxModel));
        foreach (var (title, body) in inputs)
        {
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(title.Ids.AsSpan()));
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(body.Ids.AsSpan()));
        }
        var key = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        using (var pretrained = MiniLmWeights.Load(onnxModel))
        {
            var layers = pretrained.Shape.Layers;
            for (var level = layers - depth; level <= layers; level++)
            {
                clock.Restart();
                var file = options.StateCache is null ? null : Path.Combine(options.StateCache, $"states-l{level}-{key}.bin");
                if (file is not null && LoadStates(file, inputs) is { } loaded)
                {
                    levels[level] = loaded;
                    log.WriteLine($"finetune: read the states after layer {level} from {file} in {clock.Elapsed.TotalSeconds:0.0}s");
                    continue;
                }
                levels[level] = level == layers - depth || !levels.ContainsKey(level - 1)
                    ? Bottom(pretrained, inputs, level)
                    : Step(pretrained, levels[level - 1], inputs, level - 1);
                log.WriteLine($"finetune: computed the states after layer {level} in {clock.Elapsed.TotalSeconds:0.0}s");
                // Only the lowest level is kept on disk (400 MB at 256 tokens): the levels above it are a layer each from there.
                if (file is not null && level == layers - depth) SaveStates(file, levels[level]);
            }
        }
        return levels;
    }

    private static List<ValidatedScorer> Pool(IEnumerable<Run> runs, int folds, int of, TextWriter log, IReadOnlyDictionary<string, string>? adRules)
    {
        var results = new List<ValidatedScorer>();
        log.WriteLine();
        log.WriteLine($"finetune: pooled over {folds} of {of} folds");
        foreach (var run in runs)
        {
            var pooled = HeadsValidation.Pooled(run.Name, run.Items, run.Scores, run.Folds);
            results.Add(new ValidatedScorer(run.Name, pooled, run.Folds, run.Seconds));
            log.WriteLine($"{run.Name,-36} {HeadsValidation.Line(pooled)} | {run.Items.Count} items | {run.Seconds:0}s");
            if (adRules is not null) log.WriteLine($"{"",-36} {AdListingValidation.WithRulesLine(run.Items, run.Scores, adRules)}");
        }
        log.WriteLine();
        return results;
    }

    private static void Record(Run run, List<LabeledItem> validation, IReadOnlyList<ArticleScore> scores, double seconds)
    {
        run.Folds.Add(Evaluator.Evaluate(validation, scores));
        run.Items.AddRange(validation);
        run.Scores.AddRange(scores);
        run.Seconds += seconds;
    }

    /// <summary>
    /// Trains the top k layers (none for k = 0) and the head on one fold; scores its validation items
    /// (none for the final fit) and embeds every item with the fold's encoder. Top: the trained layers
    /// as differences to the pretrained weights (null for k = 0).
    /// </summary>
    private static (List<ArticleScore> Scores, float[][] Embeddings, TunedEncoderTop? Top) TrainAndScore(
        byte[] onnxModel, States states, float[][] frozen, (EncoderInput Title, EncoderInput Body)[] inputs, IReadOnlyList<LabeledItem> items,
        int[] trainIndex, int[] validationIndex, int k, int fold, string name, FineTuneOptions options, TextWriter log)
    {
        var types = ContentTypes.All.ToList();
        var layout = HeadLayout.For(types.Count);
        var outputs = HeadLayout.Outputs(types.Count);
        using var network = MiniLmWeights.Load(onnxModel);
        var top = Enumerable.Range(network.Shape.Layers - k, k).Select(network.Layer).ToList();
        manual_seed(options.Seed + fold);
        using var head = new Head(2 * Hidden, options.HeadHidden, outputs);
        using var headOptimizer = AdamOptimizer.AdamW(head.parameters(), options.HeadLearningRate, options.HeadWeightDecay);
        var encoderParameters = top.SelectMany(l => l.parameters()).ToList();
        using var encoderOptimizer = k > 0 ? AdamOptimizer.AdamW(encoderParameters, options.EncoderLearningRate, options.EncoderWeightDecay) : null;

        var train = trainIndex.Select(i => items[i]).ToList();
        var ads = train.Count(t => t.IsAd);
        var adWeight = (float)Math.Clamp((train.Count - ads) / (double)Math.Max(1, ads), 1, 30);
        var typeWeight = types.Select(t => (float)Math.Sqrt(train.Count / (double)types.Count / Math.Max(1, train.Count(x => x.ContentType == t)))).ToArray();
        using var adWeightTensor = tensor(new[] { adWeight });
        var random = new Random(options.Seed + fold);

        Tensor Embed(int[] batch, bool training)
        {
            if (k == 0)
            {
                var flat = new float[batch.Length * 2 * Hidden];
                for (var b = 0; b < batch.Length; b++) frozen[batch[b]].CopyTo(flat, b * 2 * Hidden);
                return tensor(flat, [batch.Length, 2 * Hidden]);
            }
            foreach (var l in top) l.train(training);
            var title = Encode(top, batch.Select(i => states.Title[i]).ToList(), batch.Select(i => inputs[i].Title.Length).ToList());
            var body = Encode(top, batch.Select(i => states.Body[i]).ToList(), batch.Select(i => inputs[i].Body.Length).ToList());
            return cat([title, body], 1);
        }

        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            head.train();
            double lossSum = 0;
            foreach (var batch in Batches(trainIndex, i => inputs[i].Body.Length, options.BatchSize, random))
            {
                using var scope = NewDisposeScope();
                var logits = head.forward(Embed(batch, training: true));
                var batchItems = batch.Select(i => items[i]).ToList();
                var relevance = tensor(batchItems.Select(i => (long)i.Relevance).ToArray());
                var type = tensor(batchItems.Select(i => (long)types.IndexOf(i.ContentType)).ToArray());
                var typeW = tensor(batchItems.Select(i => typeWeight[types.IndexOf(i.ContentType)]).ToArray());
                var quality = tensor(batchItems.Select(i => (long)(i.Quality - 1)).ToArray());
                var ad = tensor(batchItems.Select(i => i.IsAd ? 1f : 0f).ToArray());
                // The losses of HeadsTrainer: relevance CE, 0.5 x type CE (rare types weighted up), 0.5 x quality CE, weighted BCE for ads.
                var loss = nn.functional.cross_entropy(logits.narrow(1, layout.Relevance, HeadLayout.RelevanceClasses), relevance)
                           .Plus((nn.functional.cross_entropy(logits.narrow(1, layout.Type, types.Count), type, reduction: nn.Reduction.None) * typeW).mean().Times(0.5))
                           .Plus(nn.functional.cross_entropy(logits.narrow(1, layout.Quality, HeadLayout.QualityClasses), quality).Times(0.5))
                           .Plus(nn.functional.binary_cross_entropy_with_logits(logits.select(1, layout.Ad), ad, pos_weights: adWeightTensor));
                headOptimizer.ZeroGrad();
                encoderOptimizer?.ZeroGrad();
                loss.backward();
                if (k > 0) nn.utils.clip_grad_norm_(encoderParameters, options.ClipNorm);
                headOptimizer.Step();
                encoderOptimizer?.Step();
                lossSum += loss.item<float>() * batch.Length;
            }
            var trainSeconds = clock.Elapsed.TotalSeconds;
            if (validationIndex.Length == 0)
            {
                log.WriteLine($"    k={k} epoch {epoch}/{options.Epochs}: loss {lossSum / trainIndex.Length:0.000}, train {trainSeconds:0.0}s");
                continue;
            }
            var (_, validationLogits) = Forward(head, validationIndex, Embed, options.BatchSize * 4);
            var evaluation = Evaluator.Evaluate(validationIndex.Select(i => items[i]).ToList(), Scores(items, validationIndex, validationLogits, types, name));
            log.WriteLine($"    k={k} fold {fold + 1} epoch {epoch}/{options.Epochs}: loss {lossSum / trainIndex.Length:0.000}, train {trainSeconds:0.0}s, " +
                          $"validation relevance AUC {evaluation.RelevantAuc:0.000} type macro-F1 {evaluation.TypeMacroF1:0.000} ({clock.Elapsed.TotalSeconds - trainSeconds:0.0}s)");
        }
        var (_, finalLogits) = Forward(head, validationIndex, Embed, options.BatchSize * 4);
        var scores = Scores(items, validationIndex, finalLogits, types, name);
        // Every item through the fold's encoder (its training items in sample, as a shipped fine-tuned encoder would see them).
        var all = Enumerable.Range(0, items.Count).ToArray();
        var (embeddings, _) = Forward(head, all, Embed, options.BatchSize * 4);
        return (scores, embeddings, k == 0 ? null : Deltas(network, onnxModel, k));
    }

    /// <summary>The network's top k layers minus the pretrained weights, by HuggingFace name and in its layout.</summary>
    private static TunedEncoderTop Deltas(MiniLmNetwork network, byte[] onnxModel, int k)
    {
        var pretrained = MiniLmWeights.MapToHuggingFaceNames(OnnxGraph.Read(onnxModel));
        var trained = network.HuggingFaceParameters();
        var deltas = Enumerable.Range(network.Shape.Layers - k, k).SelectMany(MiniLmParameters.Layer).ToDictionary(name => name, name =>
        {
            using var scope = NewDisposeScope();
            var values = trained[name].detach().cpu().contiguous().data<float>().ToArray();
            var before = pretrained[name].Data;
            for (var i = 0; i < values.Length; i++) values[i] -= before[i];
            return new OnnxTensor(name, pretrained[name].Shape, values);
        }, StringComparer.Ordinal);
        return new TunedEncoderTop(k, deltas);
    }

    private static List<ArticleScore> Scores(IReadOnlyList<LabeledItem> items, int[] index, float[][] logits, List<string> types, string name)
        => index.Select((i, n) => HeadsDecoder.ToScore(items[i].Article.Id, logits[n], types, new AdCalibration(), name, null)).ToList();

    /// <summary>Embeddings ([title, body] pooled) and head logits of the given items, in their order, without gradients or dropout.</summary>
    private static (float[][] Embeddings, float[][] Logits) Forward(Head head, int[] index, Func<int[], bool, Tensor> embed, int batchSize)
    {
        head.eval();
        using var _ = no_grad();
        var embeddings = new float[index.Length][];
        var logits = new float[index.Length][];
        for (var start = 0; start < index.Length; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var batch = index[start..Math.Min(index.Length, start + batchSize)];
            var x = embed(batch, false);
            var y = head.forward(x);
            var xs = x.contiguous().data<float>().ToArray();
            var ys = y.contiguous().data<float>().ToArray();
            var (xw, yw) = ((int)x.shape[1], (int)y.shape[1]);
            for (var b = 0; b < batch.Length; b++)
            {
                embeddings[start + b] = xs.AsSpan(b * xw, xw).ToArray();
                logits[start + b] = ys.AsSpan(b * yw, yw).ToArray();
            }
        }
        return (embeddings, logits);
    }

    /// <summary>Seeded random batches of similar length: shuffled, sorted by length within groups of eight batches, batch order shuffled.</summary>
    private static List<int[]> Batches(int[] index, Func<int, int> length, int batchSize, Random random)
    {
        var shuffled = index.OrderBy(_ => random.Next()).ToArray();
        var batches = shuffled.Chunk(batchSize * 8).SelectMany(group => group.OrderBy(length).ThenBy(i => i).Chunk(batchSize)).ToList();
        return batches.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>The top layers over cached states, mean-pooled and L2-normalised: [batch, 384].</summary>
    private static Tensor Encode(IReadOnlyList<nn.Module<Tensor, Tensor, Tensor>> top, IReadOnlyList<float[]> states, IReadOnlyList<int> lengths)
    {
        var (x, mask) = Pad(states, lengths);
        var keyBias = MiniLmNetwork.KeyBias(mask, x.dtype);
        foreach (var layer in top) x = layer.forward(x, keyBias);
        return TorchSentenceEncoder.Pool(x, mask);
    }

    private static (Tensor States, Tensor Mask) Pad(IReadOnlyList<float[]> states, IReadOnlyList<int> lengths)
    {
        var width = lengths.Max();
        var flat = new float[states.Count * width * Hidden];
        var mask = new long[states.Count * width];
        for (var b = 0; b < states.Count; b++)
        {
            Array.Copy(states[b], 0, flat, b * width * Hidden, lengths[b] * Hidden);
            for (var t = 0; t < lengths[b]; t++) mask[b * width + t] = 1;
        }
        return (tensor(flat, [states.Count, width, Hidden]), tensor(mask, [states.Count, width]));
    }

    /// <summary>Embeddings and the first <paramref name="layers"/> layers over every title and body, no gradients.</summary>
    private static States Bottom(MiniLmNetwork network, (EncoderInput Title, EncoderInput Body)[] inputs, int layers)
    {
        var result = new States(inputs.Length);
        using var _ = no_grad();
        foreach (var (select, target) in new (Func<(EncoderInput Title, EncoderInput Body), EncoderInput>, float[][])[] { (i => i.Title, result.Title), (i => i.Body, result.Body) })
        {
            var texts = inputs.Select(select).ToList();
            foreach (var bucket in SentencePooling.LengthBuckets(texts, 32))
            {
                using var scope = NewDisposeScope();
                var (ids, mask) = TorchSentenceEncoder.Pack(bucket.Select(i => texts[i]).ToList(), CPU);
                var x = network.Embed(ids);
                var keyBias = MiniLmNetwork.KeyBias(mask, x.dtype);
                for (var l = 0; l < layers; l++) x = network.Layer(l).forward(x, keyBias);
                Unpack(x, bucket, texts, target);
            }
        }
        return result;
    }

    /// <summary>One more frozen layer (<paramref name="layer"/>, 0-based) over cached states.</summary>
    private static States Step(MiniLmNetwork network, States previous, (EncoderInput Title, EncoderInput Body)[] inputs, int layer)
    {
        var result = new States(inputs.Length);
        using var _ = no_grad();
        foreach (var (select, source, target) in new (Func<(EncoderInput Title, EncoderInput Body), EncoderInput>, float[][], float[][])[]
                 { (i => i.Title, previous.Title, result.Title), (i => i.Body, previous.Body, result.Body) })
        {
            var texts = inputs.Select(select).ToList();
            foreach (var bucket in SentencePooling.LengthBuckets(texts, 32))
            {
                using var scope = NewDisposeScope();
                var (x, mask) = Pad(bucket.Select(i => source[i]).ToList(), bucket.Select(i => texts[i].Length).ToList());
                x = network.Layer(layer).forward(x, MiniLmNetwork.KeyBias(mask, x.dtype));
                Unpack(x, bucket, texts, target);
            }
        }
        return result;
    }

    private static void Unpack(Tensor x, int[] bucket, List<EncoderInput> texts, float[][] target)
    {
        var width = (int)x.shape[1];
        var flat = x.contiguous().data<float>().ToArray();
        for (var b = 0; b < bucket.Length; b++)
            target[bucket[b]] = flat.AsSpan(b * width * Hidden, texts[bucket[b]].Length * Hidden).ToArray();
    }

    private static void SaveStates(string file, States states)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using (var stream = File.Create(file + ".tmp"))
            foreach (var row in states.Title.Concat(states.Body))
            {
                stream.Write(BitConverter.GetBytes(row.Length));
                stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(row.AsSpan()));
            }
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>The states in the file, or null when there is none or its lengths do not match these inputs.</summary>
    private static States? LoadStates(string file, (EncoderInput Title, EncoderInput Body)[] inputs)
    {
        if (!File.Exists(file)) return null;
        var states = new States(inputs.Length);
        using var stream = File.OpenRead(file);
        var length = new byte[4];
        for (var i = 0; i < 2 * inputs.Length; i++)
        {
            stream.ReadExactly(length);
            var expected = (i < inputs.Length ? inputs[i].Title.Length : inputs[i - inputs.Length].Body.Length) * Hidden;
            if (BitConverter.ToInt32(length) != expected) return null;
            var row = new float[expected];
            stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(row.AsSpan()));
            (i < inputs.Length ? states.Title : states.Body)[i % inputs.Length] = row;
        }
        return states;
    }

    /// <summary>The frozen encoder's [title, body] embeddings (mean-pooled, L2-normalised) from the last layer's states.</summary>
    private static float[][] Pooled(States last, (EncoderInput Title, EncoderInput Body)[] inputs)
        => inputs.Select((input, i) =>
        {
            float[] title = SentencePooling.MeanNormalized(last.Title[i], input.Title.Length, Hidden);
            float[] body = SentencePooling.MeanNormalized(last.Body[i], input.Body.Length, Hidden);
            return (float[])[.. title, .. body];
        }).ToArray();
}
