using NewsCurator.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// The trained model behind the scoring port. Scores in batches on the CPU or on CUDA; on a GPU
/// with <c>halfPrecision</c> the weights run in float16 (results stay within the tolerance the
/// tests check against float32).
/// </summary>
public sealed class NeuralScorer : IArticleScorer, IDisposable
{
    private readonly ScorerNetwork _network;
    private readonly HashedFeatures _features;
    private readonly Device _device;

    private readonly bool _ownsNetwork;

    /// <param name="ownsNetwork">Dispose the network with the scorer (a loaded model), or leave it to the caller (training).</param>
    public NeuralScorer(ScorerNetwork network, ModelHeader header, string device = "cpu", bool halfPrecision = false, int batchSize = 512, bool ownsNetwork = false)
    {
        _ownsNetwork = ownsNetwork;
        _device = torch.device(device);
        // Reduced precision: float16 on CUDA (tensor cores); bfloat16 on the CPU, where float16 kernels are missing.
        var dtype = !halfPrecision ? ScalarType.Float32 : _device.type == DeviceType.CUDA ? ScalarType.Float16 : ScalarType.BFloat16;
        _network = network;
        _network.to(_device);
        if (halfPrecision) _network.to(dtype);
        _network.eval();
        Header = header;
        BatchSize = batchSize;
        _features = new HashedFeatures(header.Shape.Buckets, header.MaxBodyTokens);
    }

    public static NeuralScorer Load(string path, string device = "cpu", bool halfPrecision = false, int batchSize = 512)
    {
        var (network, header) = ModelFile.Load(path);
        return new NeuralScorer(network, header, device, halfPrecision, batchSize, ownsNetwork: true);
    }

    public ModelHeader Header { get; }
    public int BatchSize { get; }
    public string Name => $"neural-{Header.ModelVersion}";

    public IReadOnlyList<ArticleScore> Score(IReadOnlyList<Article> articles, CancellationToken ct = default)
        => ScoreWithEmbeddings(articles, includeEmbeddings: true, ct).Select(s => s.Score with { Embedding = s.Embedding }).ToList();

    public List<(ArticleScore Score, float[]? Embedding)> ScoreWithEmbeddings(IReadOnlyList<Article> articles, bool includeEmbeddings, CancellationToken ct = default)
    {
        var results = new List<(ArticleScore, float[]?)>(articles.Count);
        foreach (var batch in articles.Chunk(BatchSize))
        {
            ct.ThrowIfCancellationRequested();
            var features = batch.Select(a => _features.Featurize(a.Title, a.Text, a.FeedTitle)).ToList();
            using var scope = NewDisposeScope();
            using var _ = no_grad();
            var (indices, offsets) = Pack(features, _device);
            var output = _network.forward(indices, offsets);
            results.AddRange(Decode(batch, output, Header, includeEmbeddings));
        }
        return results;
    }

    /// <summary>Head outputs of one batch to the scoring contract (shared by every network of the family and by training).</summary>
    internal static List<(ArticleScore Score, float[]? Embedding)> Decode(IReadOnlyList<Article> batch, ScorerOutputs output, ModelHeader header, bool includeEmbeddings)
    {
        var relevanceData = nn.functional.softmax(output.Relevance.to_type(ScalarType.Float32), 1).cpu().data<float>().ToArray();
        var qualityData = nn.functional.softmax(output.Quality.to_type(ScalarType.Float32), 1).cpu().data<float>().ToArray();
        var adData = sigmoid(output.AdLogit.to_type(ScalarType.Float32)).cpu().data<float>().ToArray();
        var typeData = output.ContentType.argmax(1).cpu().data<long>().ToArray();
        var embedding = includeEmbeddings ? nn.functional.normalize(output.Embedding.to_type(ScalarType.Float32), 2, 1).cpu() : null;
        var embeddingData = embedding?.data<float>().ToArray();
        var dim = (int)(embedding?.shape[1] ?? 0);
        var results = new List<(ArticleScore, float[]?)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var score = HeadOutputs.ToScore(batch[i].Id,
                relevanceData.AsSpan(i * ModelShape.RelevanceClasses, ModelShape.RelevanceClasses),
                qualityData.AsSpan(i * ModelShape.QualityClasses, ModelShape.QualityClasses),
                adData[i], (int)typeData[i], header, null);
            results.Add((score, embeddingData?[(i * dim)..((i + 1) * dim)]));
        }
        return results;
    }

    /// <summary>EmbeddingBag input: one flat index tensor and the start offset of each document.</summary>
    internal static (Tensor Indices, Tensor Offsets) Pack(IReadOnlyList<long[]> documents, Device device)
    {
        var offsets = new long[documents.Count];
        var total = 0L;
        for (var i = 0; i < documents.Count; i++)
        {
            offsets[i] = total;
            total += documents[i].Length;
        }
        var flat = new long[total];
        var at = 0;
        foreach (var doc in documents)
        {
            doc.CopyTo(flat, at);
            at += doc.Length;
        }
        return (tensor(flat, device: device), tensor(offsets, device: device));
    }

    public void Dispose()
    {
        if (_ownsNetwork) _network.Dispose();
    }
}
