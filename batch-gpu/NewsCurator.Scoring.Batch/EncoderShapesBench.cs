using System.Globalization;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Encoder;
using NewsCurator.Scoring.Model.Training;
using TorchSharp;

namespace NewsCurator.Scoring.Batch;

/// <summary>
/// The job's encoder path (<see cref="TorchSentenceEncoder"/> on <see cref="MiniLmNetwork"/>, six layers and the two
/// tuned top layers beside them) on inputs of the labelled texts' token lengths, with seeded random weights: speed
/// does not depend on the weights' values, so this travels to a GPU machine without the 90 MB encoder. It measures
/// the batching and projection choices against each other, the host's share of each batch, and writes the batches'
/// shapes so that plain PyTorch can replay them (batch-gpu/gpu-bench/encoder_shapes.py --replay): the ceiling for
/// the same work on the same GPU.
/// </summary>
public static class EncoderShapesBench
{
    /// <summary>Here, where the encoder's vocabulary is: each labelled text's body length in tokens at up to 128 and 256.</summary>
    public static int WriteLengths(string data, string path, TextWriter log)
    {
        var tokenizer = new WordPieceTokenizer(MiniLmAssets.Locate().ReadVocabulary());
        var texts = LabeledItems.Load(data).Select(i => i.Article).ToList();
        var text = new EncoderText();
        var lines = texts.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{(text with { BodyTokens = 128 }).Inputs(tokenizer, t).Body.Length}\t{(text with { BodyTokens = 256 }).Inputs(tokenizer, t).Body.Length}"));
        File.WriteAllLines(path, lines);
        log.WriteLine($"bench-encoder-shapes: {texts.Count} texts' body lengths at 128 and 256 tokens written to {path}");
        return 0;
    }

    /// <param name="only">Where set, the set of that name alone, on the job path alone (for a profiler).</param>
    /// <param name="plansOnly">Print each batching's batches and padding for each set, and encode nothing.</param>
    public static int Run(string lengthsPath, int items, string? shapesPath, TextWriter log, string? only = null, bool plansOnly = false)
    {
        var cuda = torch.cuda.is_available();
        var (device, precision) = cuda ? ("cuda", "fp16") : ("cpu", "fp32");
        var lengths = File.ReadLines(lengthsPath).Where(l => l.Length > 0)
            .Select(l => l.Split('\t').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToList();
        if (lengths.Count == 0 || lengths.Any(l => l.Length != 2 || l.Any(x => x < 2 || x > TorchSentenceEncoder.FullTokens)))
            throw new InvalidDataException($"{lengthsPath}: expected lines of two token lengths (at up to 128 and 256), each 2 to 256 (write them with --write-lengths)");
        var random = new Random(42);
        List<EncoderInput> Inputs(Func<int, int> lengthOf) => [.. Enumerable.Range(0, items).Select(i =>
        {
            var ids = new int[lengthOf(i)];
            for (var t = 0; t < ids.Length; t++) ids[t] = random.Next(1000, 30000);
            return new EncoderInput(ids);
        })];
        var sets = new (string Name, List<EncoderInput> Inputs, bool Real)[]
        {
            ("labelled, up to 128", Inputs(i => lengths[i % lengths.Count][0]), true),
            ("labelled, up to 256", Inputs(i => lengths[i % lengths.Count][1]), true),
            ("all 256", Inputs(_ => 256), false),
            ("all 130", Inputs(_ => 130), false),
        };
        if (plansOnly)
        {
            // What each batching makes of each set at the GPU's batch size, without encoding: the padding is the work it adds.
            log.WriteLine("| inputs | batching | batches | mean length | mean padded width |");
            log.WriteLine("|---|---|---:|---:|---:|");
            foreach (var (name, inputs, _) in sets)
                foreach (var batching in Enum.GetValues<EncoderBatching>())
                {
                    var plan = TorchSentenceEncoder.Batches(inputs, batching, TorchSentenceEncoder.GpuBatchSize).ToList();
                    var padded = plan.Sum(b => (double)b.Length * b.Max(i => inputs[i].Length));
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {name} | {batching} | {plan.Count} | {inputs.Average(i => i.Length):0.0} | {padded / inputs.Count:0.0} |"));
                }
            return 0;
        }
        log.WriteLine($"bench-encoder-shapes: {items} items a set on {device} in {precision}, random weights (seed 0), {Environment.ProcessorCount} CPU cores");
        var rows = new List<string>();
        var shapes = new List<string>();
        var variants = new (EncoderBatching Batching, bool Fused)[]
        {
            (EncoderBatching.PaddedTokens, false), (EncoderBatching.Items, false), (EncoderBatching.TokensOnly, false), (EncoderBatching.OneLength, false),
            (EncoderBatching.PaddedTokens, true),
        };
        foreach (var (name, inputs, real) in sets.Where(s => only is null || s.Name == only))
        {
            var longest = inputs.Max(i => i.Length);
            log.WriteLine($"bench-encoder-shapes: {name}: mean {inputs.Average(i => i.Length):0.0} tokens, {inputs.Count(i => i.Length == longest)} at {longest}");
            foreach (var (batching, fused) in only is not null ? variants.Take(1) : real ? variants : variants.Where(v => v.Batching == EncoderBatching.PaddedTokens))
            {
                using var encoder = Encoder(device, precision, batching, fused);
                encoder.Embed(inputs.Take(2 * TorchSentenceEncoder.GpuBatchSize).ToList()); // kernels and the caching allocator
                var rate = EncoderBench.MedianOfThree(encoder, inputs);
                encoder.Timings = [];
                encoder.Embed(inputs);
                var t = encoder.Timings;
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {batching} | {(fused ? "one product" : "three")} | {t.Count} | {t.Count(b => b.Masked)} | {t.Sum(b => (double)b.Items * b.Width) / t.Sum(b => b.Items):0.0} | {rate:0} | {t.Sum(b => b.LaunchSeconds) / t.Sum(b => b.TotalSeconds):0.00} |"));
                log.WriteLine(rows[^1]);
                if (batching == EncoderBatching.PaddedTokens && !fused)
                {
                    shapes.AddRange(t.Select(b => string.Create(CultureInfo.InvariantCulture, $"{name}\t{b.Items}\t{b.Width}\t{(b.Masked ? 1 : 0)}")));
                    // Written as they come: a run stopped by its time limit still leaves the replay its batches.
                    if (shapesPath is not null) File.WriteAllLines(shapesPath, shapes);
                }
            }
        }
        log.WriteLine();
        log.WriteLine("| inputs | batching | query/key/value | batches | with a mask | mean padded width | items/s | host queuing / batch time |");
        log.WriteLine("|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var row in rows) log.WriteLine(row);
        if (shapesPath is not null)
        {
            File.WriteAllLines(shapesPath, shapes);
            log.WriteLine($"bench-encoder-shapes: the job path's {shapes.Count} batch shapes written to {shapesPath} (encoder_shapes.py --replay)");
        }
        if (cuda && only is null) CompareWithCpu(sets[1].Inputs.Take(256).ToList(), log);
        return 0;
    }

    /// <summary>The same seeded weights in fp16 on the GPU, with each projection choice, against fp32 on the CPU.</summary>
    private static void CompareWithCpu(IReadOnlyList<EncoderInput> inputs, TextWriter log)
    {
        using var cpu = Encoder("cpu", "fp32", EncoderBatching.PaddedTokens, fused: false);
        var reference = cpu.Embed(inputs);
        foreach (var fused in new[] { false, true })
        {
            using var gpu = Encoder("cuda", "fp16", EncoderBatching.PaddedTokens, fused);
            var cosines = gpu.Embed(inputs).Zip(reference, (a, b) => Math.Min(SentencePooling.Cosine(a.General, b.General), SentencePooling.Cosine(a.Scoring, b.Scoring))).ToList();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench-encoder-shapes: cuda fp16 ({(fused ? "one" : "three")} query/key/value product{(fused ? "" : "s")}) against cpu fp32 on {inputs.Count} inputs: cosine mean {cosines.Average():0.00000}, min {cosines.Min():0.00000}"));
        }
    }

    private static TorchSentenceEncoder Encoder(string device, string precision, EncoderBatching batching, bool fused)
    {
        torch.manual_seed(0); // the same weights for every variant and device
        var network = new MiniLmNetwork(new BertShape(), tunedLayers: 2);
        var batch = device == "cuda" ? TorchSentenceEncoder.GpuBatchSize : 32;
        return new TorchSentenceEncoder(network, device, precision, batch) { Batching = batching, FusedProjections = fused };
    }
}
