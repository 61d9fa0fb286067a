using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// The footer WordPress (and Yoast, and most syndication plugins) appends to each post in a feed: "The post &lt;title&gt;
/// appeared first on &lt;site&gt;." or "The post &lt;title&gt; first appeared on &lt;site&gt;.". <see cref="FeedBoilerplate"/> finds
/// it where a feed repeats it; an aggregator of many sites carries each site's footer once, and the "first appeared"
/// wording reached a printed summary as its second sentence (fourteenth held-out review, F3). It names the post's own
/// title, so it is recognised on a single item without any risk to prose ("The app first appeared on the App Store").
/// </summary>
public static partial class SyndicationFooter
{
    /// <summary>
    /// WordPress's footer is found by its fixed tail, then its opening looked for just before it, a title's length back.
    /// Read from its opening, as a pattern starting at every sentence's end, each try ran on to the line's end: quadratic in
    /// a long paragraph (hostile-input audit 49, H1: 44 s for one 480 KB line of "Ok. The post x ").
    /// </summary>
    [GeneratedRegex(@"[ \t](?:appeared first|first appeared|was first published|was originally published) (?:on|at) .{1,120}$",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex FooterTail();

    /// <summary>
    /// How the footer names the post: "The post", and also "This post &lt;title&gt; first appeared on &lt;site&gt; and is written by
    /// &lt;author&gt;." (held-out review 97, F1: it printed in two summaries and lifted a score), "The article", "This entry".
    /// </summary>
    private static readonly string[] FooterOpenings =
        [.. from determiner in new[] { "The", "This", "That" } from noun in new[] { "post", "article", "entry" } select determiner + " " + noun + " "];

    /// <summary>The article with a closing footer that names its own title removed from text and description.</summary>
    public static Article Strip(Article article) => ItemBodies.Edited(article, body => Without(body, article.Title));

    /// <summary>
    /// A closing line that opens on the item's own title and says where it first appeared: "&lt;title&gt; originally handwritten
    /// and published with love on CSS-Tricks." ended every teaser of a feed and printed as a summary's second sentence
    /// (held-out review 59, F1), as "&lt;title&gt; was originally published on Medium." ends a cross-post. The title, a few words
    /// of how ("was", "originally", an adverb, a participle), "originally" or "first" and a publishing verb (or "appeared
    /// first"), then "on" or "at" the site, short and without a comma, and the line's end or one more sentence. A story's
    /// own closing line that opens on its title says something else: "... was published on Tuesday, and 7,000 developers
    /// answered", "... is published by O'Reilly and is on sale", "... has been posted on Hugging Face under Meta's license"
    /// (review 38 R3, hostile-input audit 45 H5).
    /// </summary>
    [GeneratedRegex(@"^[ \t,:;.–—\-”’""'»]*" + HowWords +
                    @"(?:(?:originally|first|initially)[ ,]+" + HowWords + @"(?:appeared|published|posted|syndicated)|(?:appeared|published|posted)\s+first)\b" +
                    @"[^.!?\n]{0,30}?\b(?:on|at)\s+[^.!?,\n]{1,60}(?:[.!][^\n]{0,120})?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex AfterTitleFooter();

    /// <summary>Up to three words of how a footer says it was published: "was", "originally", an adverb, a participle ("handwritten").</summary>
    private const string HowWords = @"(?:(?:was|is|has|had|been|also|and|\p{L}+ly|\p{L}+(?:ed|en))[ ,]+){0,3}";

    /// <summary>The text without a footer line that names the title; the footer is taken only where prose remains above it.</summary>
    private static string Without(string text, string title)
    {
        foreach (var m in Footers(text, title))
        {
            var before = text[..m.Index].TrimEnd();
            if (before.Length == 0) return text;
            // A footer closes the post: what follows it is more chrome ("Source: Engadget | Score: 30"), short lines at most.
            var after = text[(m.Index + m.Length)..].Trim();
            return after.Length <= MaxTrailer ? (after.Length == 0 ? before : before + "\n" + after) : text;
        }
        return text;
    }

    private const int MaxTrailer = 200;

    /// <summary>Where a footer line naming the title stands, in either wording: WordPress's "The post X appeared first on Y", or X first.</summary>
    private static IEnumerable<(int Index, int Length)> Footers(string text, string title)
    {
        foreach (Match tail in FooterTail().Matches(text))
            if (WordPressOpening(text, tail.Index, title) is var at and >= 0) yield return (at, tail.Index + tail.Length - at);
        if (Words.LettersAndDigits(title).Length < MinOpeningTitle) yield break;
        for (var start = 0; start < text.Length; start = text.IndexOf('\n', start) is var nl and >= 0 ? nl + 1 : text.Length)
        {
            var end = text.IndexOf('\n', start) is var e and >= 0 ? e : text.Length;
            if (AfterTitle(text, start, end, title) is var at and >= 0 && AfterTitleFooter().IsMatch(text.AsSpan(at, end - at)))
                yield return (start, end - start);
        }
    }

    /// <summary>
    /// Where "The post &lt;title&gt;" opens before the footer's tail at <paramref name="tail"/>, or -1: at a line's start, or a
    /// sentence's in the dek's own paragraph (WIRED's feed ran "... need to go. The post &lt;title&gt; appeared first on WIRED."
    /// with no break: held-out review 68, F9). The words between must be the item's own title (<see cref="SameTitle"/>).
    /// </summary>
    private static int WordPressOpening(string text, int tail, string title)
    {
        var lineStart = tail == 0 ? 0 : text.LastIndexOf('\n', tail - 1) + 1;
        foreach (var opening in FooterOpenings)
        {
            var from = Math.Max(lineStart, tail - opening.Length - MaxFooterTitle(title));
            for (var at = text.IndexOf(opening, from, tail - from, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at + 1 < tail ? text.IndexOf(opening, at + 1, tail - at - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                if (!SameTitle(text[(at + opening.Length)..tail], title)) continue;
                var before = at;
                while (before > lineStart && text[before - 1] is ' ' or '\t') before--;
                if (before == lineStart) return lineStart;
                if (before < at && EndsASentence(text, before, lineStart)) return at;
            }
        }
        return -1;
    }

    /// <summary>Whether a sentence's stop, with a closing quote or bracket after it or not, ends just before <paramref name="at"/>.</summary>
    private static bool EndsASentence(string text, int at, int lineStart)
    {
        var last = at - 1;
        if (last > lineStart && text[last] is '"' or '”' or '’' or ')') last--;
        return last >= lineStart && text[last] is '.' or '!' or '?';
    }

    /// <summary>How long the title may run in a footer: its letters and digits, with room for spacing, quotes and punctuation.</summary>
    private static int MaxFooterTitle(string title) => title.Length * 2 + 20;

    /// <summary>A title shorter than this ("Go", "AI") may open a line as ordinary words.</summary>
    internal const int MinOpeningTitle = 12;

    /// <summary>Where the title ends in the line from <paramref name="start"/>, when the line opens with it (case, quotes and spacing set aside); -1 otherwise.</summary>
    internal static int AfterTitle(string text, int start, int end, string title)
    {
        var at = start;
        foreach (var t in title)
        {
            if (!char.IsLetterOrDigit(t)) continue;
            while (at < end && !char.IsLetterOrDigit(text[at])) at++;
            if (at >= end || char.ToLowerInvariant(text[at]) != char.ToLowerInvariant(t)) return -1;
            at++;
        }
        return at < end && char.IsLetterOrDigit(text[at]) ? -1 : at;
    }

    /// <summary>The footer's title against the item's: equal once case, quotes and spacing are set aside.</summary>
    private static bool SameTitle(string inFooter, string title)
        => Words.LettersAndDigits(inFooter) is { Length: > 0 } a && a == Words.LettersAndDigits(title);
}
