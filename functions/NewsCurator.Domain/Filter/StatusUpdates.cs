using System.Text.RegularExpressions;

namespace NewsCurator.Filter;

/// <summary>
/// A status page's incident or maintenance notice ("Resolved — The issue has been resolved." over "Investigating — We are
/// currently investigating ..."): one vendor's operations log, not news. A CMS's incident history filled four of twelve
/// places of an issue, a scheduled maintenance window among the Top stories at relevance 9.2, and each summary ran its
/// newest-first updates together into contradictions ("fully resolved ... We're currently investigating": twenty-second
/// held-out review, F2 and F4). Known by its updates' labels (Atlassian Statuspage, Instatus, Better Stack, cachet and
/// GitHub's status feed write the same few), on a status page's address or in a feed named for one. A major outage that
/// matters to readers reaches them through the news that reports it; content.status_updates: true keeps them.
/// </summary>
public static partial class StatusUpdates
{
    /// <summary>An update's label at a line's start, then a dash or a colon: the state the incident was in.</summary>
    [GeneratedRegex(@"^(?:resolved|monitoring|identified|investigating|update|completed|verifying|in\s+progress|scheduled|postmortem|post-mortem|mitigated|recovering|degraded\s+performance|partial\s+outage|major\s+outage|maintenance\s+(?:completed|in\s+progress|scheduled))\s*(?:[-—–:]\s|[-—–:]$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex UpdateLabel();

    /// <summary>A status page's address: a status host (<see cref="StatusHost"/>), or an /incidents/ path (statuspage.io's, GitHub's).</summary>
    private static bool OnStatusPage(string? link)
        => StatusHost(link) is not null || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.AbsolutePath.Contains("/incidents/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The host of a status page (status.example.com, example.statuspage.io, githubstatus.com), or null.</summary>
    private static string? StatusHost(string? link)
        => Uri.TryCreate(link, UriKind.Absolute, out var uri)
           // status.example.com, not a site of its own at status.app or status.im
           && ((uri.Host.StartsWith("status.", StringComparison.OrdinalIgnoreCase) && uri.Host.Count(c => c == '.') >= 2) || uri.Host.EndsWith(".statuspage.io", StringComparison.OrdinalIgnoreCase)
               // githubstatus.com: a label that ends in "status" and is more than the word
               || (uri.Host.Split('.')[0] is { Length: > 6 } first && first.EndsWith("status", StringComparison.OrdinalIgnoreCase)))
            ? uri.Host : null;

    /// <summary>A feed named for a status page: "DatoCMS Incident History", "GitHub Status", "Acme System Status".</summary>
    [GeneratedRegex(@"\b(?:status(?:\s+page)?|incident\s+history|service\s+health|health\s+dashboard|uptime)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusFeed();

    /// <summary>How much of the text is read for labels: a notice's updates come first.</summary>
    private const int MaxTextRead = 20_000;

    /// <summary>Why the article is a status notice, or null.</summary>
    public static string? Of(Model.Article article)
    {
        var text = article.Text.Length > MaxTextRead ? article.Text[..MaxTextRead] : article.Text;
        // Two different states: a news story's own "Update:" paragraphs are one state, however many.
        var states = UpdateLabel().Matches(text).Select(m => m.Value.TrimEnd(' ', '-', '—', '–', ':').ToLowerInvariant()).Distinct().ToList();
        // A status host's post is a notice whatever it is written as: an incident report is prose ("On December 2 at 13:13
        // CET, our API was unavailable for 9 minutes").
        if (states.Count == 0 && StatusHost(article.Link) is { } host)
            return $"a post on the status page {host}, not news; content.status_updates: true keeps them";
        // Labels alone are no status page: a disclosure's timeline ("Identified", "Mitigated", "Resolved"), a roadmap
        // ("Completed", "In progress") or a report quoting two updates use them too (audit hostile23, H4). The notice
        // is on a status page's address, or has two different states in a feed named for one.
        if (!(states.Count >= 1 && OnStatusPage(article.Link)) && !(states.Count >= 2 && StatusFeed().IsMatch(article.FeedTitle ?? ""))) return null;
        return $"a status page's incident or maintenance notice (updates: {string.Join(", ", states.Take(3))}), not news; content.status_updates: true keeps them";
    }
}
