using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 87, F1: a lab's monthly paper digest lost its papers. Items that are sentences about a paper whose name holds
/// a colon ("Sparse Probes: Finding Features in Activations shows ...") were read as "Head: gloss" entries, and the issue had
/// no summary; an issue with one lead-in sentence over its list was summarised by that small talk alone.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PaperDigestNotesTests
{
    private static string Summary(string title, string text)
    {
        var article = new Article { Id = "a", FeedUrl = "f", Title = title, Text = text };
        return Summarizer.Summarize(article, Lede.Preview(title, text, 200), 3, episode: false).Text;
    }

    [Fact]
    public void OneLeadInSentenceOverAListOfSentences_ShouldNotBeTheWholeSummary()
    {
        var summary = Summary("June Papers: Retrieval and Reasoning",
            "Despite the conference rush and the summer heat, June gave us a fine crop of papers. We read three of them closely:\n" +
            "• First up, RetroFit trains a retriever and a reader together and halves the retrieval errors of a frozen baseline.\n" +
            "• Next, Thinking in Drafts shows that models that sketch a plan before answering solve more maths problems at the same cost.\n" +
            "• Finally, Small Judges finds that a 1B-parameter judge agrees with human raters almost as often as a 70B one.");
        Assert.Contains("RetroFit", summary, StringComparison.Ordinal);
    }

    // Where an item opens on its place in the list ("First up, ...", "Next, ...") before the paper's name.
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
        var summary = Summary("This week in databases",
            "• Postgres 18: The release adds asynchronous input and output for sequential scans and vacuum.\n" +
            "• DuckDB on the edge: A new build runs the engine inside a browser tab with no server at all.\n" +
            "• SQLite turns 25: The project looks back on a quarter century of a single-file database.\n" +
            "• Redis licensing: The company moved its core back to an open source licence this spring.");
        Assert.DoesNotContain("asynchronous input and output", summary, StringComparison.Ordinal);
    }
}
