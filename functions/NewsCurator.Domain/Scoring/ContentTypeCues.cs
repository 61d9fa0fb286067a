using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Scoring;

/// <summary>
/// What a title says outright about the kind of article, over the scorer's guess: a title that opens "Introducing ...",
/// "Announcing ...", "Say hello to ..." or "Now available: ..." announces a release. A held-out launch ("Introducing
/// Mistral AI Studio") was filed under "opinion"; on the labelled items every one of the 11 English titles that open so
/// is labelled release. Ads, podcasts and job postings keep their type: what they are outweighs what they announce.
/// </summary>
public static partial class ContentTypeCues
{
    // Or one that ends so: "Visual Studio Team System 2008 SP1 Now Available!" (filed under "other", held-out review 9, F5),
    // "Updated Debian 11: 11.6 released" (a version, then "released": not "Why nothing gets released").
    [GeneratedRegex(@"^[\p{P}\s]*(?:introducing|announcing|say\s+hello\s+to|now\s+available\s*:)\s+\S|\bnow\s+available[\s!.]*$|\d[^\s]*\s+(?:\w+\s+){0,2}released[\s!.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncesARelease();

    private static readonly HashSet<string> Kept = new([ContentTypes.Sponsored, ContentTypes.Podcast, ContentTypes.Job], StringComparer.Ordinal);

    /// <summary>Types an ad or a job posting keeps even when it is a video: what it is outweighs its medium.</summary>
    private static readonly HashSet<string> KeptOverMedium = new([ContentTypes.Sponsored, ContentTypes.Job], StringComparer.Ordinal);

    /// <remarks>
    /// What the item is made of comes first: an audio or video enclosure, media:content of a video, or a link to a video
    /// site's watch page (<see cref="Filter.ContentRules.IsEpisode"/>) is a podcast or video ("Podcasts &amp; video"),
    /// whatever its description reads like. A held-out YouTube channel's live streams were typed release and opinion
    /// by the encoder, which sees the enclosure only as one feature among many and a YouTube entry not at all.
    /// </remarks>
    public static ArticleScore Apply(Article article, ArticleScore score)
    {
        if (score.ContentType != ContentTypes.Podcast && !KeptOverMedium.Contains(score.ContentType ?? "") && Filter.ContentRules.IsEpisode(article))
            return score with { ContentType = ContentTypes.Podcast };
        return score.ContentType != ContentTypes.Release && !Kept.Contains(score.ContentType ?? "") && AnnouncesARelease().IsMatch(article.Title)
            ? score with { ContentType = ContentTypes.Release }
            : score;
    }
}
