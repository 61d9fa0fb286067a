using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A status page's incident notices are no news (twenty-second held-out review, F2: a CMS's incident history took four
/// of twelve places, a maintenance window among the Top stories).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StatusUpdatesTests
{
    private const string Incident =
        "Resolved — The issue has been resolved.\n" +
        "Identified — Email delivery has resumed and should be working again. We are investigating further safeguards.\n" +
        "Investigating — We are currently investigating an issue with our email delivery service. Our platform is unable to send emails to customers.";

    private static (string Rule, string Reason)? Check(string title, string text, string link, bool keep = false, string? feedTitle = null)
        => new ContentRules(new ContentConfig { StatusUpdates = keep, MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(
            new Article { Id = "a", FeedUrl = "https://status.example.com/history.rss", FeedTitle = feedTitle, Title = title, Text = text, Link = link, Language = "en" });

    [Fact]
    public void AnIncidentsUpdates_ShouldMarkItAStatusNotice_AndTheReasonNameTheSetting()
    {
        var verdict = Check("Issues sending emails to customers", Incident, "https://app.example.org/2026/09/email", feedTitle: "DatoCMS Incident History");

        Assert.Equal("status_update", verdict?.Rule);
        Assert.Contains("resolved, identified, investigating", verdict?.Reason, StringComparison.Ordinal);
        Assert.Contains("content.status_updates: true", verdict?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OneUpdate_OnAStatusPagesAddress_ShouldBeANotice_ButNotInAPost()
    {
        var maintenance = "Scheduled — We will perform database maintenance on Saturday from 10:00 to 12:00 UTC. The platform will be read-only during the window.";

        Assert.Equal("status_update", Check("Scheduled database maintenance", maintenance, "https://status.example.com/incidents/abc123")?.Rule);
        Assert.Null(Check("Scheduled database maintenance", maintenance, "https://blog.example.org/2026/09/maintenance"));
        // An incident report on the status host is written as prose.
        Assert.Equal("status_update", Check("Incident Report - API Outage on December 2", "On December 2 at 13:13 CET, our API was unavailable for 9 minutes during a deployment.",
            "https://status.example.com/incidents/2025-12-03-report/")?.Rule);
    }

    [Fact]
    public void APostThatMentionsAnOutage_OrTheSetting_ShouldKeepIt()
    {
        var post = "The outage was resolved within an hour, the company said. Update: engineers traced it to a bad configuration push. " +
                   "Investigating the cause took longer than fixing it, and the postmortem will be published next week.";

        Assert.Null(Check("Cloud provider outage takes down thousands of sites", post, "https://news.example.org/outage"));
        Assert.Null(Check("Vendor responds", "Update: the vendor has responded.\nUpdate: a patch is out now for every supported version.", "https://news.example.org/patch"));
        // One update in a feed whose name merely mentions incidents or status is a news story's.
        Assert.Null(Check("Deepfake scam reported", "Update: the company has responded to the report.", "https://news.example.org/deepfake", feedTitle: "AI Incident Database"));
        // A disclosure's timeline and a roadmap use the same labels (audit hostile23, H4).
        Assert.Null(Check("CVE-2026-1234: disclosure timeline", "Identified: the researcher reported the flaw.\nMitigated: a config change blocked it.\nResolved: the patch shipped.", "https://blog.example.org/cve"));
        Assert.Null(Check("Our 2026 roadmap", "Completed: the new query planner.\nIn progress: the storage engine.\nScheduled: the cloud service.", "https://blog.example.org/roadmap"));
        Assert.Null(Check("Issues sending emails to customers", Incident, "https://status.example.com/incidents/1", keep: true));
        // A site named Status (the messaging app) is no status page; githubstatus.com is (review of session 27, F4).
        Assert.Null(Check("Status 2.30 brings communities to desktop", "The new release adds community channels and faster sync.", "https://status.app/blog/status-2-30"));
        Assert.Equal("status_update", Check("Incident on 2026-09-01", "Our API was unavailable for 9 minutes during a deployment.", "https://githubstatus.com/incidents/x1")?.Rule);
    }
}
