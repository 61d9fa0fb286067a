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

    public int Dimensions => _network.Shape.Hidden;

    public string? TunedTop => _network.TunedTopId;

    public SentenceEmbedding[] Embed(IReadOnlyList<EncoderInput> inputs, CancellationToken ct = default)
    {
        var result = new SentenceEmbedding[inputs.Count];
        using var _ = no_grad();
        foreach (var bucket in SentencePooling.LengthBuckets(inputs, _batchSize))
        {
            ct.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            var (ids, mask) = Pack(bucket.Select(i => inputs[i]).ToList(), _device);
            var (general, tuned) = _network.ForwardBoth(ids, mask);
            var pooled = Pool(general, mask).cpu().data<float>().ToArray();
            var pooledTuned = tuned is null ? null : Pool(tuned, mask).cpu().data<float>().ToArray();
            for (var b = 0; b < bucket.Length; b++)
            {
                var embedding = pooled.AsSpan(b * Dimensions, Dimensions).ToArray();
                result[bucket[b]] = pooledTuned is null ? SentenceEmbedding.Untuned(embedding) : new SentenceEmbedding(embedding, pooledTuned.AsSpan(b * Dimensions, Dimensions).ToArray());
            }
        }
        return result;
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
