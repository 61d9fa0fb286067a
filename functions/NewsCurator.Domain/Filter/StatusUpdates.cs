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

    /// <summary>
    /// Whether the text carries a postmortem: one update labelled Postmortem, or one labelled Resolved (or, with no labels, the
    /// whole text) that names itself a report ("postmortem", "incident report", "root cause analysis", "summary of the ...
    /// disruption", "what happened"), told at length with its cause ("root cause", "caused by", "we concluded that there was a
    /// bug") and what is done so it does not happen again ("corrective actions", "to prevent a recurrence"). A notice's updates
    /// are a few lines each; an incident report in a few sentences ("our API was unavailable for 9 minutes") is still the log.
    /// Everyday words of a long routine notice ("Due to the size of the data set ...", "Going forward, we will announce ...",
    /// "remediation is in progress") are no account, and a maintenance notice never is one (code review 50, R2).
    /// </summary>
    private static bool Postmortem(string title, string text, MatchCollection labels, List<string> states)
    {
        // A maintenance notice says so in its title, its labels or its opening; a postmortem may name a maintenance window
        // later as the cause.
        if (states.Any(s => s is "scheduled" or "in progress" or "completed" || s.StartsWith("maintenance", StringComparison.Ordinal))
            || Maintenance().IsMatch(title) || Maintenance().IsMatch(text.Length > MaintenanceRead ? text[..MaintenanceRead] : text)) return false;
        if (labels.Count == 0) return ReportSign().IsMatch(title + "\n" + text) && Account(text);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = StateOf(labels[i]);
            if (label is not ("postmortem" or "post-mortem" or "resolved")) continue;
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var update = text[(labels[i].Index + labels[i].Length)..end];
            // A Statuspage "Postmortem" update names itself; a long "Resolved" one must say it is the report.
            if ((label != "resolved" || ReportSign().IsMatch(update)) && Account(update)) return true;
        }
        return false;
    }

    /// <summary>How much of the text's opening is read for a maintenance notice's words.</summary>
    private const int MaintenanceRead = 400;

    /// <summary>An update label's state, lower-case, without its dash or colon.</summary>
    private static string StateOf(Match label) => label.Value.TrimEnd(' ', '-', '—', '–', ':').ToLowerInvariant();

    /// <summary>Whether one update is an account of the incident: long, with its cause and its remedy.</summary>
    private static bool Account(string update)
        => Words.Count(update) >= MinPostmortemWords && PostmortemCause().IsMatch(update) && PostmortemRemedy().IsMatch(update);

    /// <summary>A postmortem's length in words: a notice's update is a few lines.</summary>
    private const int MinPostmortemWords = 250;

    [GeneratedRegex(@"\b(?:root\s+cause|caused\s+by|the\s+cause\s+(?:of\s+(?:the|this)\s+(?:incident|outage|disruption)|was)|triggered\s+by|resulted\s+from|a\s+bug\s+in|(?:there\s+was|introduced|found)\s+a\s+bug|we\s+(?:determined|concluded|discovered|found)\s+that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostmortemCause();

    [GeneratedRegex(@"\b(?:corrective\s+(?:actions?|measures|steps)|action\s+items|remediation\s+(?:steps|items|plan|actions)|to\s+prevent\s+(?:this|a\s+recurrence|similar|future|it\s+from\s+(?:happening|recurring))|(?:are|will\s+be)\s+taking\s+the\s+following|steps\s+(?:we\s+are|we['’]re)\s+taking|lessons\s+learned|follow-up\s+(?:actions|work))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostmortemRemedy();

    /// <summary>A postmortem's word for itself.</summary>
    [GeneratedRegex(@"\b(?:post-?mortem|post-incident|incident\s+(?:report|review|analysis)|root\s+cause\s+analysis|RCA|(?:summary|review|analysis)\s+of\s+(?:the\s+|our\s+)?(?:[\p{L}\d,]+\s+){0,5}?(?:disruption|outage|incident|degradation)|what\s+happened)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportSign();

    /// <summary>A maintenance notice's words: Statuspage writes "THIS IS A SCHEDULED EVENT" over each.</summary>
    [GeneratedRegex(@"\b(?:scheduled\s+(?:maintenance|event|downtime)|maintenance\s+(?:window|notice)|planned\s+maintenance)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Maintenance();

    /// <summary>Why the article is a status notice, or null.</summary>
    public static string? Of(Model.Article article)
    {
        var text = article.Text.Length > MaxTextRead ? article.Text[..MaxTextRead] : article.Text;
        var labels = UpdateLabel().Matches(text);
        // Two different states: a news story's own "Update:" paragraphs are one state, however many.
        var states = labels.Select(StateOf).Distinct().ToList();
        var notice = Notice(article, states);
        // A postmortem is a report wherever it is posted: a vendor's full account of an outage posted as the status page's
        // newest update (Statuspage's "Postmortem" update) was dropped for its address, and the same text on a blog was
        // chosen first (held-out review 106, F2). The routine log ("Resolved - This incident has been resolved") stays a notice.
        // Asked only of a notice: every article passes here, twice (dedupe's key and the content rules).
        return notice is null || Postmortem(article.Title, text, labels, states) ? null : notice;
    }

    /// <summary>Why the article reads as a status notice by its address, labels and feed, a postmortem or not; null if it does not.</summary>
    private static string? Notice(Model.Article article, List<string> states)
    {
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
