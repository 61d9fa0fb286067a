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

    /// <summary>
    /// Fewer other sites than this is a blog's links to its own platform (a podcast's episodes on one host), not an
    /// aggregator's. Two: a tracker's scored stories were TechCrunch's and OpenAI's, its others below the thresholds.
    /// </summary>
    private const int MinLinkedPublishers = 2;

    private readonly HashSet<string> _aggregators = new(StringComparer.Ordinal);

    /// <summary>
    /// Feeds whose items mostly link to one site other than the home they name, and the key they count under: the
    /// home's publisher and the site their items mostly link to. Two feeds of one blog still share it; a feed that names
    /// another's home does not.
    /// </summary>
    private readonly Dictionary<string, string> _elsewhere = new(StringComparer.Ordinal);

    /// <summary>Per feed, while its items are read: how many, the first of them, and how many link to each other site.</summary>
    private readonly Dictionary<string, (int Items, int Elsewhere, Article First, Dictionary<string, int> Sites)> _seen = new(StringComparer.Ordinal);

    /// <summary>Publishers read off every scored candidate (call <see cref="Add"/> for each, then <see cref="Decide"/>).</summary>
    public Publishers()
    {
    }

    /// <summary>Publishers read off these articles at once (tests, small inputs).</summary>
    public Publishers(IEnumerable<Article> articles)
    {
        foreach (var article in articles) Add(article);
        Decide();
    }

    /// <summary>
    /// Counts one candidate of its feed. Every scored candidate, not only those that pass the thresholds: a tracker whose
    /// TechCrunch teasers fell below scoring.min_quality kept only its OpenAI posts among the eligible, and one site is
    /// no aggregator's mark.
    /// </summary>
    public void Add(Article article)
    {
        var key = FeedKey(article);
        if (!_seen.TryGetValue(key, out var feed)) feed = (0, 0, article, new Dictionary<string, int>(StringComparer.Ordinal));
        var site = OtherSite(article);
        if (site is not null && (feed.Sites.ContainsKey(site) || feed.Sites.Count < MaxSitesCounted)) feed.Sites[site] = feed.Sites.GetValueOrDefault(site) + 1;
        // Counted apart from the bounded tally of sites: a feed of 150 stories on 150 sites links elsewhere 150 times
        // (review of session 31, R7).
        _seen[key] = (feed.Items + 1, feed.Elsewhere + (site is null ? 0 : 1), feed.First, feed.Sites);
        if (article.Author is { Length: > 0 } author && !string.Equals(author.Trim(), article.FeedTitle?.Trim(), StringComparison.OrdinalIgnoreCase)) _otherAuthors.Add(key);
    }

    /// <summary>Words of a publication's name, never a person's ("Links Daily", "Dev Notes").</summary>
    private static readonly HashSet<string> PublicationWords = new(["news", "daily", "weekly", "links", "blog", "digest", "notes", "journal", "times", "post", "review",
        "today", "tech", "dev", "log", "reader", "feed", "radar", "planet", "hub", "weekend", "online", "magazine", "press"], StringComparer.Ordinal);

    /// <summary>Feeds one of whose items names an author other than the feed's title (a planet's blogs, a link blog's contributors).</summary>
    private readonly HashSet<string> _otherAuthors = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether a feed is one writer's portfolio: titled with a person's name, at a home site named for that person, and none of
    /// its items naming another author. Its items link to the sites that printed the articles, and it counted as an aggregator of
    /// them and took six places of an issue past per_feed_cap 3 (held-out review 110, F2): one person is one voice however many
    /// sites printed it. A link blog titled otherwise ("kottke.org", "Jane's links"), or a planet of blogs, stays an aggregator.
    /// </summary>
    private bool OnePersonsFeed(string key, Article first)
    {
        if (_otherAuthors.Contains(key) || first.FeedTitle is not { } title || first.FeedHome is not { } home) return false;
        var words = title.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.All(char.IsLetter) && !PublicationWords.Contains(w.ToLowerInvariant()))
            || !Ingest.TrailingByline.NamesAPerson(title.Trim())) return false;
        if (!Uri.TryCreate(home.Contains("://", StringComparison.Ordinal) ? home : "https://" + home, UriKind.Absolute, out var homeUri)) return false;
        // The home is the name run together, a middle initial allowed ("ericwbailey.design" for "Eric Bailey").
        var label = homeUri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? homeUri.Host[4..] : homeUri.Host;
        label = label.Split('.')[0].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var (given, family) = (words[0].ToLowerInvariant(), words[1].ToLowerInvariant());
        return label.StartsWith(given, StringComparison.Ordinal) && label.EndsWith(family, StringComparison.Ordinal) && label.Length - given.Length - family.Length is 0 or 1;
    }

    /// <summary>Which feeds are aggregators and which count apart from the home they name, once every candidate is counted.</summary>
    public void Decide()
    {
        foreach (var (key, (items, counted, first, linked)) in _seen)
        {
            // A feed that names no home and has no web address of its own (a local file) lives where nearly all its items link,
            // or on its owner's sites: a blog read from a file, its posts on its jane.dev and jane.github.io sites, counted as an
            // aggregator of both and took six places for three (hostile-input audit 35, H7). An aggregator's file whose items
            // are mostly one site's stays an aggregator (three CSS-Tricks stories, one Smashing, one freeCodeCamp: review of
            // session 33's later change, R6).
            var home = first.FeedHome is null && !IsWebAddress(first.FeedUrl) ? HomeOfLinks(linked, counted) : [];
            var elsewhere = counted - home.Sum(h => linked[h]);
            var sites = home.Count == 0 ? linked : linked.Where(s => !home.Contains(s.Key)).ToDictionary(StringComparer.Ordinal);
            if (elsewhere * 2 < items || sites.Count == 0 || OnePersonsFeed(key, first)) continue;
            // A feed naming another's home page while its items link elsewhere ("Google Cloud Blog" at cloud.google.com, its
            // stories on cloud-google-x31.net) took the real blog's places (hostile-input audit 31, H4): its home proves
            // nothing, and it counts as itself. So does a channel whose episodes all sit on one video or podcast platform.
            if (sites.Count >= MinLinkedPublishers) _aggregators.Add(key);
            else _elsewhere[key] = $"{Selector.PublisherOf(first)} -> {sites.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key}";
        }
        _seen.Clear();
        _otherAuthors.Clear();
    }

    /// <summary>The sites a feed without a home lives on: the most linked with its owner's other sites, where they are more than it or hold nearly all links.</summary>
    private static HashSet<string> HomeOfLinks(Dictionary<string, int> linked, int counted)
    {
        if (linked.Count == 0) return [];
        var top = linked.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
        var home = linked.Keys.Where(site => Owner(site) == Owner(top)).ToHashSet(StringComparer.Ordinal);
        var share = home.Sum(h => linked[h]);
        return share >= NearlyAll * counted || (home.Count > 1 && share * 2 >= counted) ? home : [];
    }

    /// <summary>
    /// A site's owner's name: the first label of its publisher ("jane" of jane.dev and jane.github.io). A publisher that is
    /// a path on a shared host ("dev.to/alice", a channel, a user's repositories) is its own owner: two authors of one host
    /// are two owners (review of session 33's last change, R1).
    /// </summary>
    private static string Owner(string site) => site.Contains('/', StringComparison.Ordinal) ? site : site.Split('.')[0];

    /// <summary>The share of a homeless feed's links one site must hold to be its home on its own.</summary>
    private const double NearlyAll = 0.8;

    private static bool IsWebAddress(string address)
        => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    /// <summary>Sites counted per feed: enough to tell an aggregator, bounded for a hostile feed of a million links.</summary>
    private const int MaxSitesCounted = 64;

    /// <summary>The publisher the cap counts a story for.</summary>
    public string Of(Article article)
    {
        var feed = FeedKey(article);
        if (_aggregators.Contains(feed) && OtherSite(article) is { } site) return site;
        return _elsewhere.TryGetValue(feed, out var key) ? key : Selector.PublisherOf(article);
    }

    /// <summary>Whether the story's feed is an aggregator's, whose stories count for the sites they link to.</summary>
    public bool IsAggregated(Article article) => _aggregators.Contains(FeedKey(article)) && OtherSite(article) is not null;

    /// <summary>Whether the story's feed is an aggregator's (any of its stories), the one kind of feed the walk's feed ceiling holds (held-out review 78, F2).</summary>
    public bool IsAggregator(Article article) => _aggregators.Contains(FeedKey(article));

    /// <summary>One subscription, however its address is spelled (http and https, a trailing slash, a tracking parameter).</summary>
    public static string FeedKey(Article article) => Canonical.Canonicalize(article.FeedUrl) ?? article.FeedUrl;

    /// <summary>
    /// The publisher of the story's link where it is a site other than the feed's home; null where it is the home's, or
    /// unknown: a redirector's address (FeedBurner's, Google News' article links) names no publisher. A feed that names no
    /// home lives on its own address's site; a local file's on none, so every web link of it is elsewhere: an osmosfeed
    /// page of CSS-Tricks, Smashing and freeCodeCamp stories with a relative home link counted as one publisher, named by
    /// its file (forty-third held-out review, F3).
    /// </summary>
    private static string? OtherSite(Article article)
    {
        string? homeSite = null;
        if (article.FeedHome is { } home)
        {
            if (!Uri.TryCreate("https://" + home, UriKind.Absolute, out var homeUri) || homeUri.Host.Length == 0) return null;
            homeSite = Canonical.Publisher(homeUri);
        }
        else if (IsWebAddress(article.FeedUrl))
            homeSite = Canonical.Publisher(new Uri(article.FeedUrl));
        if (!Uri.TryCreate(article.Link, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https")
            || Ingest.ArticleNormalizer.IsClickTracker(article.Link) || link.Host.Equals("news.google.com", StringComparison.OrdinalIgnoreCase)) return null;
        var site = Canonical.Publisher(link);
        return site == homeSite ? null : site;
    }
}
