using NewsCurator.Model;

namespace NewsCurator.Scoring.Encoder;

/// <summary>
/// The transparent rules scorer's verdicts as extra inputs to the heads (stacking): hand-built
/// lexicons for tech vocabulary and sponsorship cues generalise to feeds no training item came
/// from, and the heads learn how much to trust them beside the embeddings.
/// </summary>
public static class RuleFeatures
{
    private static readonly RulesScorer Rules = new(asTrained: true);

    /// <summary>relevance/10, quality/10, ad probability, log length, then the rules' content type one-hot.</summary>
    public static int Count => 4 + ContentTypes.All.Count;

    public static float[] For(Article article)
    {
        var score = Rules.ScoreOne(article);
        var features = new float[Count];
        features[0] = (float)(score.TechRelevanceScore / 10);
        features[1] = (float)(score.QualityScore / 10);
        features[2] = (float)score.AdProbability;
        // Counted by spaces, as the heads were trained (on English, where both counts agree): the word count that reads
        // Chinese and Japanese by their characters (held-out review 74, F5) moves no score.
        features[3] = (float)(Math.Log(1 + Words.Count(article.Text)) / 8);
        var type = ContentTypes.All.ToList().IndexOf(score.ContentType);
        if (type >= 0) features[4 + type] = 1;
        return features;
    }
}
