using System.Collections.Concurrent;
using NewsCurator.Configuration;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model;

namespace NewsCurator.Scoring;

/// <summary>
/// The scorer a run asked for: the encoder heads (a .nceh file: the pretrained encoder with the
/// heads' fine-tuned top layers on ONNX Runtime, plus the trained heads), the older hashed bag
/// (.ncsm), or the rules scorer when no model is configured.
/// </summary>
public static class ScorerFactory
{
    // A warm Lambda container scores many runs: load each model, and the encoder, once.
    private static readonly ConcurrentDictionary<string, Lazy<ManagedScorer>> BagModels = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<EncoderHeads>> Heads = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<(ISentenceEncoder Encoder, WordPieceTokenizer Tokenizer)>> CpuEncoders = new(StringComparer.Ordinal);

    /// <summary>
    /// The CPU encoder (ONNX Runtime) in the configured precision, with the heads' tuned top layers
    /// where they have some: loaded once per process for each precision and set of tuned layers.
    /// </summary>
    public static (ISentenceEncoder Encoder, WordPieceTokenizer Tokenizer) CpuEncoder(string precision, EncoderHeads? heads = null)
    {
        // Keyed by what the session is built from, so each base model is checked against its heads once.
        var key = $"{precision}/{heads?.Header.BaseModelSha256 ?? "package"}/{heads?.Top?.Id ?? "pretrained"}";
        return LoadOnce(CpuEncoders, key, () =>
        {
            var assets = MiniLmAssets.Locate();
            var model = heads is null ? assets.ReadModel() : heads.EncoderGraph(assets);
            var encoder = precision == CpuPrecisions.Int8 ? OnnxSentenceEncoder.Int8(model) : new OnnxSentenceEncoder(model);
            return (new CachingSentenceEncoder(encoder), new WordPieceTokenizer(assets.ReadVocabulary()));
        });
    }

    public static IArticleScorer ForConfig(PipelineConfig config, IArticleScorer fallback) => config.Scoring.Model switch
    {
        null => fallback,
        var path when IsEncoderHeads(path) => EncoderScorerFor(path, config),
        var path => LoadOnce(BagModels, path, () => ManagedScorer.Load(path)),
    };

    private static EncoderScorer EncoderScorerFor(string path, PipelineConfig config)
    {
        var heads = HeadsFor(path);
        var (encoder, tokenizer) = CpuEncoder(config.Scoring.CpuPrecision, heads);
        return new EncoderScorer(heads, encoder, tokenizer, config.Profile, ownsEncoder: false, ads: config.Ads);
    }

    public static EncoderHeads HeadsFor(string path) => LoadOnce(Heads, path, () => EncoderHeads.Load(path));

    /// <summary>
    /// The value loaded for <paramref name="key"/>, loading it once however many runs ask at the same time. A load that
    /// fails is forgotten, not cached: a Lazy keeps its exception, so a warm container whose model file was missing or cut
    /// short at its first run (a deploy still copying it) failed every later run with it, the file long since whole
    /// (hostile-input audit 44's note).
    /// </summary>
    private static T LoadOnce<T>(ConcurrentDictionary<string, Lazy<T>> cache, string key, Func<T> load)
    {
        var loading = cache.GetOrAdd(key, _ => new Lazy<T>(load));
        try
        {
            return loading.Value;
        }
        catch
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<T>>(key, loading));
            throw;
        }
    }

    /// <summary>By content, not by name: the first four bytes say which model family a file holds.</summary>
    public static bool IsEncoderHeads(string path)
    {
        if (!File.Exists(path)) return path.EndsWith(".nceh", StringComparison.OrdinalIgnoreCase);
        Span<byte> magic = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(magic) == 4 && magic.SequenceEqual(EncoderHeads.Magic);
    }
}
