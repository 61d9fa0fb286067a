namespace NewsCurator.Model;

/// <summary>What the scorer says of one candidate. Scores are on the scales of the scoring contract.</summary>
public sealed record ArticleScore
{
    public required string Id { get; init; }
    /// <summary>0-10: how relevant to an AI/software-engineering reader.</summary>
    public double TechRelevanceScore { get; init; }
    /// <summary>0-10: substance for that reader.</summary>
    public double QualityScore { get; init; }
    /// <summary>0-1.</summary>
    public double AdProbability { get; init; }
    public bool IsAdvertisement { get; init; }
    /// <summary>The ad probability at and above which this scorer called it an ad (its calibrated threshold); null where it does not say.</summary>
    public double? AdThreshold { get; init; }
    public string ContentType { get; init; } = ContentTypes.Other;
    /// <summary>
    /// Where the type head's winner was too unsure to print (under its floor, so <see cref="ContentType"/> is "other"): that
    /// winner. Select gives such an item its feed's usual type where the feed has one (Scoring.FeedTypes).
    /// </summary>
    public string? TypeGuess { get; init; }
    public string Scorer { get; init; } = "";
    /// <summary>The evidence, so an editor can read why a score is what it is.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>The model's pooled, L2-normalised embedding: Select uses it to keep one story once.</summary>
    public float[]? Embedding { get; init; }
    /// <summary>Cosine of the article with each interest of the editorial profile (encoder scorers only).</summary>
    public IReadOnlyDictionary<string, double>? Profile { get; init; }
    /// <summary>
    /// Each interest's background: its median cosine with texts about none of the interests (EditorialAnchors.Backgrounds),
    /// measured when the scorer starts. Select pays the profile only for the cosine above it; null (older score lines): none.
    /// </summary>
    public IReadOnlyDictionary<string, double>? ProfileBackground { get; init; }
    /// <summary>The taxonomy topics the article is closest to compared with other articles (TopicTaxonomy.Ranked), with their raw cosine (encoder scorers only).</summary>
    public IReadOnlyDictionary<string, double>? Topics { get; init; }
    /// <summary>The kind of classified ad (ads.listings) the article reads like, with the evidence; null when none (encoder scorers only).</summary>
    public string? AdListing { get; init; }
}

public static class ContentTypes
{
    public const string News = "news";
    public const string Tutorial = "tutorial";
    public const string Research = "research";
    public const string Opinion = "opinion";
    public const string Release = "release";
    public const string Podcast = "podcast";
    public const string Event = "event";
    public const string Job = "job";
    public const string Sponsored = "sponsored";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
        [News, Tutorial, Research, Opinion, Release, Podcast, Event, Job, Sponsored, Other];
}
