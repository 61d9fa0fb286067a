using NewsCurator.Scoring.Encoder;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model.Encoder;

/// <summary>
/// The pretrained encoder in TorchSharp: the Batch job's path on a GPU (fp16 or bf16 on CUDA),
/// also runnable on the CPU in fp32. Length-bucketed batches; pooling in fp32 whatever the
/// compute precision, so reduced precision costs accuracy only inside the network.
/// </summary>
public sealed class TorchSentenceEncoder : ISentenceEncoder
{
    private readonly MiniLmNetwork _network;
    private readonly Device _device;
    private readonly ScalarType _dtype;
    private readonly int _batchSize;

    /// <summary>
    /// The Batch job's batch on a GPU, counted at the full 256 tokens (shorter inputs share a batch of
    /// as many padded tokens). On an H200 (bench-encoder, EXPERIMENTS.md) batches of 1024 encoded 15%
    /// faster than 256 at up to 128 tokens and 4% at up to 256; a batch of 1024 at 256 tokens peaks
    /// at about 4 GB of activations in fp16 (one layer's intermediates, freed layer by layer), within an A10G's 24 GB.
    /// </summary>
    public const int GpuBatchSize = 1024;

    /// <summary>The longest input a batch size is counted at (the body's budget, <see cref="EncoderText.BodyTokens"/>).</summary>
    public const int FullTokens = 256;

    /// <summary>How many times the batch size a batch of short inputs (titles) may hold.</summary>
    public const int MaxShortInputsFactor = 8;

    /// <summary>
    /// How far a batch grows past the batch size: while its padding stays within 5% of its real tokens. On an H200
    /// (bench-encoder-shapes, EXPERIMENTS.md) batches filled to the token budget alone padded the labelled texts at up
    /// to 128 tokens to a mean width of 94.5 for a mean length of 87.0 and encoded 7% slower than plain batches of 1024
    /// (88.9 wide), whose count of batches was nearly three times theirs.
    /// </summary>
    public const double MaxPadding = 0.05;

    /// <param name="precision">"fp32", "fp16" or "bf16" (reduced precision only where the device has the kernels: CUDA).</param>
    public TorchSentenceEncoder(MiniLmNetwork network, string device = "cpu", string precision = "fp32", int batchSize = 64)
    {
        _device = torch.device(device);
        _dtype = precision switch
        {
            "fp32" => ScalarType.Float32,
            "fp16" => ScalarType.Float16,
            "bf16" => ScalarType.BFloat16,
            _ => throw new ArgumentException($"precision '{precision}' is not one of fp32, fp16, bf16", nameof(precision)),
        };
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _network = network;
        _network.to(_device);
        if (_dtype != ScalarType.Float32) _network.to(_dtype);
        _network.eval();
        _batchSize = batchSize;
        Runtime = $"torchsharp-{_device.type.ToString().ToLowerInvariant()}-{precision}";
    }

    public static TorchSentenceEncoder Load(MiniLmAssets assets, string device = "cpu", string precision = "fp32", int batchSize = 64)
        => new(MiniLmWeights.Load(assets.ReadModel()), device, precision, batchSize);

    /// <summary>The encoder these heads read: the pretrained graph they were trained on (checked), with their fine-tuned top layers beside it.</summary>
    public static TorchSentenceEncoder ForHeads(EncoderHeads heads, MiniLmAssets assets, string device = "cpu", string precision = "fp32", int batchSize = 64)
        => new(MiniLmWeights.Load(heads.PretrainedGraph(assets), top: heads.Top), device, precision, batchSize);

    public string Runtime { get; }

    /// <summary>How inputs are grouped into batches (<see cref="EncoderBatching"/>; bench-encoder-shapes measures each).</summary>
    public EncoderBatching Batching { get; set; } = EncoderBatching.PaddedTokens;

    /// <summary>Query, key and value as one matrix product per layer (<see cref="MiniLmNetwork.FuseProjections"/>).</summary>
    public bool FusedProjections
    {
        get => _network.ProjectionsFused;
        set
        {
            if (value) _network.FuseProjections();
            else _network.UnfuseProjections();
        }
    }

    /// <summary>Where set, each batch's size, width and times are added to it (bench-encoder-shapes).</summary>
    public List<EncoderBatchTiming>? Timings { get; set; }

    public int Dimensions => _network.Shape.Hidden;

    public string? TunedTop => _network.TunedTopId;

    public SentenceEmbedding[] Embed(IReadOnlyList<EncoderInput> inputs, CancellationToken ct = default)
    {
        // Each batch is read back before the next is queued. Queuing the next one first (so that the GPU never waits
        // for the host) measured no faster on an H200 (EXPERIMENTS.md): the host's share of a batch is small.
        var result = new SentenceEmbedding[inputs.Count];
        using var _ = no_grad();
        // The batch size counts inputs at the full 256 tokens; shorter ones share a batch of as many padded tokens.
        foreach (var bucket in Batches(inputs))
        {
            ct.ThrowIfCancellationRequested();
            var clock = Timings is null ? null : System.Diagnostics.Stopwatch.StartNew();
            var batch = bucket.Select(i => inputs[i]).ToList();
            var pooled = Launch(batch);
            var launched = clock?.Elapsed.TotalSeconds ?? 0;
            Collect(bucket, pooled, result);
            if (clock is not null)
                Timings!.Add(new EncoderBatchTiming(batch.Count, batch.Max(i => i.Length), !OneLength(batch), launched, clock.Elapsed.TotalSeconds));
        }
        return result;
    }

    private IEnumerable<int[]> Batches(IReadOnlyList<EncoderInput> inputs) => Batches(inputs, Batching, _batchSize);

    /// <summary>The batches (indices into <paramref name="inputs"/>) an encoder of this batching and batch size makes.</summary>
    public static IEnumerable<int[]> Batches(IReadOnlyList<EncoderInput> inputs, EncoderBatching batching, int batchSize) => batching switch
    {
        EncoderBatching.Items => SentencePooling.LengthBuckets(inputs, batchSize),
        EncoderBatching.OneLength => SentencePooling.TokenBuckets(inputs, batchSize * FullTokens, batchSize * MaxShortInputsFactor, maxPadding: 0),
        EncoderBatching.TokensOnly => SentencePooling.TokenBuckets(inputs, batchSize * FullTokens, batchSize * MaxShortInputsFactor),
        _ => SentencePooling.TokenBuckets(inputs, batchSize * FullTokens, batchSize * MaxShortInputsFactor, minItems: batchSize, maxPadding: MaxPadding),
    };

    private static bool OneLength(IReadOnlyList<EncoderInput> batch) => batch.All(i => i.Length == batch[0].Length);

    /// <summary>Queues one batch: [batch, dims] pooled embeddings on the device, the tuned ones beside them ([batch, 2 * dims]) where there are tuned layers.</summary>
    private Tensor Launch(IReadOnlyList<EncoderInput> batch)
    {
        using var scope = NewDisposeScope();
        var (ids, mask) = Pack(batch, _device);
        // A bucket of one length has no padding: attention then needs no mask (see ForwardBoth).
        var (general, tuned) = _network.ForwardBoth(ids, OneLength(batch) ? null : mask);
        var pooled = tuned is null ? Pool(general, mask) : cat([Pool(general, mask), Pool(tuned, mask)], 1);
        return pooled.MoveToOuterDisposeScope();
    }

    /// <summary>Reads a launched batch back (waiting for it) into each input's embedding, and frees it.</summary>
    private void Collect(int[] bucket, Tensor pooled, SentenceEmbedding[] result)
    {
        using (pooled)
        {
            using var host = pooled.cpu();
            // The raw bytes of the contiguous host copy: several times faster than an element-wise accessor.
            var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(host.bytes);
            var width = (int)pooled.shape[1];
            for (var b = 0; b < bucket.Length; b++)
            {
                var row = values.Slice(b * width, width);
                var general = row[..Dimensions].ToArray();
                result[bucket[b]] = width > Dimensions ? new SentenceEmbedding(general, row[Dimensions..].ToArray()) : SentenceEmbedding.Untuned(general);
            }
        }
    }

    /// <summary>Mean over real tokens, L2-normalised, in fp32.</summary>
    public static Tensor Pool(Tensor hidden, Tensor mask)
    {
        var m = mask.unsqueeze(-1).to(ScalarType.Float32);
        var summed = (hidden.to(ScalarType.Float32) * m).sum(1);
        var mean = summed / m.sum(1).AtLeast(1);
        return nn.functional.normalize(mean, p: 2, dim: 1);
    }

    public static (Tensor Ids, Tensor Mask) Pack(IReadOnlyList<EncoderInput> batch, Device device)
    {
        var width = batch.Max(i => i.Length);
        var ids = new long[batch.Count * width];
        var mask = new long[batch.Count * width];
        for (var b = 0; b < batch.Count; b++)
            for (var t = 0; t < batch[b].Length; t++)
            {
                ids[b * width + t] = batch[b].Ids[t];
                mask[b * width + t] = 1;
            }
        return (tensor(ids, [batch.Count, width]).to(device), tensor(mask, [batch.Count, width]).to(device));
    }

    public void Dispose() => _network.Dispose();
}

/// <summary>How <see cref="TorchSentenceEncoder"/> groups inputs into batches; every one is length-sorted.</summary>
public enum EncoderBatching
{
    /// <summary>Up to the batch size times 256 padded tokens, so short inputs share a larger batch, grown past the batch size only
    /// while the padding stays within <see cref="TorchSentenceEncoder.MaxPadding"/> (the default).</summary>
    PaddedTokens,

    /// <summary>The batch size in inputs, whatever their length (the job's batching before the token count).</summary>
    Items,

    /// <summary>Up to the batch size times 256 padded tokens, however much padding (the job's batching measured on an H200 in session 23).</summary>
    TokensOnly,

    /// <summary>Inputs of one length only, within the padded-token budget: no padding, so attention never needs a mask.</summary>
    OneLength,
}

/// <summary>One batch as encoded: its inputs, its longest input, whether attention took a padding mask, the
/// host's time to queue its work on the device, and its time until the embeddings were back on the host.</summary>
public readonly record struct EncoderBatchTiming(int Items, int Width, bool Masked, double LaunchSeconds, double TotalSeconds);
