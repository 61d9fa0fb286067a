using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>
/// One commit of a repository's history: an entry of a code host's commits feed, linking to the commit's own page, or a
/// bot's dependency bump. A project's commits are its work in progress, not its news (its releases and changelog are):
/// a GitHub "Recent Commits" feed put a Dependabot bump in an issue, and under a looser content.min_length four commits,
/// one among the Top stories, since the relevance head reads terse code vocabulary as 10 of 10 (fortieth held-out review, F1).
/// </summary>
public static partial class CommitLogs
{
    /// <summary>Why the article is a commit, or null.</summary>
    public static string? Of(Article article)
    {
        // A commit page is a commit of the feed's own repository only where the feed is on the code host: a link aggregator's
        // story about a notable commit ("Linux drops support for i486 processors") is news (review of session 32, R3).
        if (CommitPage(article.Link) is { } host && OnTheSameSite(host, article.FeedUrl, article.FeedHome))
            return $"a commit in a repository's history (its link is a commit page on {host}), not a story: a project's releases and changelog are its news";
        if (DependencyBump().Match(article.Title) is { Success: true } bump && IsPackage(bump.Groups["package"].Value))
            return "a dependency bump ('" + Words.Truncate(article.Title, 80) + "'), a maintenance commit, not a story";
        if (article.Author is { } author && BotAuthor().IsMatch(author))
            return $"a commit by the bot account '{author}', not a story";
        return null;
    }

    /// <summary>Whether the host is the site of one of the feed's addresses (its URL or its home): the feed's own pages, not pages a story links to.</summary>
    internal static bool OnTheSameSite(string host, params string?[] feedAddresses)
    {
        var site = UrlCanonicalizer.Site(new Uri("https://" + host));
        // A feed's home is stored as its site, without a scheme ("github.com/miniflux/v2": hostile-input audit 33, H8).
        return feedAddresses.Any(a => a is not null && Uri.TryCreate(a.Contains("://", StringComparison.Ordinal) ? a : "https://" + a, UriKind.Absolute, out var uri)
                                      && uri.Scheme is "http" or "https" && UrlCanonicalizer.Site(uri) == site);
    }

    private static bool IsPackage(string name) => name.AsSpan().IndexOfAny("/.@_-") >= 0 || !name.Any(char.IsUpper);

    /// <summary>The host of a commit's own page (github.com/o/r/commit/sha, gitlab's /-/commit/sha, a Gitea's, cgit's ?id=sha), or null.</summary>
    private static string? CommitPage(string? link)
        => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
           && (CommitPath().IsMatch(uri.AbsolutePath) || (uri.AbsolutePath.EndsWith("/commit/", StringComparison.Ordinal) && CommitQuery().IsMatch(uri.Query)))
            ? uri.Host : null;

    // A path that ends in a commit's id: "/commit/0f7b047b0a81..." (GitHub, Gitea, Codeberg, sourcehut), "/-/commit/..." (GitLab),
    // "/commits/..." (Bitbucket); seven hex digits at least, as a short id is written.
    [GeneratedRegex(@"/commits?/[0-9a-f]{7,64}(?:\.patch|\.diff)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitPath();

    [GeneratedRegex(@"(?:^\?|&)id=[0-9a-f]{7,64}(?:&|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommitQuery();

    // Dependabot's "Bump X from 3.0.1 to 3.0.3 in /docs" and Renovate's "Update dependency X to v2.3.4 (#1234)", with a
    // conventional commit's "chore(deps): " before them; not "Bump allocator gets 2x faster", which names no versions. The
    // package is an identifier (a path, a scope, a lower-case name): "Bump RAM from 8 to 16 GB: ..." is a headline
    // (hostile-input audit 33, H3).
    [GeneratedRegex(@"^(?:(?:build|chore|fix|deps|ci)(?:\([\w-]*deps[\w-]*\))?!?:\s*)?(?:bump(?:s|ed)?\s+(?<package>\S+)(?:\s+and\s+\S+)?\s+from\s+v?\d[\w.+-]*\s+to\s+v?\d[\w.+-]*|update\s+(?:dependency|module|plugin|action)\s+(?<package>\S+)\s+to\s+v?\d[\w.+-]*)(?:\s+(?:\(#\d+\)|\[security\]|in\s+\S+))*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DependencyBump();

    // A code host's bot accounts, a whole account name with no spaces: "dependabot[bot]", "renovate[bot]",
    // "github-actions[bot]"; "TechWire News [bot]" and "Renovate Magazine" are bylines (hostile-input audit 33, H3).
    [GeneratedRegex(@"^\s*(?:[\w.-]+\[bot\]|dependabot|renovate|renovate-bot|greenkeeper|snyk-bot|pre-commit-ci)\s*(?:<[^>]*>)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotAuthor();
}
