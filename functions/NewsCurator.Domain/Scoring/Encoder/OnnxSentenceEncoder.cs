using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The pretrained encoder run by ONNX Runtime on the CPU: the Score Lambda and local runs use it
/// (no 500 MB libtorch in a Lambda package). Length-bucketed batches; all cores by default.
/// </summary>
public sealed class OnnxSentenceEncoder : ISentenceEncoder
{
    private readonly InferenceSession _session;
    private readonly int _batchSize;
    private readonly string[] _outputs;

    /// <param name="runtime">How runs record this encoder (the precision of the model it was given).</param>
    public OnnxSentenceEncoder(byte[] model, int batchSize = 32, int threads = 0, string runtime = "onnxruntime-cpu")
    {
        Runtime = runtime;
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = threads > 0 ? threads : Environment.ProcessorCount,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _session = new InferenceSession(model, options);
        _batchSize = batchSize;
        Dimensions = _session.OutputMetadata[OnnxTunedTop.BaseOutput].Dimensions[^1];
        var tuned = _session.OutputMetadata.ContainsKey(OnnxTunedTop.TunedOutput);
        TunedTop = !tuned ? null : _session.ModelMetadata.CustomMetadataMap.TryGetValue(OnnxTunedTop.TunedTopKey, out var id) ? id : "unknown";
        _outputs = tuned ? [OnnxTunedTop.BaseOutput, OnnxTunedTop.TunedOutput] : [OnnxTunedTop.BaseOutput];
    }

    /// <summary>The encoder with its weight matrices quantised to int8 (<see cref="OnnxQuantizer"/>).</summary>
    public static OnnxSentenceEncoder Int8(byte[] model) => new(OnnxQuantizer.DynamicUint8(model).Model, runtime: "onnxruntime-cpu-int8");

    /// <summary>The pretrained graph, with the tuned top layers as a second branch where there are some (<see cref="OnnxTunedTop"/>).</summary>
    public static byte[] Graph(byte[] pretrained, TunedEncoderTop? top) => top is null ? pretrained : OnnxTunedTop.Build(pretrained, top);

    public string Runtime { get; }

    public int Dimensions { get; }

    public string? TunedTop { get; }

    public SentenceEmbedding[] Embed(IReadOnlyList<EncoderInput> inputs, CancellationToken ct = default)
    {
        var result = new SentenceEmbedding[inputs.Count];
        foreach (var bucket in SentencePooling.LengthBuckets(inputs, _batchSize))
        {
            ct.ThrowIfCancellationRequested();
            var hidden = Run(bucket.Select(i => inputs[i]).ToList(), out var width);
            for (var b = 0; b < bucket.Length; b++)
            {
                float[] Pool(float[] h) => SentencePooling.MeanNormalized(h.AsSpan(b * width * Dimensions, width * Dimensions), inputs[bucket[b]].Length, Dimensions);
                var general = Pool(hidden[0]);
                result[bucket[b]] = TunedTop is not null ? new SentenceEmbedding(general, Pool(hidden[1])) : SentenceEmbedding.Untuned(general);
            }
        }
        return result;
    }

    /// <summary>The last hidden states of one padded batch (the pretrained one, then the tuned one where the graph has it), each [batch, width, dims] flattened.</summary>
    public float[][] Run(IReadOnlyList<EncoderInput> batch, out int width)
    {
        width = batch.Max(i => i.Length);
        var shape = new[] { batch.Count, width };
        var ids = new DenseTensor<long>(shape);
        var mask = new DenseTensor<long>(shape);
        var types = new DenseTensor<long>(shape);
        for (var b = 0; b < batch.Count; b++)
            for (var t = 0; t < batch[b].Length; t++)
            {
                ids[b, t] = batch[b].Ids[t];
                mask[b, t] = 1;
            }
        var feeds = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var outputs = _session.Run(feeds, _outputs);
        return [.. outputs.Select(o => o.AsTensor<float>().ToArray())];
    }

    public void Dispose() => _session.Dispose();
}
