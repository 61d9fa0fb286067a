using System.Collections.Concurrent;
using NewsCurator.Configuration;
using NewsCurator.Scoring.Model;

namespace NewsCurator.Scoring;

/// <summary>The scorer a run asked for: its trained model, or the rules scorer when none is configured.</summary>
public static class ScorerFactory
{
    // A warm Lambda container scores many runs: load each model file once.
    private static readonly ConcurrentDictionary<string, Lazy<ManagedScorer>> Models = new(StringComparer.Ordinal);

    public static IArticleScorer ForConfig(ScoringConfig config, IArticleScorer fallback)
        => config.Model is { } path ? Models.GetOrAdd(path, p => new Lazy<ManagedScorer>(() => ManagedScorer.Load(p))).Value : fallback;
}
