using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// Remembers embeddings by their token ids, so a warm Lambda container or a long-lived process
/// (serve, the test host) never encodes the same text twice: a retried Score state or a re-run of
/// the same items costs no encoder time and gives the very same vectors. Bounded: when full, it
/// starts over rather than grow.
/// </summary>
public sealed class CachingSentenceEncoder(ISentenceEncoder inner, int capacity = 100_000) : ISentenceEncoder
{
    private readonly ConcurrentDictionary<string, SentenceEmbedding> _cache = new(StringComparer.Ordinal);

    public string Runtime => inner.Runtime;

    public int Dimensions => inner.Dimensions;

    public string? TunedTop => inner.TunedTop;

    public int Hits { get; private set; }

    public SentenceEmbedding[] Embed(IReadOnlyList<EncoderInput> inputs, CancellationToken ct = default)
    {
        var result = new SentenceEmbedding[inputs.Count];
        var keys = inputs.Select(Key).ToArray();
        var missing = new List<int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (_cache.TryGetValue(keys[i], out var cached)) result[i] = cached;
            else missing.Add(i);
        }
        Hits += inputs.Count - missing.Count;
        if (missing.Count == 0) return result;
        var encoded = inner.Embed(missing.Select(i => inputs[i]).ToList(), ct);
        if (_cache.Count + encoded.Length > capacity) _cache.Clear();
        for (var m = 0; m < missing.Count; m++)
        {
            result[missing[m]] = encoded[m];
            _cache[keys[missing[m]]] = encoded[m];
        }
        return result;
    }

    private static string Key(EncoderInput input) => Convert.ToBase64String(SHA256.HashData(MemoryMarshal.AsBytes(input.Ids.AsSpan())));

    public void Dispose() => inner.Dispose();
}
