namespace NewsCurator.Configuration;

/// <summary>
/// The newsletter's editorial profile: the interests it serves, each described by a few phrases
/// and weighted. The scorer embeds the phrases with the same encoder as the articles; an article's
/// similarity to an interest is its best cosine to one of the phrases, and Select adds
/// rank_weight x max(weight x (similarity - the interest's background)) to its rank, the background being the
/// interest's median cosine over neutral texts (EditorialAnchors.Backgrounds; held-out review 85, F2). Another newsletter leans elsewhere by
/// changing this section alone. Empty: no profile contribution.
/// </summary>
public sealed record ProfileConfig
{
    /// <summary>Rank points at cosine 1 for an interest of weight 1 (a strong match is a cosine of about 0.5-0.7).</summary>
    public double RankWeight { get; init; } = 3.0;
    public IReadOnlyList<ProfileInterest> Interests { get; init; } = [];

    /// <summary>
    /// 0-1; 0 = off. An article whose weight (counted up to 1) x cosine to an interest reaches this passes scoring.min_relevance whatever
    /// its relevance score: a post squarely on the newsletter's heaviest interest is kept even when the scorer, trained
    /// on other feeds, misreads its vocabulary (ML research that never says "AI" scored under 1 on a held-out blog).
    /// Measured with `validate-profile` (EXPERIMENTS.md): from 0.35 on, no unrelated labelled item under the gate passes.
    /// </summary>
    public double PassSimilarity { get; init; }

    internal static ProfileConfig Read(YamlSection s, ProfileConfig d)
    {
        var interests = PhraseGroups.Read(s, "interests", "interest", "[large language models, AI research]",
            (section, name, phrases) => new ProfileInterest(name, section.Double("weight", 1.0, 0, 10), phrases));
        return new ProfileConfig
        {
            RankWeight = s.Double("rank_weight", d.RankWeight, 0, 20),
            PassSimilarity = s.Double("pass_similarity", d.PassSimilarity, 0, 1),
            Interests = interests.Count > 0 ? interests : d.Interests,
        };
    }
}

/// <param name="Weight">0-10; relative importance for this newsletter (1 = core interest).</param>
public sealed record ProfileInterest(string Name, double Weight, IReadOnlyList<string> Phrases);
