namespace NewsCurator.Scoring.Model;

/// <summary>Sizes of the hashed-bag family; the default was chosen by validation quality and throughput.</summary>
public sealed record ModelShape(int Buckets = 1 << 15, int Dim = 64, int Hidden = 64)
{
    public const int RelevanceClasses = 4;   // tech_relevance 0-3
    public const int QualityClasses = 5;     // quality 1-5
}

/// <summary>What travels with the weights: shape, tokenizer, labels, provenance and a checksum.</summary>
public sealed record ModelHeader
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

