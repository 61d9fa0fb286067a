using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// A forum's standing thread, posted again every week or month for members to fill: "Machine Learning - WAYR (What Are You
/// Reading) - Week 53", "Simple Questions Thread", "[D] Self-Promotion Thread", "Ask HN: Who is hiring? (March 2025)",
/// "Weekly Discussion Megathread". Its body is the house rules and links to past weeks, not news: the thirty-first held-out
/// review found a subreddit's bot-posted reading thread printed as a story. Only a forum's own items are read so (Reddit,
/// Hacker News, Lobsters, Lemmy, Discourse: <see cref="IsForumPost"/>), and only by a title that opens with the thread's
/// name (after a flair and a community's name): a news site's "Amazon pauses quarterly hiring" or "Inside the megathread
/// that ..." names something else (review of session 29, R2).
/// </summary>
public static partial class RecurringThreads
{
    // The title opens with the thread's name: after an optional flair ("[D]") and up to four words of a community's name
    // and a separator ("Machine Learning - ", "Ask HN: "). No class before the name holds a letter, so a long run of
    // punctuation is read once (review of session 29, R11: "^\W*" and "[\p{L}-]+" shared the dashes).
    // A period's name may be the flair itself, longer than a flair ("[Weekly Community Spotlights] c/... and c/...": held-out
    // review 83, F4), and a community's spotlight, roundup or digest is its standing thread as a discussion is.
    [GeneratedRegex(@"^[^\p{L}\[]{0,10}(?:\[[^\]]{1,12}\][^\p{L}]{0,5})?(?:(?:[\p{L}\p{N}&'’.]+\s){0,4}?[\p{L}\p{N}&'’.]+\s*[-–—:|]\s*)?" +
                    @"(?:\[\s*)?(?:(?:the\s+)?(?:daily|weekly|bi-?weekly|monthly|quarterly)\s+(?:[\p{L}&'’-]+\s+){0,3}?(?:thread|discussion|megathread|q\s*&\s*a|questions?|check-?in|show\s*(?:and|&)\s*tell|self-?promotion|hiring|spotlights?|round-?up|digest)(?:\s+(?:mega)?thread)?\s*(?:[-–—:|(\[\]#,]|\d|$)|" +
                    @"(?:simple|beginner|newbie|general)\s+questions?\s+thread\b|self-?promotion\s+thread\b|who(?:['’]s|\s+is|\s+wants\s+to\s+be)\s+hiring\s*\?|" +
                    @"(?:[\p{L}\p{N}&'’.]+\s+){0,3}?(?:news|general|off-?topic|random|chat|community)\s+(?:mega)?thread\s*(?:[-–—:|(\[#,]|\d|$)|what\s+are\s+you\s+(?:reading|working\s+on|building|learning|playing)\b[^.!]{0,40}?(?:\b(?:week|month)\s*(?:of\s+|#\s*)?\d|\bthread\b)|\(?(?:WAYR|WAYWO|WAYB)\b|(?:[\p{L}&'’-]+\s+){0,3}?mega-?thread\s*(?:[-–—:|(\[#]|\d|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandingThread();

    /// <summary>The most of a title read: a thread's name opens it.</summary>
    internal const int MaxTitleRead = 200;

    /// <summary>Why the article is a forum's recurring thread, or null.</summary>
    public static string? Of(Article article)
    {
        if (!IsForumPost(article)) return null;
        var title = article.Title.Length > MaxTitleRead ? article.Title[..MaxTitleRead] : article.Title;
        return StandingThread().Match(title) is { Success: true } m
            ? $"a forum's recurring thread (\"{m.Value.Trim()}\"): members' posts gathered under the house rules, not a story"
            : null;
    }

    /// <summary>
    /// A forum software's thread address: Discourse's /t/slug/1, Flarum's /d/1652-slug (thirty-third held-out review, F1: a
    /// planet mixed a BSD forum's threads with blogs), phpBB's viewtopic.php, vBulletin's showthread.php, XenForo's
    /// /threads/, NodeBB's /topic/1/.
    /// </summary>
    [GeneratedRegex(@"^/(?:t/|d/\d+(?:-|/|$)|threads/|topic/\d+|forums?/|viewtopic\.php|showthread\.php)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForumPath();

    /// <summary>An item of a discussion forum, by the host of its link or of its feed: Reddit, Hacker News, Lobsters, Lemmy, a forum software's thread.</summary>
    public static bool IsForumPost(Article article) => IsForumAddress(article.Link) || IsForumAddress(article.FeedUrl);

    internal static bool IsForumAddress(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return false;
        var host = uri.Host.ToLowerInvariant();
        return UrlCanonicalizer.IsWithinDomain(host, "reddit.com") || host is "news.ycombinator.com" or "lobste.rs"
               || host.StartsWith("lemmy.", StringComparison.Ordinal) || host.StartsWith("discuss.", StringComparison.Ordinal)
               || host.StartsWith("forum.", StringComparison.Ordinal) || host.StartsWith("forums.", StringComparison.Ordinal)
               || host.StartsWith("community.", StringComparison.Ordinal) || ForumPath().IsMatch(uri.AbsolutePath);
    }
}
