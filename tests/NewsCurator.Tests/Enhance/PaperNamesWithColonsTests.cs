using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 87, F1: a paper digest whose items are sentences naming papers with colons in their names ("Slow Down,
/// Think Twice: Budgeting ... studies how ...") under one lead-in line was summarised by the lead-in, the papers left out,
/// where an item opened on its place in the list ("First up, ...", "Next, ...") before the paper's name.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PaperNamesWithColonsTests
{
    private static string Summary(string title, string text)
    {
        var article = new Article { Id = "a", FeedUrl = "f", Title = title, Text = text };
        return Summarizer.Summarize(article, Lede.Preview(title, text, 200), 3, episode: false).Text;
    }

    [Fact]
    public void ItemsNamingPapersWithColons_ShouldBeTheSummary()
    {
        var summary = Summary("May Papers: Verifiers, Object Slots, Rotations and Curved Flows",
            "The preprints keep coming, yet in May our group still picked 4 worth a closer look:\n" +
            "• First up, Slow Down, Think Twice: Budgeting Test-Time Compute with Verifier Signals studies how many samples a verifier needs before extra sampling stops paying off.\n" +
            "• Object Slots for World Models splits each video frame into per-object states instead of keeping one state for the whole scene.\n" +
            "• Next, QuIRK: Learned Rotations for Low-Bit Weight Quantization extends random rotations so that outliers spread evenly across each quantization block.\n" +
            "• Geodesic Flow Matching adapts flow matching to curved spaces such as the rotations of protein backbones.");
        Assert.Contains("verifier needs", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("preprints keep coming", summary, StringComparison.Ordinal);
    }

    // What must not change: a link digest's "Headline: one-sentence blurb." entries are its stories, named by their heads.
    [Fact]
    public void ALinkDigestsHeadlineAndBlurbEntries_ShouldStayEntries()
    {
        var summary = Summary("Databases this week",
            "• Postgres 18: The release adds asynchronous reads for sequential scans and vacuum.\n" +
            "• DuckDB in the browser: A new build runs the whole engine inside a tab with no server.\n" +
            "• SQLite at 25: The project looks back on a quarter century of a single-file database.\n" +
            "• Redis licensing: The company moved its core back to an open source licence in spring.");
        Assert.DoesNotContain("asynchronous reads", summary, StringComparison.Ordinal);
    }
}
