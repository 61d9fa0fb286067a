using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>What a feed format says a title is: text, markup, or either (RSS).</summary>
internal enum TitleKind
{
    /// <summary>Text by the format's word: an Atom title of type "text" (its default), a JSON Feed title.</summary>
    Text,
    /// <summary>Markup by the format's word: an Atom title of type "html" or "xhtml".</summary>
    Markup,
    /// <summary>RSS: a title may be escaped HTML or plain text, and the specification does not say which.</summary>
    Either,
}

/// <summary>
/// A title as one line of text, in every format alike. A title that names an element is text, not markup: "The &lt;dialog&gt;
/// element and &lt;canvas&gt; ship in Safari" printed as "The element and ship in Safari", "Why &lt;template&gt; beats
/// innerHTML" as "Why" (hostile-input audit 32, H1: RSS and Atom text titles went through the HTML pass, JSON Feed's did
/// not). Only a title its format calls markup, or an RSS title whose every element is closed again ("&lt;i&gt;Nature&lt;/i&gt;
/// paper"), is read as HTML; in any other its angle brackets stay, and the normalizer prints a tag's as '‹' '›'
/// (<see cref="ArticleNormalizer.WithoutTags"/>).
/// </summary>
internal static partial class TitleText
{
    public static string? Read(string? value, TitleKind kind) => WithoutRepostLabel(WithoutClosingAddress(ReadTitle(value, kind)));

    /// <summary>
    /// The title without the address a post closes with, its pointer and its closing tags ("... MemoryThrottlingFactor Read
    /// more: https://faun.pub/...", "Gateway API v1.0: GA Release - https://kubernetes.io/... #Kubernetes"): a Twitter bridge
    /// titles each post with its whole text, and the address is no word of a headline (held-out review 83, F7). Only an
    /// address after a pointer, a dash or a finished sentence: "What is https://x.dev?" asks about it. After a question the
    /// address goes too ("Have you tried the new agent mode yet? https://t.co/...", as a bridged post puts its link: code
    /// review 45, R2), unless the question is about the address: "Is this a phishing page? https://..." (hostile-input audit
    /// 53, H8). A title that would keep fewer than a headline's letters keeps it.
    /// </summary>
    private static string? WithoutClosingAddress(string? title)
        => title is not null && title.Contains("://", StringComparison.Ordinal) && ClosingAddress().Match(title) is { Success: true } address
           && !AsksAboutTheAddress(title.AsSpan(0, address.Index))
           && title[..address.Index].Count(char.IsLetter) >= MinRepostedTitle ? title[..address.Index] : title;

    /// <summary>Whether the title before its closing address ends on a question about that address: it names it ("this link",
    /// "the page") or asks whether it is safe, real or a scam.</summary>
    private static bool AsksAboutTheAddress(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (before.IsEmpty || before[^1] is not ('?' or '？')) return false;
        var question = before[(before[..^1].LastIndexOfAny(SentenceEnds) + 1)..];
        return AboutTheAddress().IsMatch(question);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?？。\n");

    [GeneratedRegex(@"\b(?:this|that|the)\s+(?:link|page|site|website|url|address|domain|e-?mail|message|redirect|login|form|certificate)\b|\b(?:phishing|scam|malware)\b|\b(?:legit|legitimate|safe|real|down|genuine)\s*[?？]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheAddress();

    [GeneratedRegex(@"(?:\s+(?:[-–—|]\s+|(?:read|see|more|full|details|learn|watch|listen)\b[^:\n]{0,30}?:\s*)|(?<=[.!！。?？])\s*)https?://\S+(?:\s+https?://\S+)*(?:\s+#\p{L}[\w-]*)*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingAddress();

    /// <summary>
    /// The title without a Twitter bridge's repost label ("RT by @user: We are excited to announce ...", "RT @user: ..."): the
    /// account's feed credits the post so, and the reader's headline is the post's own words (held-out review 83, F5).
    /// </summary>
    private static string? WithoutRepostLabel(string? title)
        => title is not null && RepostLabel().Match(title) is { Success: true } label && title.Length - label.Length >= MinRepostedTitle ? title[label.Length..] : title;

    /// <summary>What a repost label must leave to be dropped: a headline's words, not a bare "RT @user: ok".</summary>
    private const int MinRepostedTitle = 10;

    [GeneratedRegex(@"^RT\s+(?:by\s+)?@[\w.]{1,40}(?:@[\w.-]{1,80})?\s*:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex RepostLabel();

    /// <summary>
    /// Whether a title is only a post kind's name or a placeholder ("Event", "Note", "Reply", "Photo", "Untitled"): an IndieWeb
    /// site titles its h-event "Event" and names the event in its link's title, and "Event" was printed as the headline
    /// (held-out review 117, F3). Such a word is no headline: the link's name or the text's opening stands in.
    /// </summary>
    internal static bool IsPostKindPlaceholder(string? title)
        => title is not null && PostKindTitles.Contains(title.Trim().Trim('(', ')', '[', ']').Trim());

    private static readonly HashSet<string> PostKindTitles = new(
        ["Event", "Note", "Reply", "Like", "Bookmark", "Photo", "Article", "Status", "Repost", "RSVP", "Checkin", "Check-in", "Untitled", "Untitled post", "No title"],
        StringComparer.OrdinalIgnoreCase);

    private static string? ReadTitle(string? value, TitleKind kind)
    {
        if (value is null) return null;
        if (value.Contains('<', StringComparison.Ordinal) && kind == TitleKind.Text) return HeaderText.SingleLineOrNull(value);
        if (value.Contains('<', StringComparison.Ordinal)) value = WithoutStruckWords(value);
        // Markup that also names an element ("<b>New:</b> the <dialog> element ships"): the closed tags go, the open one is a word
        // (review of session 32, R11).
        if (value.Contains('<', StringComparison.Ordinal) && kind == TitleKind.Either && WithoutClosedTags(value, out var open) is var words && open > 0)
            return HeaderText.SingleLineOrNull(words);
        return Plain(value);
    }

    /// <summary>
    /// The title without the tags of elements it closes again (and line breaks and images); a tag left open, or closed
    /// without being opened, stays as written and is counted in <paramref name="left"/>. None left: the title's tags are
    /// markup ("&lt;i&gt;Nature&lt;/i&gt;", a wrapping "&lt;div&gt;...&lt;/div&gt;"), read by the HTML pass with its references,
    /// as a title with no tag at all is ("a &lt; b"); one left names an element ("the &lt;dialog&gt; element").
    /// </summary>
    private static string WithoutClosedTags(string title, out int left)
    {
        var tags = Tag().Matches(title);
        var remove = new bool[tags.Count];
        // For an element whose content no reader sees (a hidden span, a <style>), the index of its end tag: the content
        // goes with the tags. Kept as words, "<span style=display:none> cheap pills online</span>" and a <style>'s rules
        // became the headline (hostile-input audit 46, H3).
        var hiddenTo = new int[tags.Count];
        var open = new Dictionary<string, Stack<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tags.Count; i++)
        {
            var name = tags[i].Groups["name"].Value;
            if (Void.Contains(name) || tags[i].Groups["self"].Success) { remove[i] = true; continue; }
            if (!tags[i].Groups["close"].Success) { (open.TryGetValue(name, out var s) ? s : open[name] = new Stack<int>()).Push(i); continue; }
            if (open.TryGetValue(name, out var opened) && opened.Count > 0)
            {
                var opening = opened.Pop();
                remove[opening] = remove[i] = true;
                if (HtmlText.HidesContent(tags[opening].Value, name)) hiddenTo[opening] = i;
            }
        }
        left = remove.Count(r => !r);
        if (left == tags.Count) return title;
        var kept = new System.Text.StringBuilder(title.Length);
        var at = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            if (!remove[i]) continue;
            kept.Append(title, at, tags[i].Index - at);
            if (hiddenTo[i] > i) i = hiddenTo[i];
            at = tags[i].Index + tags[i].Length;
        }
        return kept.Append(title, at, title.Length - at).ToString();
    }

    /// <summary>
    /// A markup title without the words its author struck out: "I Wrote A CSS &lt;del&gt;Book&lt;/del&gt; Reference." is a
    /// reference, not a book, and printed with the struck word as a word it said the opposite (held-out review 110, F5). A
    /// headline states what is, so the taken-back word goes, as it does where a reader sees it struck. A body keeps its struck
    /// words (hostile-input audit 33, H1, H6: "from $30 to $10", an ad's struck disclosure), and so does a title where they
    /// are a number (a price or a figure changed) or an advertising label, or where too little would be left.
    /// </summary>
    private static string WithoutStruckWords(string title)
    {
        if (!StruckSpan().IsMatch(title)) return title;
        var without = StruckSpan().Replace(title, m => m.Groups["words"].Value.Any(char.IsDigit) || AdLabel().IsMatch(m.Groups["words"].Value) ? m.Value : "");
        return Plain(without) is { } left && left.Count(char.IsLetter) >= MinRepostedTitle ? CollapsedSpaces().Replace(without, " ") : title;
    }

    [GeneratedRegex(@"<(?<tag>del|s|strike)(?:\s[^<>]*)?>(?<words>[^<>]{1,200})</\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StruckSpan();

    [GeneratedRegex(@"\b(?:sponsored|sponsor|advertisement|advertorial|ad|ads|promoted|promotion|paid|partner)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabel();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex CollapsedSpaces();

    /// <summary>One line of a field that may hold markup or entities: an HTML pass where it holds any, else the value trimmed.</summary>
    public static string? Plain(string value)
    {
        // Most titles are plain text already: skip the HTML pass for them.
        if (value.AsSpan().IndexOfAny('<', '&', '\n') < 0 && !value.Contains("  ", StringComparison.Ordinal))
        {
            var trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }
        var text = HtmlText.ToPlainText(value).Replace('\n', ' ');
        return text.Length == 0 ? null : text;
    }

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "br", "wbr", "img", "hr" };

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(?<self>/)?>")]
    private static partial Regex Tag();
}
