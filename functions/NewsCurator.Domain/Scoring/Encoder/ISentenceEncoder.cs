namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Texts to sentence embeddings (mean over the tokens, L2-normalised): ONNX Runtime on a CPU in
/// the Score Lambda and locally, TorchSharp on a GPU in the Batch job. Both take the ids of the
/// same <see cref="WordPieceTokenizer"/>, so they differ only in arithmetic (tests bound it).
/// </summary>
public interface ISentenceEncoder : IDisposable
{
    /// <summary>Which runtime and device, for reports ("onnxruntime-cpu", "torchsharp-cuda-bf16").</summary>
    string Runtime { get; }

    int Dimensions { get; }

    /// <summary>
    /// The fingerprint (<see cref="TunedEncoderTop.Id"/>) of the fine-tuned top layers the encoder carries, so
    /// <see cref="SentenceEmbedding.Scoring"/> differs from the pretrained embedding; null when it has none.
    /// </summary>
    string? TunedTop { get; }

    SentenceEmbedding[] Embed(IReadOnlyList<EncoderInput> inputs, CancellationToken ct = default);
}

/// <summary>
/// One text's embeddings: <see cref="General"/> from the pretrained encoder, for comparing texts
/// (profile, topics, story clusters), and <see cref="Scoring"/> from the fine-tuned top layers, for
/// the heads (the same vector when the encoder has none: <see cref="TunedEncoderTop"/>).
/// </summary>
public readonly record struct SentenceEmbedding(float[] General, float[] Scoring)
{
    public static SentenceEmbedding Untuned(float[] embedding) => new(embedding, embedding);
}

public static class SentenceEncoderExtensions
{
    /// <summary>The pretrained embeddings alone.</summary>
    public static float[][] Encode(this ISentenceEncoder encoder, IReadOnlyList<EncoderInput> inputs, CancellationToken ct = default)
        => [.. encoder.Embed(inputs, ct).Select(e => e.General)];
}

public static class SentencePooling
{
    /// <summary>Mean of the token vectors of one text (padding excluded), then L2-normalised.</summary>
    public static float[] MeanNormalized(ReadOnlySpan<float> hidden, int tokens, int dimensions)
    {
        var pooled = new float[dimensions];
        for (var t = 0; t < tokens; t++)
        {
            var row = hidden.Slice(t * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++) pooled[d] += row[d];
        }
        double norm = 0;
        for (var d = 0; d < dimensions; d++) { pooled[d] /= tokens; norm += pooled[d] * pooled[d]; }
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var d = 0; d < dimensions; d++) pooled[d] *= scale;
        return pooled;
    }

    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>
    /// Indices of the inputs in batches of similar length (sorted by length), so padding wastes
    /// little: the batch's cost is its longest text times its size.
    /// </summary>
    public static IEnumerable<int[]> LengthBuckets(IReadOnlyList<EncoderInput> inputs, int batchSize)
    {
        var order = LengthOrder(inputs);
        for (var start = 0; start < order.Length; start += batchSize)
            yield return order[start..Math.Min(order.Length, start + batchSize)];
    }

    /// <summary>
    /// Length-sorted batches of at most <paramref name="maxTokens"/> padded tokens (size times the longest
    /// text) and <paramref name="maxItems"/> inputs: short texts share one large batch, long ones fill one
    /// batch each. For a GPU, where every batch costs the host the same few hundred kernel launches
    /// whatever its size, so a batch of titles as small as one of whole bodies would cost little GPU time
    /// and a full batch's worth of host time. Past <paramref name="minItems"/> inputs a batch grows only while
    /// its padding stays within <paramref name="maxPadding"/> of its real tokens: a larger batch of sorted
    /// inputs spans more lengths, and the padding is work like any other. With no padding allowed
    /// (<paramref name="maxPadding"/> 0), every batch holds inputs of one length, which attention needs no mask for.
    /// </summary>
    public static IEnumerable<int[]> TokenBuckets(IReadOnlyList<EncoderInput> inputs, int maxTokens, int maxItems, int minItems = 1, double maxPadding = double.PositiveInfinity)
    {
        var order = LengthOrder(inputs);
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1; // one input per batch at least, however long
            long real = inputs[order[start]].Length;
            while (end < order.Length && end - start < maxItems)
            {
                var length = inputs[order[end]].Length;
                var padded = (long)(end - start + 1) * length;
                if (padded > maxTokens || (end - start >= minItems && padded > (1 + maxPadding) * (real + length))) break;
                real += length;
                end++;
            }
            yield return order[start..end];
            start = end;
        }
    }

    private static int[] LengthOrder(IReadOnlyList<EncoderInput> inputs)
        => Enumerable.Range(0, inputs.Count).OrderBy(i => inputs[i].Length).ThenBy(i => i).ToArray();
}
