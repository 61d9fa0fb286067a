using NewsCurator.Model;

namespace NewsCurator.Scoring.Model;

/// <summary>
/// From head outputs to the scoring contract, shared by the TorchSharp and the managed evaluator so
/// both map probabilities to scores the same way: expected class on 0-10, ad probability, argmax type.
/// </summary>
public static class HeadOutputs
{
    public static ArticleScore ToScore(string id, ReadOnlySpan<float> relevance, ReadOnlySpan<float> quality, double adProbability,
        int typeIndex, ModelHeader header, float[]? embedding)
        => ToScore(id, relevance, quality, adProbability, adProbability >= 0.5, header.ContentTypes[typeIndex], $"neural-{header.ModelVersion}", embedding) with { AdThreshold = 0.5 };

    /// <param name="isAdvertisement">The model's verdict at its own tuned threshold.</param>
    public static ArticleScore ToScore(string id, ReadOnlySpan<float> relevance, ReadOnlySpan<float> quality, double adProbability,
        bool isAdvertisement, string contentType, string scorer, float[]? embedding)
    {
        double expectedRelevance = 0, expectedQuality = 0;
        for (var c = 0; c < relevance.Length; c++) expectedRelevance += c * relevance[c];
        for (var c = 0; c < quality.Length; c++) expectedQuality += (c + 1) * quality[c];
        return new ArticleScore
        {
            Id = id,
            TechRelevanceScore = Math.Round(Math.Clamp(expectedRelevance / (ModelShape.RelevanceClasses - 1) * 10, 0, 10), 2),
            QualityScore = Math.Round(Math.Clamp((expectedQuality - 1) / (ModelShape.QualityClasses - 1) * 10, 0, 10), 2),
            AdProbability = Math.Round(adProbability, 4),
            IsAdvertisement = isAdvertisement,
            ContentType = contentType,
            Scorer = scorer,
            Embedding = embedding,
        };
    }
}
