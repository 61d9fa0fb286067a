using NewsCurator.Model;

namespace NewsCurator.Scoring;

/// <summary>
/// A feed's usual kind of article, for the items the type head was unsure of: a news site's doubtful item is most likely
/// news. Under <see cref="Encoder.HeadsDecoder.TypeFloor"/> a story is typed "other" and printed in "Also worth a look",
/// after every typed section; a thirty-eighth held-out review found Ars Technica's and The Verge's news there, the issue's
/// third-best story printed after opinion pieces and a story ranked nineteenth (F4). The feed's own sure types are
/// evidence the head's one doubtful reading lacks.
/// </summary>
public static class FeedTypes
{
    /// <summary>How many of a feed's items must be typed surely before their kind speaks for the rest.</summary>
    public const int MinSure = 3;

    /// <summary>
    /// The share of the feed's surely typed items one type must hold to be its usual type. Measured with `validate-heads
    /// --feed-types` (EXPERIMENTS.md, "A doubtful story takes its feed's usual type"): at 3 and 0.9 net headings rose on all
    /// four held-out halves of seeds 42 and 7, by 23 to 31; at 2 and 0.6 they fell on one.
    /// </summary>
    public const double MinShare = 0.9;

    /// <summary>
    /// The usual type of a feed of <paramref name="feedItems"/> items whose surely typed items are <paramref name="sureTypes"/>
    /// (each a type the head was sure of, never "other"), or null where they are too few or too mixed. Podcasts, ads and job
    /// postings are never lent: what an item is made of, or who paid for it, is read off the item itself. A release is: a
    /// project's releases feed is one of releases (review of session 34, R7).
    /// </summary>
    public static string? Usual(IEnumerable<string> sureTypes, int feedItems, int minSure = MinSure, double minShare = MinShare, double minSureOfFeed = MinSureOfFeed)
        => Usual(sureTypes.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), feedItems, minSure, minShare, minSureOfFeed);

    /// <summary>
    /// The usual type of a feed of <paramref name="feedItems"/> items from how many of them were surely typed each way
    /// (<see cref="Usual(IEnumerable{string}, int, int, double, double)"/>).
    /// </summary>
    public static string? Usual(IReadOnlyDictionary<string, int> sureCounts, int feedItems, int minSure = MinSure, double minShare = MinShare, double minSureOfFeed = MinSureOfFeed)
    {
        var total = 0;
        var (type, count) = ("", 0);
        foreach (var (t, n) in sureCounts)
        {
            if (t == ContentTypes.Other) continue;
            total += n;
            if (n > count || (n == count && string.CompareOrdinal(t, type) < 0)) (type, count) = (t, n);
        }
        return total >= minSure && total >= minSureOfFeed * feedItems && count >= minShare * total && !NeverLent.Contains(type) ? type : null;
    }

    /// <summary>
    /// The share of a feed's items (this run's) that must be surely typed before their kind speaks for the rest: three sure
    /// items of eighteen made a newsletter's feed "release" and its unsure issues and tips releases (forty-seventh held-out
    /// review, F1). `validate-heads --feed-types`, the four held-out halves of seeds 42 and 7 against no such share, net
    /// headings: at 0.25 +17, -5, -5, +3; at 0.34 +17, -7, -5, +3; at 0.5 +15, -10, +4, +3 (editorial -4 in all three).
    /// </summary>
    public const double MinSureOfFeed = 0.25;

    /// <summary>Whether a type is one no feed lends: podcast, sponsored, job.</summary>
    public static bool IsNeverLent(string type) => NeverLent.Contains(type);

    private static readonly HashSet<string> NeverLent = new([ContentTypes.Podcast, ContentTypes.Sponsored, ContentTypes.Job], StringComparer.Ordinal);
}

/// <summary>
/// One run's feeds and the types their items were surely given (<see cref="Add"/> every scored candidate), then each
/// unsure item given its feed's usual type (<see cref="Apply"/>).
/// </summary>
public sealed class FeedTypeTally
{
    private readonly Dictionary<string, Dictionary<string, int>> _sure = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _items = new(StringComparer.Ordinal);

    public void Add(Article article, ArticleScore score)
    {
        _items[article.FeedUrl] = _items.GetValueOrDefault(article.FeedUrl) + 1;
        if (score.ContentType == ContentTypes.Other) return;
        if (!_sure.TryGetValue(article.FeedUrl, out var counts)) _sure[article.FeedUrl] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        counts[score.ContentType] = counts.GetValueOrDefault(score.ContentType) + 1;
    }

    /// <summary>
    /// The score with its feed's usual type where the type head was unsure (<see cref="ArticleScore.TypeGuess"/>) and the
    /// feed has one; the score as it is otherwise. The reasons say so.
    /// </summary>
    /// <remarks>
    /// An item the head leaned to a kind never lent (a job posting, an ad, an episode) is no doubtful story of its feed, and
    /// a lent type meets the cues a scorer's type meets (<see cref="ContentTypeCues.Apply"/>): an advisory is never a
    /// release, nor a notice that teaches nothing a tutorial, whoever typed it (review of session 32, R1 and R7).
    /// </remarks>
    public ArticleScore Apply(Article article, ArticleScore score)
    {
        if (score.ContentType != ContentTypes.Other || score.TypeGuess is not { } guess || FeedTypes.IsNeverLent(guess)
            || !_sure.TryGetValue(article.FeedUrl, out var counts) || FeedTypes.Usual(counts, _items.GetValueOrDefault(article.FeedUrl)) is not { } usual) return score;
        var cued = ContentTypeCues.Apply(article, score with { ContentType = usual });
        if (cued.ContentType == ContentTypes.Other) return score;
        var corrected = cued.ContentType == usual ? "" : $", {cued.ContentType} by what the item itself shows";
        return cued with
        {
            TypeGuess = guess,
            Reasons = [.. score.Reasons, $"type: {usual}, its feed's usual type ({counts[usual]} of the feed's {counts.Values.Sum()} surely typed items){corrected}; the type head read '{guess}', too unsure to print"],
        };
    }
}
