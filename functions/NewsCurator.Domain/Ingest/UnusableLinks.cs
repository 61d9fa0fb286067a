using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// Item links a newsletter must not send readers to, removed at Ingest (content.require_link then drops the items as
/// no_link) with one warning per kind for the feed's owner, since the feed, not each item, is at fault:
/// <list type="bullet">
/// <item>a loopback, private or local host (<see cref="ArticleNormalizer.PrivateHostOf"/>): no reader can open it;</item>
/// <item>a web search for the headline (google.com/search?q=TITLE): an aggregator that had no link wrote one, and
/// "Read at google.com" sends readers to a results page, not the story (eleventh held-out review, F1);</item>
/// <item>a bare public IP address (http://178.104.13.79:8080/...): mail filters score numeric links as phishing
/// (SpamAssassin's NUMERIC_HTTP_ADDR), so one such link costs the whole issue's delivery, and the address breaks when
/// the server moves (same review);</item>
/// <item>a template's placeholder host (yourwebsite.com, example.com, your-username.github.io, yourdomain.github.io): the site's own address
/// was never filled in, and the page is not there (fourteenth held-out review, F8).</item>
/// </list>
/// Hosts the operator lists in fetch.allow_private_hosts keep their links in the feeds of listed hosts (<see cref="ArticleNormalizer.PrivateHostOf"/>).
/// </summary>
public static partial class UnusableLinks
{
    private enum Kind { Private, Search, Numeric, Placeholder }

    /// <summary>Search engines' hosts (without "www."), each with the paths its results pages live under.</summary>
    private static readonly (string Host, string[] Paths)[] SearchEngines =
    [
        ("google.", ["/search", "/webhp"]), ("bing.com", ["/search"]), ("duckduckgo.com", ["/", "/html", "/lite"]),
        ("search.yahoo.com", ["/search"]), ("yandex.", ["/search"]), ("baidu.com", ["/s"]), ("search.brave.com", ["/search"]),
        ("ecosia.org", ["/search"]), ("startpage.com", ["/search", "/do/search"]), ("kagi.com", ["/search"]),
    ];

    /// <summary>The hosts site templates and tutorials ship in their config (with their subdomains): no publisher's.</summary>
    private static readonly string[] PlaceholderDomains =
        ["yourwebsite.com", "yourdomain.com", "yoursite.com", "example.com", "example.org", "example.net", "your-username.github.io"];

    /// <summary>The query parameters a results page reads its terms from.</summary>
    private static readonly string[] QueryParameters = ["q", "p", "wd", "text", "query"];

    /// <summary>The articles, those with an unusable link without it, and the feed's warnings (empty when every link was fine).</summary>
    public static (List<Article> Articles, List<string> Warnings) Remove(List<Article> articles, FeedSource feed, IReadOnlyCollection<string> trustedHosts)
    {
        // Whether one kind's links name several examples: 13 links to 13 private hosts were said to "point at" the first.
        var found = new Dictionary<Kind, (int Count, string Example, bool Several)>();
        var kept = articles.Select(a =>
        {
            if (Problem(a.Link, feed, trustedHosts) is not { } problem) return a;
            found[problem.Kind] = found.TryGetValue(problem.Kind, out var seen)
                ? (seen.Count + 1, seen.Example, seen.Several || !string.Equals(seen.Example, problem.Example, StringComparison.OrdinalIgnoreCase))
                : (1, problem.Example, false);
            return a with { Link = null };
        }).ToList();
        return (kept, [.. found.OrderBy(f => f.Key).Select(f => Warning(f.Key, f.Value.Count, HeaderText.SingleLine(f.Value.Example), f.Value.Several))]);
    }

    /// <summary>Whether the address is a search engine's results page (a search, not a story).</summary>
    public static bool IsWebSearch(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var path = uri.AbsolutePath.TrimEnd('/') is { Length: > 0 } p ? p : "/";
        return SearchEngines.Any(e => (e.Host.EndsWith('.') ? host.StartsWith(e.Host, StringComparison.Ordinal) : host == e.Host) && e.Paths.Contains(path, StringComparer.OrdinalIgnoreCase))
            && System.Web.HttpUtility.ParseQueryString(uri.Query) is var query && QueryParameters.Any(name => !string.IsNullOrWhiteSpace(query[name]));
    }

    private static (Kind Kind, string Example)? Problem(string? link, FeedSource feed, IReadOnlyCollection<string> trustedHosts)
    {
        if (ArticleNormalizer.PrivateHostOf(link, feed, trustedHosts) is { } privateHost) return (Kind.Private, privateHost);
        if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || PublicNetwork.IsTrusted(uri.Host, trustedHosts)) return null;
        if (IsWebSearch(uri)) return (Kind.Search, Words.Truncate(uri.AbsoluteUri, 80));
        // Private addresses were judged above (a feed on an intranet links there for readers on that network).
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && PublicNetwork.IsPublicHost(uri)) return (Kind.Numeric, uri.Host);
        if (PlaceholderDomainOf(uri.Host) is not null && !IsSampleFeed(feed)) return (Kind.Placeholder, uri.Host);
        return null;
    }

    internal static string? PlaceholderDomainOf(string host)
    {
        host = host.ToLowerInvariant();
        return PlaceholderDomains.FirstOrDefault(d => Filter.UrlCanonicalizer.IsWithinDomain(host, d))
               ?? (host.Split('.') is { Length: >= 2 } labels && labels.Any(l => PlaceholderLabel().IsMatch(l)) ? host : null);
    }

    /// <summary>
    /// A host name's part that a template tells its user to replace ("yourdomain.github.io", "blog.your-site.netlify.app",
    /// "username.gitlab.io"), under any suffix: the fifteenth held-out review found yourdomain.github.io links, which no
    /// list of whole domains names. Only "your"-words and a bare "username": "mydomain.com" and "mysite.org" are someone's.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:your[-_]?(?:domain|web-?site|site|user-?name|github(?:[-_]?user-?name)?|blog|company|org(?:ani[sz]ation)?|project|app|name|handle)|(?:github[-_]?)?user-?name)$")]
    private static partial System.Text.RegularExpressions.Regex PlaceholderLabel();

    /// <summary>
    /// Whether the feed itself is served from a placeholder domain (that domain's own site, or a tutorial's or test's
    /// sample feed, whose links are all samples) or from a private or loopback host (a staging or test server, whose
    /// private links are kept too: <see cref="ArticleNormalizer.PrivateHostOf"/>). A file the operator saved keeps the
    /// check: it is a copy of some site's feed.
    /// </summary>
    private static bool IsSampleFeed(FeedSource feed)
        => Uri.TryCreate(feed.Url, UriKind.Absolute, out var feedUri) && feedUri.Scheme is "http" or "https"
           && (PlaceholderDomainOf(feedUri.Host) is not null || !PublicNetwork.IsPublicHost(feedUri));

    private static string Warning(Kind kind, int count, string example, bool several) => kind switch
    {
        Kind.Private => $"{count} item link(s) point at {(several ? $"local or private addresses such as {example}," : $"{example}, a local or private address")} no reader can open (a site built with its development address?): "
                        + "those items have no link (add the host to fetch.allow_private_hosts if your readers can reach it)",
        Kind.Placeholder => $"{count} item link(s) point at {example}, a site template's placeholder address (the site's real address was never set in its config?): "
                            + "those items have no link (add the host to fetch.allow_private_hosts if it really is the site's)",
        Kind.Search => $"{count} item link(s) are web searches (such as {example}), not the stories: those items have no link",
        _ => $"{count} item link(s) point at the bare IP address {example}: mail filters flag numeric links as phishing, and the address breaks when the server moves; "
             + "those items have no link (ask the publisher for its domain name, or add the address to fetch.allow_private_hosts to print such links anyway)",
    };
}
