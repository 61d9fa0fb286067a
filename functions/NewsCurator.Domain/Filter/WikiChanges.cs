using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// One edit of a wiki page: an entry of a wiki's recent-changes feed, linking to the revision or the diff of a page on the
/// feed's own site. A wiki's edits are its work in progress, as a repository's commits are (<see cref="CommitLogs"/>): a
/// DokuWiki feed's edit of a Bash cheat-sheet ("shell:bash", linked to "?rev=1416134748&amp;do=diff") was an issue's only
/// story, and the relevance head read its terse shell vocabulary as a tech story (held-out review 115, F1). Known by the
/// link, whatever the text: every wiki engine addresses a revision or a diff by a fixed query or path (DokuWiki's do=diff,
/// MediaWiki's diff= and oldid=, MoinMoin's and Trac's action=diff, Trac's /wiki/Page?version=n, Confluence's
/// diffpagesbyversion.action). Only on the feed's own site: a news story that links to a Wikipedia diff (an edit war) is news.
/// </summary>
public static partial class WikiChanges
{
    /// <summary>Why the article is an edit of a wiki page, or null.</summary>
    public static string? Of(Article article)
        => RevisionPage(article.Link) is { } host && CommitLogs.OnTheSameSite(host, article.FeedUrl, article.FeedHome)
            ? $"an edit to a wiki page (its link is a revision or diff view on {host}), not a story: a wiki's recent changes are its work in progress"
            : null;

    /// <summary>The host of a link to one revision, or the diff between two, of a wiki page; null for any other link.</summary>
    private static string? RevisionPage(string? link)
    {
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var query = uri.Query;
        var revision = (query.Length > 0 && RevisionQuery().IsMatch(query))
                       // DokuWiki's "?rev=1416134748" names a revision only with an action ("&do=diff", "&do=revisions").
                       || (DokuWikiRevision().IsMatch(query) && DokuWikiAction().IsMatch(query))
                       // Trac's "/wiki/WikiStart?version=12": a "version" query elsewhere is any site's.
                       || (uri.AbsolutePath.Contains("/wiki/", StringComparison.OrdinalIgnoreCase) && TracVersion().IsMatch(query))
                       || uri.AbsolutePath.EndsWith("/diffpagesbyversion.action", StringComparison.OrdinalIgnoreCase);
        return revision ? uri.Host : null;
    }

    // A diff or a revision in the query: DokuWiki's do=diff, MoinMoin's and Trac's action=diff, MediaWiki's diff=1234 (or
    // prev, next, cur) and oldid=1230 beside its title=.
    [GeneratedRegex(@"(?:^\?|&)(?:do=diff|action=diff|diff=(?:\d+|prev|next|cur)|oldid=\d+)(?:&|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RevisionQuery();

    [GeneratedRegex(@"(?:^\?|&)rev=\d+(?:&|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DokuWikiRevision();

    [GeneratedRegex(@"(?:^\?|&)do=(?:diff|revisions)(?:&|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DokuWikiAction();

    [GeneratedRegex(@"(?:^\?|&)version=\d+(?:&|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TracVersion();
}
