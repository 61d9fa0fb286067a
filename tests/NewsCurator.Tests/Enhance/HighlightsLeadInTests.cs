using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A release's prose line that ends by introducing its highlights ("..., but here are some of the highlights:") heads the
/// list below it as "Highlights:" does: the summary printed the about-us line and the migration pointer instead (held-out
/// review 96, F1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HighlightsLeadInTests
{
    private const string Release =
        "Thanks to 140 contributors and 600 pull requests, we're happy to announce the Quill 2.4 release!\n"
        + "For those who don't know, Quill is a small data-oriented renderer written in Zig. It's free and open source forever!\n"
        + "To upgrade an existing Quill project to 2.4, check out our 2.3 to 2.4 Upgrade Guide.\n"
        + "Since our last release we've added plenty of fixes and tweaks, but here are some of the highlights:\n"
        + "• Path-traced shadows (Experimental): Quill can now trace soft shadows on hardware ray-tracing GPUs in real time.\n"
        + "• Frame graph rewrite: The render graph now schedules passes itself and cut frame times by a fifth in our tests.\n"
        + "• Shader hot reload: Editing a shader now reloads it in the running app without a restart.\n"
        + "• Mesh streaming: Large scenes now stream meshes from disk as the camera moves through them.\n"
        + "Read the full release notes on the website for everything else that changed in this version.";

    [Fact]
    public void AReleaseSummary_ShouldPrintItsHighlights_NotItsBoilerplate()
    {
        var summary = Summarizer.Summarize("Quill 2.4", Release, 3);

        Assert.Contains("trace soft shadows", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("For those who don't know", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Upgrade Guide", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void ALeadInAfterProseOnItsLine_ShouldLeaveTheAnnouncement()
    {
        const string text = "Today we're announcing version 3.2 of the Parcel Tracking API. This is the second release on the new quarterly schedule. Here are the highlights:\n"
                            + "Webhook retries. Failed webhook deliveries are now retried for up to a day with backoff.\n"
                            + "Batch lookups. A single call can now look up to 500 parcels at once.";

        Assert.Contains("Today we're announcing version 3.2", Summarizer.Summarize("Parcel Tracking API 3.2", text, 3), StringComparison.Ordinal);
    }

    [Fact]
    public void AHowTosSteps_ShouldStayAList()
    {
        const string howTo = "Setting up a reverse proxy takes a few minutes with Caddy, and it renews certificates on its own.\n"
                             + "Caddy reads one file, and most sites need four lines of it.\n"
                             + "Before you start, here are the steps:\n"
                             + "• Install Caddy from the package repository of your distribution today.\n"
                             + "• Write the Caddyfile with your domain and the upstream port number.\n"
                             + "• Reload the service and watch the log for the certificate order.\n";

        var summary = Summarizer.Summarize("Reverse proxy with Caddy", howTo, 2);

        Assert.Contains("Setting up a reverse proxy", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Install Caddy", summary, StringComparison.Ordinal);
    }
}
