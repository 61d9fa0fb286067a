using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// What a feed's owner should hear about it: what Ingest repaired or could not read (<see cref="FeedOutcome.Warnings"/>),
/// and a feed that was read well yet can never yield a story, because one content rule drops every item (a feed of
/// teasers, links no reader can open). Such feeds said "ok" with 0 stories and no hint (fifth held-out review, F12).
/// </summary>
public static class FeedWarnings
{
    /// <summary>Below this many items one rule dropping all of them may be chance: the feed hears that it gave nothing, not that it "only" carries one kind.</summary>
    public const int MinItems = 3;

    /// <summary>How much of the full-text reasons a warning quotes: each names its page, and ten pages' reasons fit.</summary>
    private const int MaxReasonsLength = 1_500;

    /// <summary>The feed's warnings for feed_statistics, or null when there are none.</summary>
    public static IReadOnlyList<string>? Of(FeedOutcome outcome, FeedFunnel funnel)
    {
        var warnings = new List<string>(outcome.Warnings);
        var pagesRead = outcome.FullTextExtracted > 0 ? Pages.Read : outcome.FullTextFailed > 0 ? Pages.Failed : Pages.NotTried;
        if (AllDroppedBy(funnel, pagesRead) is { } rule) warnings.Add(rule);
        // Pages a full-text feed could not read, when most could not: the first reasons name their pages (a timeout, a refused
        // page, a 404), where before they stayed in the run's intermediate files while the feed read "ok" (audit hostile24,
        // H2). A few pages no longer than the feed's own text are no fault of the feed's.
        if (outcome.FullTextFailed > outcome.FullTextExtracted && outcome.FullTextError is { Length: > 0 } why)
            warnings.Add($"{outcome.FullTextFailed} of {outcome.FullTextExtracted + outcome.FullTextFailed} article pages read gave no text of their own: {Words.Truncate(why, MaxReasonsLength)}");
        return warnings.Count == 0 ? null : warnings;
    }

    /// <summary>
    /// A feed that dates none of its items, not even by their titles or addresses (an RSS 0.9 or 1.0 feed without dc:date,
    /// a scrape), said nothing of it (twenty-fourth held-out review, F5): its items pass content.max_age_days whatever their
    /// age, and print undated. Null where any item is dated, the feed is too small to judge, or a warning already says its
    /// dates were read as undated.
    /// </summary>
    public static string? Undated(IReadOnlyList<Article> articles, IReadOnlyList<string> warnings)
        => articles.Count >= MinItems && articles.All(a => a.Published is null) && !warnings.Any(w => w.EndsWith("read as undated", StringComparison.Ordinal))
            ? $"none of its {articles.Count} items carries a date: they are printed undated, and content.max_age_days cannot keep old ones out; ask the publisher for dates (pubDate, dc:date or updated)"
            : null;

    /// <summary>
    /// Items dated in a zone no table here knows ("09:00:00 XST"): each is read as UTC, which may be hours off, and the
    /// feed said nothing (hostile-input audit 42, H7). Named once for the feed, with the first such date. Null where none.
    /// </summary>
    public static string? UnknownZones(IReadOnlyList<ParsedItem> items)
        => items.Where(i => i.Published is not null).Select(i => (i.DateText, Zone: FeedDates.UnknownZone(i.DateText))).Where(z => z.Zone is not null).ToList() is [var first, ..] zoned
            ? $"{zoned.Count} item(s) are dated in a zone this reader does not know ('{first.Zone}' in '{HeaderText.SingleLine(Words.Truncate(first.DateText!, 40))}'); read as UTC, which may be hours off: a numeric offset such as +0100 says it exactly"
            : null;

    /// <summary>
    /// Items of one feed that share one link (thirteenth held-out review, F8): a scraper that points every entry at the
    /// author's profile page ("https://medium.com/@name") said "ok" with no warning while Filter dropped all but one of
    /// its stories as duplicate_url, which reads as an ordinary overlap with other feeds. The largest such group is
    /// named with its link and size, once for the feed; a link that is the feed's home page, or an address one path
    /// segment deep (a home or profile page), is said to be one. Null where every item has its own link.
    /// </summary>
    /// <param name="articles">The feed's items as Ingest keeps them (exact repeats of one entry already merged).</param>
    /// <param name="home">The feed's home link, if it gave one.</param>
    public static string? SharedLink(IReadOnlyList<Article> articles, string? home)
    {
        // Compared as Filter's dedupe compares links, so the warning names exactly what it will drop.
        var links = articles.Select(a => (a.Link, Key: Filter.UrlCanonicalizer.Canonicalize(a.Link))).Where(l => l.Key is not null).ToList();
        var groups = links.GroupBy(l => l.Key!, StringComparer.Ordinal).Where(g => g.Skip(1).Any()).ToList();
        if (groups.Count == 0) return null;
        var largest = groups.MaxBy(g => g.Count())!;
        var count = largest.Count();
        var linked = links.Count;
        var link = HeaderText.SingleLine(Words.Truncate(UrlDisplay.Of(largest.First().Link!), 120));
        var page = IsHomeOrProfile(largest.Key, home)
            ? "the feed points its stories at one page (its home or profile page?)"
            : "the feed points several stories at one page";
        var others = groups.Count - 1;
        return $"{(count == linked ? $"all {count}" : $"{count} of {linked}")} items share one link ({link}): {page}, so all but one were dropped as duplicates"
               + (others > 0 ? $" ({others} more link{(others == 1 ? " is" : "s are")} shared by several items)" : "")
               + "; check the feed";
    }

    /// <summary>
    /// A feed whose every item carries one title ("Choose Details to find the latest Square API and SDK versions ...": a
    /// scraped changelog, twenty-eighth held-out review, F9) said "ok" while its eight releases were lost: the title is
    /// the page's label, not each story's headline (Ingest heads each by its text's opening instead). Null where the
    /// items differ in title or the feed is too small to judge. <see cref="SharedTitleFinding.ThreadOfPosts"/> says the
    /// title is a thread's headline over its posts (<see cref="IsThreadOfPosts"/>), which keep it.
    /// </summary>
    public static SharedTitleFinding? SharedTitle(IReadOnlyList<Article> articles, string? channelLink = null)
    {
        if (articles.Count < MinItems) return null;
        var first = articles[0].Title.Trim();
        if (first.Length == 0 || !articles.All(a => string.Equals(a.Title.Trim(), first, StringComparison.OrdinalIgnoreCase))) return null;
        // A thread's posts feed: the title is the thread's headline, and there is nothing to ask of the publisher (held-out review 76, F3).
        if (IsThreadOfPosts(articles, channelLink))
            return new($"all {articles.Count} items are the posts of one thread ('{HeaderText.SingleLine(Words.Truncate(first, 80))}'): its title heads the opening post, and the others are replies", ThreadOfPosts: true);
        return new($"all {articles.Count} items share one title ('{HeaderText.SingleLine(Words.Truncate(first, 80))}'): it reads as the feed's label, not each "
                   + "story's headline, so each item is headed by its text's opening; ask the publisher for item titles", ThreadOfPosts: false);
    }

    /// <summary>What <see cref="SharedTitle"/> found: the feed's warning, and whether the items are one thread's posts.</summary>
    public sealed record SharedTitleFinding(string Warning, bool ThreadOfPosts);

    /// <summary>
    /// Whether the items are the posts of one thread (a Discourse "/t/slug/366.rss", a Flarum discussion's feed): each one's
    /// link is the channel's own link and a post number after it ("/t/slug/366/3"), two numbers or more, the opening post's
    /// ("/1") among them. Their shared title is the thread's headline, not a label: headed by their first sentences, the
    /// replies read as separate stories and the same-story checks no longer saw one thread (held-out review 76, F3). The
    /// channel's link must be the whole prefix and post 1 present, so a label-titled feed of numbered pages or articles
    /// under one section ("/news/1234") is not taken for one.
    /// </summary>
    public static bool IsThreadOfPosts(IReadOnlyList<Article> articles, string? channelLink)
    {
        if (channelLink is null || !Uri.TryCreate(channelLink.Trim(), UriKind.Absolute, out var channel) || channel.AbsolutePath.Trim('/').Length == 0) return false;
        var prefix = channel.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
        var posts = new HashSet<int>();
        foreach (var article in articles)
        {
            if (!Uri.TryCreate(article.Link, UriKind.Absolute, out var link) || link.Query.Length > 0) return false;
            var address = link.GetLeftPart(UriPartial.Path);
            if (!address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || address[prefix.Length..].TrimEnd('/') is not { Length: > 0 and <= 7 } tail
                || !tail.All(char.IsAsciiDigit)) return false;
            posts.Add(int.Parse(tail, System.Globalization.CultureInfo.InvariantCulture));
        }
        return posts.Count >= 2 && posts.Contains(1);
    }

    /// <summary>
    /// The feed's home page, a site's root, or a person's page ("/@name", "/~name", "/user/name"): no one story's address.
    /// A one-segment path is not enough ("/my-first-post" is how many blogs address a post).
    /// </summary>
    internal static bool IsHomeOrProfile(string canonical, string? home)
    {
        if (Filter.UrlCanonicalizer.Canonicalize(home) is { } own && string.Equals(own, canonical, StringComparison.Ordinal)) return true;
        if (!Uri.TryCreate(canonical, UriKind.Absolute, out var uri) || uri.Query.Length > 0) return false;
        return uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [] => true,
            [var one] => one[0] is '@' or '~',
            [var kind, _] => ProfileSections.Contains(kind),
            _ => false,
        };
    }

    private static readonly HashSet<string> ProfileSections = new(["user", "users", "u", "author", "authors", "profile", "profiles", "people", "members", "member"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a feed's warning says it lost all or most of its items to the content rules (<see cref="AllDroppedBy"/>): the
    /// run's console names those feeds (held-out review 95, F3).
    /// </summary>
    public static bool IsLostToContentRules(string warning)
        => warning.Contains(" dropped by the content rule ", StringComparison.Ordinal) || warning.Contains(" kept by the content rules: ", StringComparison.Ordinal);

    /// <summary>
    /// The content rules that dropped every item the feed gave (or min_length two thirds of them), with what to do; null
    /// otherwise. One rule is named alone; several are listed with each one's count and remedy.
    /// </summary>
    private static string? AllDroppedBy(FeedFunnel funnel, Pages pagesRead)
    {
        if (funnel.Total == 0 || funnel.ContentDrops is null) return null;
        var drops = funnel.ContentDrops.Where(d => d.Value > 0).ToList();
        // The items the content rules judged: a feed's repeats of its own items never reached them, and counted against the
        // rules they kept a feed that lost every item silent (held-out review 115, F3; review 118, F5).
        var reached = funnel.Total - funnel.OwnRepeats;
        var repeats = funnel.OwnRepeats > 0 ? $"; {funnel.OwnRepeats} repeating the feed's other items" : "";
        // Two or more rules between them dropped every item (3 not in content.languages and 3 teasers): the feed yields
        // nothing just as surely as under one rule, and said "ok" with no hint (ninth held-out review: three such feeds).
        // Each rule's share is named with its remedy, the largest first, so the owner sees which fix matters most. This
        // comes before the "mostly teasers" message below, which would hide that the rest was dropped too. A feed of one
        // or two items is too small to say it "only" carries teasers, but not too small to hear that it gave nothing, and
        // why (tenth held-out review, F9: a one-episode podcast feed stayed silent).
        var droppedWhole = funnel.PassedContentFilter == 0 && drops.Sum(d => d.Value) == reached;
        if (droppedWhole && (drops.Count >= 2 || reached < MinItems))
            return $"0 of {funnel.Total} item{(funnel.Total == 1 ? "" : "s")} kept by the content rules: "
                   + string.Join("; ", drops.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Select(d => Share(d.Key, d.Value, funnel, pagesRead)))
                   + repeats;
        // Teasers of uneven length: the longest one or two pass and the rest (often the newest issues) do not; the
        // owner should hear it as for a feed of teasers alone (eighth held-out review, F2: 5 of 6 dropped, no warning).
        if (funnel.ContentDrops.GetValueOrDefault("min_length") is var teasers && teasers < reached && teasers * 3 >= reached * 2 && teasers >= MinItems)
            return $"{teasers} of {reached} items were dropped by the content rule min_length: " + Advice("min_length", funnel, "mostly", pagesRead);
        if (reached < MinItems || funnel.PassedContentFilter > 0 || drops is not [var (rule, count)] || count != reached) return null;
        return funnel.OwnRepeats > 0
            ? $"all {count} distinct items were dropped by the content rule {rule}, and {funnel.OwnRepeats} more repeated them: " + Advice(rule, funnel, "only", pagesRead)
            : $"all {count} items were dropped by the content rule {rule}: " + Advice(rule, funnel, "only", pagesRead);
    }

    /// <summary>Part of a feed's items dropped by one rule, with the rule's remedy as <see cref="Advice"/> gives it for a whole feed.</summary>
    private static string Share(string rule, int count, FeedFunnel funnel, Pages pagesRead)
        => rule switch
        {
            "min_length" => $"{count} below content.min_length (titles or teasers: {TeaserRemedy(funnel, pagesRead)})",
            "no_link" => $"{count} without a link a reader can open (a private or development host, a web search, a bare IP address, or none at all)",
            "language" => $"{count} not in content.languages",
            "too_old" => $"{count} older than content.max_age_days",
            "blocklist" => $"{count} matching content.blocklist",
            "placeholder" => $"{count} a site generator's sample post or placeholder text",
            "site_page" => $"{count} the site's own pages (About, Contact, Projects)",
            "recurring_thread" => $"{count} a forum's recurring threads (weekly questions, what-are-you-reading, megathreads)",
            "forum_reply" => $"{count} replies in forum threads",
            "help_request" => $"{count} members' requests for help",
            "discussion_prompt" => $"{count} questions put to a forum's members (discussion threads)",
            "status_update" => $"{count} status-page incident or maintenance notices (content.status_updates: true keeps them)",
            "commit_log" => $"{count} commits of a repository (a commits feed, or a bot's dependency bumps)",
            "package_listing" => $"{count} a package registry's listings of packages (a registry's updates feed)",
            "wiki_change" => $"{count} edits to a wiki's pages (a recent-changes feed)",
            "build_status" => $"{count} a CI server's build results",
            _ => $"{count} dropped by the content rule {rule}",
        };

    /// <summary>What turns a feed's teasers into stories: its pages read in full, unless its links are audio, video or other files.</summary>
    private static string TeaserRemedy(FeedFunnel funnel, Pages pagesRead)
        => IsMedia(funnel)
            ? "its items are audio or video files, not pages, so reading them in full cannot help; lower content.min_length to keep them"
            // Full text would read a file host's viewer (a Drive link) or the file itself as the "article".
            : IsFiles(funnel)
            ? "its items link to files (on a file host such as Google Drive or Dropbox, or documents and archives), not pages, so reading them in full cannot help; "
              + "ask the publisher for text with each item, or lower content.min_length to keep them"
            // A release feed's entries without <link> (tenth held-out review, F9): no page to read, and a story no reader can open.
            // A comic's or a photo's page is the image (held-out review 113, F3): read in full, it gives no text either.
            : IsImages(funnel)
            ? "its items are images (comics or photos) with no text of their own, so reading their pages cannot help; they are not stories for this newsletter "
              + "(lower content.min_length only to keep image posts, which will print with no summary)"
            : funnel.NoLinks * 2 > funnel.Total
            ? "its items link to no page, so reading them in full cannot help, and with content.require_link on they would be dropped anyway; ask the publisher for item links"
            // Its pages are read already (fullText or auto_full_text): advice to turn that on named a fix in place (audit hostile24, H2).
            : pagesRead == Pages.Read
            ? "its article pages were read in full and still gave too little text; lower content.min_length to keep them"
            : pagesRead == Pages.Failed
            ? "its article pages could not be read (the warning on them says why); lower content.min_length to keep the teasers"
            : "set fullText=\"true\" on its OPML outline (or fetch.auto_full_text: true) so each article's page is read, or lower content.min_length";

    /// <summary>Whether a feed's article pages were read: not tried (no full text), tried and none read, or read.</summary>
    private enum Pages { NotTried, Failed, Read }

    private static bool IsMedia(FeedFunnel funnel) => funnel.MediaLinks * 2 > funnel.Total;

    private static bool IsFiles(FeedFunnel funnel) => funnel.FileLinks * 2 > funnel.Total;

    private static bool IsImages(FeedFunnel funnel) => funnel.ImagePosts * 2 > funnel.Total;

    private static string Advice(string rule, FeedFunnel funnel, string share, Pages pagesRead)
        => rule switch
        {
            // Full text would fetch each episode's audio or video file as a "page".
            "min_length" when IsMedia(funnel) || IsFiles(funnel) || IsImages(funnel) => $"the feed carries {share} titles or teasers, and {TeaserRemedy(funnel, pagesRead)}",
            "min_length" => $"the feed carries {share} titles or teasers; {TeaserRemedy(funnel, pagesRead)}",
            "no_link" => "no item links to a page a reader can open (a private or development host, a web search, a bare IP address, or none at all)",
            "language" => "no item is in one of content.languages",
            "too_old" => "every item is older than content.max_age_days (a feed that stopped publishing?)",
            "blocklist" => "every item matches content.blocklist",
            "placeholder" => "every item is a site generator's sample post or placeholder text (a blog not yet written)",
            "site_page" => "every item is one of the site's own pages (About, Contact, Projects), not a post: is this the site's page feed rather than its blog's?",
            "recurring_thread" => "every item is a forum's recurring thread (weekly questions, what-are-you-reading, megathreads), not a story",
            "forum_reply" => "every item is a reply in a forum thread, not a story: is this the forum's feed of posts rather than of new threads?",
            "help_request" => "every item is a member's request for help (a support forum), not a story",
            "discussion_prompt" => "every item is a question put to a forum's members (a discussion thread), not a story",
            "status_update" => "every item is a status page's incident or maintenance notice, not news: remove the feed, or set content.status_updates: true for an operations newsletter",
            "commit_log" => "every item is a commit of a repository, not a story: subscribe to the project's releases or changelog instead (on GitHub, /releases.atom)",
            "package_listing" => "every item is a package registry's listing of a package (its name, version and description), not a story: subscribe to the projects' releases or changelogs instead (on GitHub, /releases.atom)",
            "wiki_change" => "every item is an edit to a wiki page (a recent-changes feed), not a story: subscribe to the wiki's news or blog instead",
            "build_status" => "every item is a CI server's build result (a job's number and its status), not a story: remove the feed, or subscribe to the project's releases",
            _ => "the feed gives nothing this newsletter prints",
        };
}
