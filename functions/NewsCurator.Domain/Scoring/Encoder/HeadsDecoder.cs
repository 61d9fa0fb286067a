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
    /// <summary>
    /// The softmax probability the content type head's winner needs to be printed under its heading; below it the
    /// story is typed "other" ("Also worth a look", no label): an editor reads a wrong heading as misleading, a story
    /// among the extras as nothing worse. Measured with `validate-heads --types` (EXPERIMENTS.md, "A confidence floor on
    /// the content type"): out-of-fold type logits of the frozen-encoder recipe, the floor chosen by net score (right
    /// headings minus wrong ones) on one half of the feeds and reported on the other, seeds 42 and 7. On every held-out
    /// half the floor (0.60 or 0.70 as chosen) raised label precision (all items 0.576-0.632 to 0.635-0.771, editorial
    /// 0.496-0.557 to 0.548-0.709) and net score (editorial seed 42 half 2 level, 14 and 14), at the cost of coverage
    /// (48-62% of all items keep a heading instead of 74-85%; editorial 46-64% instead of 84-89%) and of accuracy
    /// against the labels. 0.65 is the floor with the best net score over both seeds' halves together. v4's own
    /// out-of-fold logits were not measured (its probabilities may be sharper or flatter than this recipe's).
    /// </summary>
    public const double TypeFloor = 0.65;

    /// <summary>
    /// The content type's index: the argmax of the type logits, or "other" where the winner's softmax probability is
    /// under <paramref name="floor"/> (and the list has an "other"). A floor of 0 is the plain argmax.
    /// </summary>
    public static int ContentType(ReadOnlySpan<float> typeLogits, IReadOnlyList<string> contentTypes, double floor = TypeFloor)
    {
        var best = 0;
        for (var i = 1; i < typeLogits.Length; i++) if (typeLogits[i] > typeLogits[best]) best = i;
        if (floor <= 0 || contentTypes[best] == ContentTypes.Other) return best;
        var sum = 0.0;
        for (var i = 0; i < typeLogits.Length; i++) sum += Math.Exp(typeLogits[i] - typeLogits[best]);
        if (1 / sum >= floor) return best;
        var other = -1;
        for (var i = 0; i < contentTypes.Count; i++) if (contentTypes[i] == ContentTypes.Other) other = i;
        return other < 0 ? best : other;
    }

    /// <param name="words">The word model's relevance and quality, mixed with the heads' own by its share, where there is one.</param>
    public static ArticleScore ToScore(string id, ReadOnlySpan<float> logits, IReadOnlyList<string> contentTypes, AdCalibration calibration, string scorer, float[]? embedding,
        WordVotes? words = null)
    {
        var l = HeadLayout.For(contentTypes.Count);
        var relevance = Mix(DenseMath.Softmax(logits.Slice(l.Relevance, HeadLayout.RelevanceClasses)), words?.Relevance, words?.Share ?? 0);
        var quality = Mix(DenseMath.Softmax(logits.Slice(l.Quality, HeadLayout.QualityClasses)), words?.Quality, words?.Share ?? 0);
        var typeLogits = logits.Slice(l.Type, contentTypes.Count);
        var best = ContentType(typeLogits, contentTypes);
        var winner = ContentType(typeLogits, contentTypes, floor: 0);
        var ad = calibration.Probability(logits[l.Ad]);
        return HeadOutputs.ToScore(id, relevance, quality, ad, ad >= calibration.Threshold, contentTypes[best], scorer, embedding) with
        {
            AdThreshold = calibration.Threshold,
            TypeGuess = best != winner ? contentTypes[winner] : null,
        };
    }

    /// <summary>(1 - share) of one class distribution with share of another: the heads' with the word model's, the word model's with its words alone.</summary>
    internal static float[] Mix(float[] heads, float[]? words, double share)
    {
        if (words is null || share <= 0) return heads;
        if (words.Length != heads.Length) throw new InvalidDataException($"the word model gives {words.Length} classes where the heads give {heads.Length}");
        var mixed = new float[heads.Length];
        for (var i = 0; i < mixed.Length; i++) mixed[i] = (float)((1 - share) * heads[i] + share * words[i]);
        return mixed;
    }
}
