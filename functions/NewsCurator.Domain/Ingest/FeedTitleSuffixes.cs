using System.Text.RegularExpressions;
using NewsCurator.Model;

namespace NewsCurator.Ingest;

/// <summary>
/// A site's name after every headline of a feed: "Improving our alignment and security efforts | Anthropic News", "LeCun
/// has 'zero concerns' about AI ... | Hacker News: Front Page" (thirty-fifth held-out review, F1: a scraper copies the page's
/// &lt;title&gt;, and the suffix reached the issue and its subject line). The credit line names the source; the headline is
/// the story. Found per feed, as <see cref="FeedCategoryTags"/> finds leading tags: where most of a feed's titles end in a
/// separator and a short name that several of its titles share, the names go. A suffix one title has is its own
/// ("Rust 1.80 | release notes"), and a title left with too little keeps it.
/// </summary>
public static partial class FeedTitleSuffixes
{
    private const int MinItems = 3;

    /// <summary>Three in five titles end in a shared name: a feed whose scraper copied page titles, not a habit of a few headlines.</summary>
    private const double MinShare = 0.6;

    /// <summary>Nearly all titles (85 %) end in some site's name, one of them shared: a mixer of page titles.</summary>
    private const double MixerShare = 0.85;

    /// <summary>A headline left shorter than this keeps its suffix.</summary>
    private const int MinLettersLeft = 12;

    [GeneratedRegex(@"^(?<rest>.*\S)\s+[|·•]\s+(?<site>[^|·•\n]{2,60})$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Suffix();

    /// <summary>
    /// A show's label and day before most of its titles, whatever the label: "AI News Jun 30 — Meituan open sources ...",
    /// "AI Tech Daily | Jul 02 — ..." (thirty-third held-out review, F4: a label that is not the feed's own name stayed, and
    /// the same story under two labels was printed twice). Found per feed: three titles or more, and half of them, open
    /// with a few words, a day and a dash; each such label and day go. So does a whole date in numbers and a colon or a
    /// dash opening them (<see cref="NumericDate"/>).
    /// </summary>
    /// <param name="feedTitles">The feed's titles as it wrote them: where the feed's own name was the label, normalising
    /// already took it, and the habit is counted before that.</param>
    public static List<Article> StripDatedLabels(List<Article> articles, IEnumerable<string?>? feedTitles = null)
    {
        if (articles.Count < MinItems) return articles;
        var written = feedTitles?.Where(t => !string.IsNullOrEmpty(t)).ToList() ?? [.. articles.Select(a => a.Title)];
        Regex[] labels = [DatedLabel(), NumericDate()];
        foreach (var label in labels)
        {
            var labelled = written.Count(t => label.IsMatch(t!));
            if (labelled < MinItems || labelled * 2 < written.Count) continue;
            return [.. articles.Select(a => label.Match(a.Title) is { Success: true } m && m.Groups["rest"].Value.Count(char.IsLetter) >= 3 ? a with { Title = m.Groups["rest"].Value } : a)];
        }
        return articles;
    }

    [GeneratedRegex(@"^[^—–:\n]{1,40}?\s(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?\s*[—–|-]\s+(?<rest>\S.{19,})$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex DatedLabel();

    /// <summary>
    /// A whole date in numbers, then a colon or a dash: "20/09/2019: Mesa needs a rebuild", "2019-09-20 - ...", a
    /// distribution's news generator's label before every notice (held-out review 100, F10). A year alone ("2025: the year
    /// in review") is no such date, and a feed that writes the date once is telling its subject. A dotted year first needs
    /// two-digit month and day: "2024.10.1: Bug fixes" is a calendar version (code review 49, R12).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d\d\.\d\d))(?:\s*:|\s+[—–|-])\s*(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex NumericDate();

    /// <summary>A site's name after a spaced dash: " - Les Echos", Google News' way (thirty-sixth held-out review, F8).</summary>
    [GeneratedRegex(@"^(?<rest>.*\S)\s+[-–—]\s+(?<site>[^-–—|·•\n]{2,40})$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex DashSuffix();

    /// <summary>
    /// The feed's articles with the site names shared across their titles gone; the same list where the feed has none. A
    /// feed whose items link several sites is also read site by site, where a site has <see cref="MinItems"/> of its items:
    /// an aggregator's robot maker's posts all ended in " | Boston Dynamics", a third of the feed's titles, and kept it
    /// (held-out review 98, F3).
    /// </summary>
    public static List<Article> Strip(List<Article> articles)
    {
        var stripped = WithoutDashSuffixes(WithoutBarSuffixes(articles));
        var sites = Enumerable.Range(0, articles.Count).GroupBy(i => Site(articles[i].Link)).Where(g => g.Key is not null).ToList();
        if (sites.Count < 2) return stripped;
        var result = stripped.ToList();
        foreach (var site in sites.Where(g => g.Count() >= MinItems))
        {
            var indices = site.ToList();
            var own = WithoutDashSuffixes(WithoutBarSuffixes([.. indices.Select(i => articles[i])]));
            for (var k = 0; k < indices.Count; k++)
                if (ReferenceEquals(result[indices[k]], articles[indices[k]])) result[indices[k]] = own[k];
        }
        return result;
    }

    /// <summary>The site a link names, as <see cref="Filter.UrlCanonicalizer.Site"/> names it: Filter's per-site dek counts read the same groups (review 48, R13).</summary>
    private static string? Site(string? link)
        => Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? Filter.UrlCanonicalizer.Site(uri) : null;

    /// <summary>
    /// One name after a spaced dash on most titles ("... - Les Echos" on every title of a Google News search for one
    /// site), or any such name on nearly every title of a feed whose links are Google News' (a different publisher after
    /// each). A dash is a headline's own more often than a bar ("Rust 1.80 - the good parts"): only a name of a few words
    /// without a digit goes, and only so.
    /// </summary>
    private static List<Article> WithoutDashSuffixes(List<Article> articles)
    {
        if (articles.Count < MinItems) return articles;
        var suffixes = articles.Select(a => DashSuffix().Match(a.Title)).ToList();
        bool Shaped(Match m) => m.Success && m.Groups["site"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
                                && m.Groups["rest"].Value.Count(char.IsLetter) >= MinLettersLeft;
        bool Name(Match m) => Shaped(m) && !m.Groups["site"].Value.Any(char.IsDigit);
        // One name on most titles: a job board's "Staff Engineer — zapier", "Lead Firmware Engineer — soundboks" share
        // several names, each the employer, which the title is about. Shared so, a name may hold a digit ("- 9to5Mac",
        // "- 404 Media" stayed on every headline: held-out review 68, F6), unless it ends in a number (SharedName).
        var shared = suffixes.Where(m => Shaped(m) && SharedName(m.Groups["site"].Value)).GroupBy(m => m.Groups["site"].Value.Trim(), StringComparer.Ordinal)
            .Where(g => g.Count() >= articles.Count * MinShare).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        bool SharedSite(Match m) => Shaped(m) && shared.Contains(m.Groups["site"].Value.Trim());
        var googleNews = articles.Count(a => Uri.TryCreate(a.Link, UriKind.Absolute, out var u) && u.Host.Equals("news.google.com", StringComparison.OrdinalIgnoreCase)) * 2 >= articles.Count;
        var everyName = googleNews && suffixes.Count(Name) >= articles.Count * MixerShare;
        if (!everyName && suffixes.Count(SharedSite) < articles.Count * MinShare) return articles;
        return [.. articles.Select((a, i) => (everyName ? Name(suffixes[i]) : SharedSite(suffixes[i]))
            ? a with { Title = suffixes[i].Groups["rest"].Value }
            : a)];
    }

    /// <summary>
    /// Whether a suffix most titles share may be a site's name: it has a letter, and no number ends it. A number a
    /// title ends in is its own, a part, a year or a version ("- Part 2", "– 2026", "- iOS 18"), even where a series
    /// shares it; a site's digits lead or sit inside its name ("9to5Mac", "404 Media"). A number standing alone after the
    /// name's first word is a version, a word after it or not ("- iOS 18 Tips", "- Windows 11 Guide": review of session 40b, R10).
    /// </summary>
    private static bool SharedName(string site)
        => site.Any(char.IsLetter) && !char.IsDigit(site.TrimEnd().TrimEnd('.', ')')[^1])
           && site.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).All(word => !word.Any(char.IsDigit) || word.Any(char.IsLetter));

    private static List<Article> WithoutBarSuffixes(List<Article> articles)
    {
        if (articles.Count < MinItems) return articles;
        var suffixes = articles.Select(a => Suffix().Match(a.Title)).ToList();
        var shared = suffixes.Where(m => m.Success && m.Groups["site"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6)
            .GroupBy(m => m.Groups["site"].Value.Trim(), StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        bool Shared(Match m) => m.Success && shared.Contains(m.Groups["site"].Value.Trim());
        // A mixer of page titles names a different site after nearly every headline ("| GIGAZINE", "| ITmedia NEWS"), one
        // of them on several: there every such name goes.
        var mixer = shared.Count > 0 && suffixes.Count(m => m.Success) >= articles.Count * MixerShare;
        // A mixer's names with a digit are titles' own, except the one most titles share ("| 9to5Google": held-out review 68, F6).
        var most = suffixes.Where(m => m.Success).GroupBy(m => m.Groups["site"].Value.Trim(), StringComparer.Ordinal)
            .Where(g => g.Count() >= articles.Count * MinShare && SharedName(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (!mixer && suffixes.Count(Shared) < articles.Count * MinShare) return articles;
        // A title of fields ("ChipStack | lead backend engineer | Seattle | Full Time", a job board's) keeps them all.
        // A name with a digit is a title's own ("| Part 1", "| Part 2": a series; review of session 30, R8).
        return [.. articles.Select((a, i) => (mixer ? suffixes[i].Success && (!suffixes[i].Groups["site"].Value.Any(char.IsDigit) || most.Contains(suffixes[i].Groups["site"].Value.Trim())) : Shared(suffixes[i]))
                                             && suffixes[i].Groups["rest"].Value.Count(char.IsLetter) >= MinLettersLeft
                                             && suffixes[i].Groups["rest"].Value.IndexOfAny(['|', '·', '•']) < 0
            ? a with { Title = suffixes[i].Groups["rest"].Value }
            : a)];
    }
}
