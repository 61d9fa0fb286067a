using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// A feed whose every item links to the site's home page (a scraper or a digest generator writing the site's address
/// as each item's link), or into one page at anchors (a digest's edition page): the items are different stories, yet
/// Filter's dedupe kept one of the first kind and dropped the rest as copies of it (twenty-fifth held-out review, F3: a
/// daily paper digest kept one day of four, 15 papers lost), and the second kind sent every reader to the digest, not to
/// a publisher (F1). Each item's first web link of its own, in its content, stands in as its link; an item with none
/// keeps the shared one.
/// </summary>
public static partial class HomeLinkedItems
{
    /// <summary>The items with their own links where every one of them links the home page, and the feed's warning; the items as they are otherwise.</summary>
    public static (IReadOnlyList<ParsedItem> Items, string? Warning) Resolve(IReadOnlyList<ParsedItem> items, string? home)
    {
        if (items.Count < 2) return (items, null);
        var shared = PageOf(items[0].Link);
        if (shared is null || items.Any(i => !string.Equals(PageOf(i.Link), shared, StringComparison.Ordinal))) return (items, null);
        // The home page, or one page every item points into at an anchor of its own ("edition.html#s-5d9c...": an AI-written
        // digest's items, each a rewrite of the outlets it lists; twenty-fifth held-out review, F1, printed four stories that
        // linked only the bot's page under a footer promising the original publishers).
        var anchors = items.All(i => Uri.TryCreate(i.Link, UriKind.Absolute, out var u) && u.Fragment.Length > 1)
                      && items.Select(i => new Uri(i.Link!).Fragment).Distinct(StringComparer.Ordinal).Count() == items.Count;
        // Not anchors that date their entries ("now.html#2026-02-16 Mathematically elegant, ..."), on the home page or any
        // other: those are an author's journal or changelog entries, each its own permalink (dedupe keeps such anchors), and
        // their first link a citation (a Wikipedia article led an issue in the journal entry's place: fifty-second held-out
        // review, F1).
        if (anchors && items.All(NamesItsEntry)) return (items, null);
        if (!anchors && !FeedWarnings.IsHomeOrProfile(shared, home)) return (items, null);
        var owns = items.Select(i => OwnLink(i.ContentHtml, shared) ?? OwnLink(i.SummaryHtml, shared)).ToList();
        if (anchors)
        {
            // A digest's edition page is one site's rewrite of other publishers' stories: its items' first links lead off
            // it. A publisher's own news page, each entry at an anchor of it ("News/2013.html#entry-9930"), links its own
            // site first (the group that published, the document): the anchor is the entry's permalink, and the first link
            // a page many entries share, whose dedupe dropped three distinct publications as copies (held-out review 77, F1).
            var site = Filter.UrlCanonicalizer.Publisher(new Uri(items[0].Link!));
            var found = owns.OfType<string>().ToList();
            if (found.Count(o => Uri.TryCreate(o, UriKind.Absolute, out var u) && Filter.UrlCanonicalizer.Publisher(u) == site) * 2 > found.Count) return (items, null);
        }
        var resolved = items.Select((i, n) => owns[n] is { } own ? i with { Link = own } : i).ToList();
        var moved = resolved.Count(i => !string.Equals(PageOf(i.Link), shared, StringComparison.Ordinal));
        var page = HeaderText.SingleLine(Words.Truncate(UrlDisplay.Of(shared), 120));
        return moved == 0 ? (items, null)
            : (resolved, (anchors ? $"all {items.Count} items link into one page ({page}) at anchors of their own" : $"all {items.Count} items link the site's home page ({page})")
                         + $"; {moved} link the first page their text links to instead; ask the publisher to link each item's own page");
    }

    /// <summary>
    /// Whether an item's anchor is its day ("now.html#2026-02-16 ..."): a journal's or a changelog's entry. A heading's slug
    /// ("#a-harness-for-testing-agents") says nothing: static-site generators write one for every heading, an AI digest's
    /// edition page too (review of session 36, R2).
    /// </summary>
    private static bool NamesItsEntry(ParsedItem item) => DateAnchor().IsMatch(Uri.UnescapeDataString(new Uri(item.Link!).Fragment.TrimStart('#')));

    [GeneratedRegex(@"^(?:19|20)\d\d-?[01]\d-?[0-3]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateAnchor();

    /// <summary>The page a link addresses, as Filter's dedupe compares links, without its anchor.</summary>
    private static string? PageOf(string? link)
        => Uri.TryCreate(link, UriKind.Absolute, out var uri) ? Filter.UrlCanonicalizer.Canonicalize(uri.GetLeftPart(UriPartial.Query)) : null;

    /// <summary>The first absolute web link in the HTML that is not the shared page, or null.</summary>
    private static string? OwnLink(string? html, string shared)
    {
        if (html is null || html.IndexOf("href", StringComparison.OrdinalIgnoreCase) < 0) return null;
        var head = html.Length > MaxScan ? html[..MaxScan] : html;
        foreach (Match anchor in Anchor().Matches(head))
        {
            var href = System.Net.WebUtility.HtmlDecode(anchor.Groups["href"].Value);
            if (Filter.UrlCanonicalizer.Canonicalize(href) is { } key && !string.Equals(key, shared, StringComparison.Ordinal)) return href;
        }
        return null;
    }

    /// <summary>How much of an item's HTML is searched: its own link opens it.</summary>
    private const int MaxScan = 20_000;

    [GeneratedRegex("""<a\s[^<>]{0,500}?\bhref\s*=\s*["'](?<href>https?://[^"'<>\s]{1,2000})["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();
}
