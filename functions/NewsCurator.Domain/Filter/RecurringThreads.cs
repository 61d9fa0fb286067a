using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// A forum's standing thread, posted again every week or month for members to fill: "Machine Learning - WAYR (What Are You
/// Reading) - Week 53", "Simple Questions Thread", "[D] Self-Promotion Thread", "Monthly Who's Hiring", "Weekly
/// Discussion Megathread". Its body is the house rules and links to past weeks, not news: the thirty-first held-out review
/// found a subreddit's bot-posted reading thread printed as a story. Known by its title only, which says what it is in
/// the words such threads use; a post about a thread ("Inside the megathread that ...") names something else before it.
/// </summary>
public static partial class RecurringThreads
{
    [GeneratedRegex(@"\bmega-?thread\b|" +
                    @"\b(?:daily|weekly|bi-?weekly|monthly|quarterly)\s+(?:[\p{L}&'’-]+\s+){0,3}?(?:thread|discussion(?:\s+thread)?|q\s*&\s*a|questions?|check-?in|show\s*(?:and|&)\s*tell|self-?promotion|hiring)\s*(?:thread)?\s*(?:[-–—:|(\[#]|\d|$)|" +
                    @"\b(?:simple|beginner|newbie|general)\s+questions?\s+thread\b|\bself-?promotion\s+thread\b|\bwho(?:['’]s|\s+is)\s+hiring\b\s*[?(\[–—:|-]|" +
                    @"\bwhat\s+are\s+you\s+(?:reading|working\s+on|building|learning|playing)\b[^.!]{0,40}?[-–—(\[]?\s*(?:week|month|day)\s*(?:of\s+|#\s*)?\d|" +
                    @"^\W*(?:\[[^\]]{1,12}\]\s*)?(?:[\p{L}-]+\s+){0,3}\(?(?:WAYR|WAYWO|WAYB)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StandingThread();

    /// <summary>Why the article is a forum's recurring thread, or null.</summary>
    public static string? Of(Article article)
        => StandingThread().Match(article.Title) is { Success: true } m
            ? $"a forum's recurring thread (\"{m.Value.Trim()}\" in the title): members' posts gathered under the house rules, not a story"
            : null;
}
