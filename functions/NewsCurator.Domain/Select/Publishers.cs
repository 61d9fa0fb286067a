using NewsCurator.Model;
using Canonical = NewsCurator.Filter.UrlCanonicalizer;

namespace NewsCurator.Select;

/// <summary>
/// Who published each story in one walk, for the per-publisher cap: the feed's home site (<see cref="Selector.PublisherOf"/>),
/// except in an aggregator's feed, where each story counts for the site it links to. An aggregator is known by its items:
/// most of them link off its home, to <see cref="MinLinkedPublishers"/> or more other publishers. A tracker re-posting
/// TechCrunch, OpenAI and Hugging Face from a GitHub Pages site counted as one publisher, and its relevant stories were
/// capped out of a four-story issue (thirty-seventh held-out review, F2). One feed read so still takes at most
/// <see cref="AggregatorCapFactor"/> times select.per_feed_cap places (the walk's feed cap: hostile-input audit 31, H1).
/// </summary>
internal sealed class Publishers
{
    /// <summary>How many times select.per_feed_cap one feed may take, whatever publishers its stories count for.</summary>
    public const int AggregatorCapFactor = 2;

    /// <summary>Fewer other sites than this is a blog's links to its own platform (a podcast's episodes on one host), not an aggregator's.</summary>
    private const int MinLinkedPublishers = 3;

    private readonly HashSet<string> _aggregators = new(StringComparer.Ordinal);

    /// <summary>
    /// Feeds whose items mostly link to one or two sites other than the home they name, and the key they count under: the
    /// home's publisher and the site their items mostly link to. Two feeds of one blog still share it; a feed that names
    /// another's home does not.
    /// </summary>
    private readonly Dictionary<string, string> _elsewhere = new(StringComparer.Ordinal);

    public Publishers(IEnumerable<Article> articles)
    {
        foreach (var feed in articles.GroupBy(FeedKey, StringComparer.Ordinal))
        {
            var elsewhere = feed.Select(OtherSite).ToList();
            if (elsewhere.Count(s => s is not null) * 2 < elsewhere.Count) continue;
            // A feed naming another's home page while its items link elsewhere ("Google Cloud Blog" at cloud.google.com, its
            // stories on cloud-google-x31.net) took the real blog's places (hostile-input audit 31, H4): its home proves
            // nothing, and it counts as itself. So does a channel whose episodes all sit on one video or podcast platform.
            var sites = elsewhere.OfType<string>().GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (sites.Count >= MinLinkedPublishers) _aggregators.Add(feed.Key);
            else _elsewhere[feed.Key] = $"{Selector.PublisherOf(feed.First())} -> {sites[0].Key}";
        }
    }

    /// <summary>The publisher the cap counts a story for.</summary>
    public string Of(Article article)
    {
        var feed = FeedKey(article);
        if (_aggregators.Contains(feed) && OtherSite(article) is { } site) return site;
        return _elsewhere.TryGetValue(feed, out var key) ? key : Selector.PublisherOf(article);
    }

    /// <summary>Whether the story's feed is an aggregator's, whose stories count for the sites they link to.</summary>
    public bool IsAggregated(Article article) => _aggregators.Contains(FeedKey(article)) && OtherSite(article) is not null;

    /// <summary>One subscription, however its address is spelled (http and https, a trailing slash, a tracking parameter).</summary>
    public static string FeedKey(Article article) => Canonical.Canonicalize(article.FeedUrl) ?? article.FeedUrl;

    /// <summary>The publisher of the story's link where it is a site other than the feed's home; null where it is the home's, or unknown.</summary>
    private static string? OtherSite(Article article)
    {
        if (article.FeedHome is not { } home || !Uri.TryCreate("https://" + home, UriKind.Absolute, out var homeUri) || homeUri.Host.Length == 0) return null;
        if (!Uri.TryCreate(article.Link, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https") || IsRedirect(link)) return null;
        var site = Canonical.Publisher(link);
        return site == Canonical.Publisher(homeUri) ? null : site;
    }

    /// <summary>A redirector's address names no publisher: FeedBurner's /~r/ paths, feedproxy, Google News' article links.</summary>
    private static bool IsRedirect(Uri link)
        => link.AbsolutePath.StartsWith("/~r/", StringComparison.Ordinal) || link.Host.ToLowerInvariant() is "feedproxy.google.com" or "news.google.com";
}
