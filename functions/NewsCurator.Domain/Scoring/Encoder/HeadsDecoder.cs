using NewsCurator.Model;
using NewsCurator.Scoring.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The ad head's calibration, fitted on out-of-fold predictions of feeds the heads never saw:
/// probability = sigmoid(Scale * logit + Bias) (Platt scaling), and the probability at or above
/// which the model calls an item an ad (the threshold that maximised F1 out of fold).
/// </summary>
public sealed record AdCalibration(double Scale = 1, double Bias = 0, double Threshold = 0.5)
{
    public double Probability(double logit) => 1 / (1 + Math.Exp(-(Scale * Math.Clamp(logit, -30, 30) + Bias)));
}

/// <summary>From the heads' logit vector to the scoring contract, the same way in training, validation and production.</summary>
public static class HeadsDecoder
{
    public static ArticleScore ToScore(string id, ReadOnlySpan<float> logits, IReadOnlyList<string> contentTypes, AdCalibration calibration, string scorer, float[]? embedding)
    {
        var l = HeadLayout.For(contentTypes.Count);
        var relevance = DenseMath.Softmax(logits.Slice(l.Relevance, HeadLayout.RelevanceClasses));
        var quality = DenseMath.Softmax(logits.Slice(l.Quality, HeadLayout.QualityClasses));
        var type = logits.Slice(l.Type, contentTypes.Count);
        var best = 0;
        for (var i = 1; i < type.Length; i++) if (type[i] > type[best]) best = i;
        var ad = calibration.Probability(logits[l.Ad]);
        return HeadOutputs.ToScore(id, relevance, quality, ad, ad >= calibration.Threshold, contentTypes[best], scorer, embedding);
    }
}
