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

/// <summary>The word model's relevance and quality probabilities and their share of the final ones.</summary>
public sealed record WordVotes(float[] Relevance, float[] Quality, double Share);

/// <summary>From the heads' logit vector to the scoring contract, the same way in training, validation and production.</summary>
public static class HeadsDecoder
{
    /// <param name="words">The word model's relevance and quality, mixed with the heads' own by its share, where there is one.</param>
    public static ArticleScore ToScore(string id, ReadOnlySpan<float> logits, IReadOnlyList<string> contentTypes, AdCalibration calibration, string scorer, float[]? embedding,
        WordVotes? words = null)
    {
        var l = HeadLayout.For(contentTypes.Count);
        var relevance = Mix(DenseMath.Softmax(logits.Slice(l.Relevance, HeadLayout.RelevanceClasses)), words?.Relevance, words?.Share ?? 0);
        var quality = Mix(DenseMath.Softmax(logits.Slice(l.Quality, HeadLayout.QualityClasses)), words?.Quality, words?.Share ?? 0);
        var type = logits.Slice(l.Type, contentTypes.Count);
        var best = 0;
        for (var i = 1; i < type.Length; i++) if (type[i] > type[best]) best = i;
        var ad = calibration.Probability(logits[l.Ad]);
        return HeadOutputs.ToScore(id, relevance, quality, ad, ad >= calibration.Threshold, contentTypes[best], scorer, embedding);
    }

    private static float[] Mix(float[] heads, float[]? words, double share)
    {
        if (words is null || share <= 0) return heads;
        if (words.Length != heads.Length) throw new InvalidDataException($"the word model gives {words.Length} classes where the heads give {heads.Length}");
        var mixed = new float[heads.Length];
        for (var i = 0; i < mixed.Length; i++) mixed[i] = (float)((1 - share) * heads[i] + share * words[i]);
        return mixed;
    }
}
