using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// A discussion's comments carried in an item's body: a bot that republishes Hacker News stories with their newest
/// comments ("242 points · View discussion", "New Comments", then "💬 ..." signed "— tombert · 20260916T01:16:27").
/// The commenters' words are not the story's: three of them, from three people, were printed as the product's summary
/// (thirteenth held-out review, F1). The comments are cut off where their section begins; what is left is the story's
/// own text, often nothing but a teaser, which the content rules and full-text reading then treat as one. A digest
/// that numbers its comments under the heading instead of signing them ("Comments:", "Comment 1:", the comment,
/// "Score: 7", a Reddit digest's shape) is cut the same way (eighteenth review, F4: a commenter's sentence ended
/// three summaries).
/// </summary>
public static partial class CommentThreads
{
    // A comment's signature: a dash, one handle, and a time or date ("— tombert · 20260916T01:16:27", "-- jdoe, 2 hours ago").
    [GeneratedRegex(@"^\s*(?:—|–|--)\s*@?[\w.-]{2,40}\s*[·|,•]\s*(?:\d|(?:an?|one) \w+ ago\b|yesterday\b|today\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d).{0,40}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    // The heading a comment section opens with ("New Comments", "Top comments (12)", "34 comments", "Comments:").
    [GeneratedRegex(@"^\s*(?:(?:new|newest|top|latest|recent|all|reader|user)\s+)?comments?(?:\s*\(\d+\))?\s*:?\s*$|^\s*\d+\s+comments?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    // A comment's own numbered heading ("Comment 1:", "Reply #2", "Response 3"): under a comment section's heading, a thread.
    [GeneratedRegex(@"^\s*(?:comment|reply|response)\s*#?\s*\d{1,4}\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedComment();

    /// <summary>Signed comments that make a thread: one signature is a quotation's attribution.</summary>
    private const int MinSignatures = 2;

    public static Article Strip(Article article) => ItemBodies.Edited(article, Without);

    /// <summary>The comment section's heading over signed comments, two of them at least; -1 where there is none.</summary>
    private static int SignedThreadHeading(string[] lines)
    {
        var firstSignature = Array.FindIndex(lines, l => Signature().IsMatch(l));
        var heading = firstSignature < 0 ? -1 : Array.FindLastIndex(lines, firstSignature, l => SectionHeading().IsMatch(l));
        return heading >= 0 && lines.Skip(heading + 1).Count(l => Signature().IsMatch(l)) >= MinSignatures ? heading : -1;
    }

    /// <summary>The comment section's heading with a numbered comment's heading right under it (blank lines between); -1 where there is none.</summary>
    private static int NumberedThreadHeading(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (!SectionHeading().IsMatch(lines[i])) continue;
            var next = i + 1;
            while (next < lines.Length && string.IsNullOrWhiteSpace(lines[next])) next++;
            if (next < lines.Length && NumberedComment().IsMatch(lines[next])) return i;
        }
        return -1;
    }

    /// <summary>The text up to its comment section's heading, where signed or numbered comments follow it; else the text as it was.</summary>
    public static string Without(string text)
    {
        if (text.Length == 0 || !text.Contains('\n', StringComparison.Ordinal)) return text;
        var lines = text.Split('\n');
        // The heading that opens the comments is the last one before the first signed comment: a post may have a
        // section called "Comments" of its own earlier on.
        var heading = SignedThreadHeading(lines);
        if (heading < 0) heading = NumberedThreadHeading(lines);
        if (heading < 0) return text;
        return string.Join('\n', lines[..heading]).TrimEnd();
    }
}
