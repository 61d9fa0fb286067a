using System.Collections.Concurrent;
using NewsCurator.Configuration;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model;

namespace NewsCurator.Scoring;

/// <summary>
/// The scorer a run asked for: the encoder heads (a .nceh file: the pretrained encoder on ONNX
/// Runtime plus the trained heads), the older hashed bag (.ncsm), or the rules scorer when no model
/// is configured.
/// </summary>
public static class ScorerFactory
{
    // A warm Lambda container scores many runs: load each model, and the encoder, once.
    private static readonly ConcurrentDictionary<string, Lazy<ManagedScorer>> BagModels = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<EncoderHeads>> Heads = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<(ISentenceEncoder Encoder, WordPieceTokenizer Tokenizer)>> CpuEncoders = new(StringComparer.Ordinal);

    /// <summary>The CPU encoder in the configured precision (ONNX Runtime), loaded once per process.</summary>
    public static (ISentenceEncoder Encoder, WordPieceTokenizer Tokenizer) CpuEncoder(string precision) => CpuEncoders.GetOrAdd(precision, p => new(() =>
    {
        var assets = MiniLmAssets.Locate();
        var encoder = p == CpuPrecisions.Int8
            ? OnnxSentenceEncoder.Int8(assets.ReadModel())
            : new OnnxSentenceEncoder(assets.ReadModel());
        return (new CachingSentenceEncoder(encoder), new WordPieceTokenizer(assets.ReadVocabulary()));
    })).Value;

    public static IArticleScorer ForConfig(PipelineConfig config, IArticleScorer fallback) => config.Scoring.Model switch
    {
        null => fallback,
        var path when IsEncoderHeads(path) => EncoderScorerFor(path, config),
        var path => BagModels.GetOrAdd(path, p => new Lazy<ManagedScorer>(() => ManagedScorer.Load(p))).Value,
    };

    private static EncoderScorer EncoderScorerFor(string path, PipelineConfig config)
    {
        var (encoder, tokenizer) = CpuEncoder(config.Scoring.CpuPrecision);
        return new EncoderScorer(HeadsFor(path), encoder, tokenizer, config.Profile, ownsEncoder: false);
    }

    public static EncoderHeads HeadsFor(string path) => Heads.GetOrAdd(path, p => new Lazy<EncoderHeads>(() => EncoderHeads.Load(p))).Value;

    /// <summary>By content, not by name: the first four bytes say which model family a file holds.</summary>
    public static bool IsEncoderHeads(string path)
    {
        if (!File.Exists(path)) return path.EndsWith(".nceh", StringComparison.OrdinalIgnoreCase);
        Span<byte> magic = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(magic) == 4 && magic.SequenceEqual(EncoderHeads.Magic);
    }
}
