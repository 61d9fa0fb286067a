using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A post's own summary list ("Key highlights", "TL;DR") holds its result; list lines were all skipped, and Grab's
/// "from ~18 minutes to ~12 seconds" never reached its summary (eleventh held-out review, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HighlightsTests
{
    private static string Post(string heading) =>
        "At Grab, we rely heavily on a large Go monorepo for backend development, which offers benefits like code reusability and discoverability.\n" +
        "In this blog post, we look at how Athens, a Go module proxy, helps to improve the overall developer experience of engineers working with a large Go monorepo at Grab.\n" +
        heading + "\n" +
        "• We reduced the time of executing the go get command from ~18 minutes to ~12 seconds when fetching monorepo Go modules.\n" +
        "• We scaled down our entire Athens cluster by 70% by utilising the fallback network mode, resulting in cost savings and enhanced efficiency.\n" +
        "Problem statements and solutions\n" +
        "Go commands such as go get and go list can be incredibly slow when fetching modules from a large multi-module repository. " +
        "In Grab, we are using the module-aware mode in a multi-module repository setup. " +
        "The proxy caches every module version it has served once, so later fetches never reach the version control system again.";

    [Theory]
    [InlineData("Key highlights")]
    [InlineData("Key takeaways")]
    [InlineData("At a glance")]
    public void AnItemOfTheAuthorsOwnSummary_ShouldReachTheSummary(string heading)
    {
        var summary = Summarizer.Summarize("Go module proxy at Grab", Post(heading), null, "preview", 3, "en").Text;
        Assert.Contains("from ~18 minutes to ~12 seconds", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("•", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrdinaryListsItems_ShouldStayOutOfTheSummary()
    {
        var summary = Summarizer.Summarize("Go module proxy at Grab", Post("What we changed"), null, "preview", 3, "en").Text;
        Assert.DoesNotContain("~18 minutes", summary, StringComparison.Ordinal);
    }
}
