namespace NewsCurator.Configuration;

/// <summary>
/// The newsletter's editorial profile: the interests it serves, each described by a few phrases
/// and weighted. The scorer embeds the phrases with the same encoder as the articles; an article's
/// similarity to an interest is its best cosine to one of the phrases, and Select adds
/// rank_weight x max(weight x similarity) to its rank. Another newsletter leans elsewhere by
/// changing this section alone. Empty: no profile contribution.
/// </summary>
public sealed record ProfileConfig
{
    /// <summary>Rank points at cosine 1 for an interest of weight 1 (a strong match is a cosine of about 0.5-0.7).</summary>
    public double RankWeight { get; init; } = 3.0;
    public IReadOnlyList<ProfileInterest> Interests { get; init; } = [];

    internal static ProfileConfig Read(YamlSection s, ProfileConfig d)
    {
        var interests = PhraseGroups.Read(s, "interests", "interest", "[large language models, AI research]",
            (section, name, phrases) => new ProfileInterest(name, section.Double("weight", 1.0, 0, 10), phrases));
        return new ProfileConfig
        {
            RankWeight = s.Double("rank_weight", d.RankWeight, 0, 20),
            Interests = interests.Count > 0 ? interests : d.Interests,
        };
    }
}

/// <param name="Weight">0-10; relative importance for this newsletter (1 = core interest).</param>
public sealed record ProfileInterest(string Name, double Weight, IReadOnlyList<string> Phrases);
