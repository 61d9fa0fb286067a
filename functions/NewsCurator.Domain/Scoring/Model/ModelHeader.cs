namespace NewsCurator.Scoring.Model;

/// <summary>
/// Sizes of the hashed-bag family. The default was chosen by measurement on the feed-split validation set:
/// d=32/16K buckets gave relevance macro-F1 0.616 and ad AUC 0.760 at 40k items/s (1 MB), against
/// 0.581/0.673 at 23k items/s for d=64/32K (4 MB) and 0.579/0.695 at 15k items/s for d=128/64K (17 MB).
/// </summary>
public sealed record ModelShape(int Buckets = 1 << 14, int Dim = 32, int Hidden = 32)
{
    public const int RelevanceClasses = 4;   // tech_relevance 0-3
    public const int QualityClasses = 5;     // quality 1-5
}

/// <summary>What travels with the weights: shape, tokenizer, labels, provenance and a checksum.</summary>
public sealed record ModelHeader : IWeightsHeader
{
    public string Format { get; init; } = "newscurator-scorer";
    public int FormatVersion { get; init; } = 1;
    public required string ModelVersion { get; init; }
    public required ModelShape Shape { get; init; }
    public required int MaxBodyTokens { get; init; }
    public required IReadOnlyList<string> ContentTypes { get; init; }
    public required IReadOnlyList<ParameterEntry> Parameters { get; init; }
    /// <summary>SHA-256 of the weight bytes that follow the header.</summary>
    public required string WeightsSha256 { get; init; }
    public DateTimeOffset TrainedAt { get; init; }
    public int Seed { get; init; }
    public Dictionary<string, double> ValidationMetrics { get; init; } = [];
}

public sealed record ParameterEntry(string Name, long[] Shape);

