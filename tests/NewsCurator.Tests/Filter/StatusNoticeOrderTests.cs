using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A status page's notice is what it is at any length, and a postmortem is a report wherever it is posted (held-out review
/// 106, F1, F2); of two copies of one story dedupe keeps the one that can run (F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StatusNoticeOrderTests
{
    private static (string Rule, string Reason)? Check(string title, string text, string link, int minLength = 300)
        => new ContentRules(new ContentConfig { MinLength = minLength }, new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = "https://status.example.net/history.rss", FeedTitle = "Example Status - Incident History", Title = title, Text = text, Link = link, Language = "en" });

    /// <summary>A vendor's account of an outage: what happened, when, why, and what changes; some 300 words.</summary>
    private static readonly string Account =
        "Summary of the March 3 service disruption. On March 3 our hosted database API returned errors for most requests for about two hours. " +
        "We want to explain what happened and what we are doing about it. At 14:05 UTC our monitoring showed the error rate rising on the primary cluster. " +
        "The on-call engineers began a rolling restart of the query nodes, which usually clears stuck connections within minutes. " +
        "This time the restarted nodes hung during startup while loading their routing tables, and requests queued behind them. " +
        "Because the health checks only verified that the process was listening, the load balancer kept sending traffic to nodes that could not serve it. " +
        "At 15:10 UTC engineers found that the hang was caused by a bug in the new routing table loader that was deployed the previous week. " +
        "The loader retried a lock forever when two nodes started at the same moment, and the rolling restart started them in pairs. " +
        "We rolled the loader back at 15:40 UTC and restarted the nodes one at a time. Service recovered fully at 16:02 UTC. " +
        "The root cause was the combination of the loader bug and health checks that could not see it. " +
        "No data was lost, but writes made during the window were delayed and some clients saw timeouts. " +
        "We are taking the following corrective actions to prevent a recurrence. First, the health check now issues a real query before a node receives traffic. " +
        "Second, the routing loader has a bounded retry with a clear error, and a test that starts nodes concurrently. " +
        "Third, rolling restarts now proceed one node at a time with an automatic pause when the error rate rises. " +
        "Fourth, we are improving our status page updates so that customers learn of problems sooner. " +
        "We know many of you depend on the service for your own applications, and we apologise for the disruption this caused to your users and teams. " +
        "We will keep reviewing the incident with the engineers involved and will share any further changes we make as a result.";

    [Fact]
    public void AShortStatusNotice_ShouldBeNamedAStatusNotice_NotATeaser()
    {
        var verdict = Check("Database hosting degraded", "Resolved - This incident has been resolved.\nInvestigating - We are looking into slow queries.",
            "https://status.example.net/incidents/k2j4h5");

        Assert.Equal("status_update", verdict?.Rule);
    }

    [Fact]
    public void AShortPost_OffAStatusPage_ShouldStillBeATeaser()
    {
        Assert.Equal("min_length", Check("Database hosting degraded", "The vendor says slow queries are fixed.", "https://news.example.org/2026/03/db")?.Rule);
    }

    [Fact]
    public void APostmortem_PostedAsAStatusPagesNewestUpdate_ShouldBeKept()
    {
        var text = "Postmortem - " + Account + "\nResolved - This incident has been resolved.\nMonitoring - A fix has been implemented.\nInvestigating - We are investigating elevated error rates.";

        Assert.Null(Check("Elevated error rates and latency", text, "https://status.example.net/incidents/p7x2", minLength: 0));
        // With no labels, the account on the status host is a report too.
        Assert.Null(Check("Summary of the March 3 service disruption", Account, "https://status.example.net/incidents/p7x3", minLength: 0));
    }

    [Fact]
    public void ARoutineIncidentLog_ShouldStayANotice_HoweverLong()
    {
        var routine = string.Join("\n", Enumerable.Range(0, 12).Select(i =>
            $"Update - We are continuing to work on a fix for this issue. Some customers may see delays in builds starting (check {i}). We will provide another update within the hour."));
        var text = "Resolved - This incident has been resolved. Thank you for your patience.\n" + routine + "\nInvestigating - We are investigating reports of degraded performance.";

        Assert.Equal("status_update", Check("Incident with builds", text, "https://status.example.net/incidents/r1", minLength: 0)?.Rule);
    }

    [Fact]
    public void Dedupe_ShouldKeepTheBlogsCopy_OfAStoryAStatusPageAlsoCarries()
    {
        var text = "Resolved - The storage outage of March 3 is over; writes made during the window were delayed and all have now completed, and no data was lost. " +
                   "Customers who saw timeouts do not need to retry their requests.\nIdentified - We identified a faulty storage node and took it out of service.";
        var status = new Article { Id = "s", FeedUrl = "https://status.example.net/history.rss", Title = "Storage outage of March 3", Text = text, Link = "https://status.example.net/incidents/q9", Language = "en" };
        var blog = new Article { Id = "t", FeedUrl = "https://blog.example.net/feed", Title = "Storage outage of March 3", Text = text, Link = "https://blog.example.net/2026/03/storage-outage", Language = "en" };

        var (kept, dropped) = new Deduplicator(3).Run([status, blog]);

        Assert.Equal("t", Assert.Single(kept).Id);
        Assert.Equal("s", Assert.Single(dropped).ArticleId);
    }

    /// <summary>Code review 50, R2: a long routine maintenance notice says "due to" and "going forward"; no postmortem.</summary>
    [Fact]
    public void ALongMaintenanceNotice_WithEverydayCauseAndRemedyWords_ShouldStayANotice()
    {
        var filler = string.Join(" ", Enumerable.Range(1, 14).Select(i =>
            $"During step {i} of the window the replica set copies its tables to the new storage tier, and requests may be slower than usual for a few minutes."));
        var text = "THIS IS A SCHEDULED EVENT Mar 9, 02:00 - 06:00 UTC. We will migrate the primary database to new storage hardware. " +
                   "Due to the size of the data set, the copy will run for up to four hours. " + filler +
                   " Customers do not need to do anything. Going forward, we will announce maintenance windows at least seven days ahead, and remediation of any issue found will follow the usual process.";
        Assert.Equal("status_update", Check("Database storage migration", text, "https://status.example.net/incidents/mnt7", minLength: 0)?.Rule);
        // Without the maintenance words, a long "Resolved" update with everyday words is no postmortem either.
        var resolved = "Resolved - Due to a surge of traffic some builds were slow. " + filler + " Going forward, remediation is tracked on this page.";
        Assert.Equal("status_update", Check("Slow builds", resolved + "\nInvestigating - We are looking into slow builds.", "https://status.example.net/incidents/r8", minLength: 0)?.Rule);
    }
}
