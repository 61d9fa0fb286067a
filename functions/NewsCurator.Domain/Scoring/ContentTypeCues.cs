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
    [GeneratedRegex(@"^[\p{P}\s]*(?:introducing|announcing|say\s+hello\s+to|now\s+available\s*:)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncesARelease();

    private static readonly HashSet<string> Kept = new([ContentTypes.Sponsored, ContentTypes.Podcast, ContentTypes.Job], StringComparer.Ordinal);

    public static ArticleScore Apply(Article article, ArticleScore score)
        => score.ContentType != ContentTypes.Release && !Kept.Contains(score.ContentType ?? "") && AnnouncesARelease().IsMatch(article.Title)
            ? score with { ContentType = ContentTypes.Release }
            : score;
}
