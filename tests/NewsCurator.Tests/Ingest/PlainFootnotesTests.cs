using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 109, F4: a flattened release's notes after a rule of underscores were read as its story (a benchmark's
/// disclaimer became a summary sentence), and the body's marker "1" was glued to the next sentence. The notes go, and so
/// do the markers of notes that exist; numbered steps with no notes after a rule stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlainFootnotesTests
{
    private const string Body =
        "Halden Labs trained its new language model entirely on rented accelerators in eleven weeks, the company said on Monday. " +
        "The model matches larger open models on reasoning and coding benchmarks while using a fraction of the compute. 1 " +
        "Building on earlier joint work, the two companies tuned the training stack for the cluster's network. " +
        "Halden plans to publish the weights under an open licence next month, along with a technical report on the run.";

    private const string Notes =
        " _____________________ 1 Testing by Halden Labs as of March 2, 2026, measuring throughput across the full cluster. " +
        "Results may vary based on drivers and settings. 2 Estimates by Halden Labs.";

    [Fact]
    public void ANotesBlockAfterARule_ShouldGo_WithItsMarkers()
    {
        var text = PlainFootnotes.Without(Body + Notes);
        Assert.DoesNotContain("Results may vary", text, StringComparison.Ordinal);
        Assert.Contains("a fraction of the compute. Building on earlier joint work", text, StringComparison.Ordinal);
        Assert.EndsWith("on the run.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberedStepsWithoutNotes_ShouldStay()
    {
        const string steps = "Setting up the board takes a few minutes and needs no soldering at all for the basic kit. 1 Install the " +
                             "flashing tool from the vendor's site. 2 Connect the board over USB and hold the boot button. 3 Flash the image.";
        Assert.Equal(steps, PlainFootnotes.Without(steps));
        // A rule early in the text divides sections; it is no notes block.
        var early = "Intro line. _____ 1 First section opens here. " + Body;
        Assert.Equal(early, PlainFootnotes.Without(early));
    }

    /// <summary>Code review 50, R3: a sentence that opens on a count keeps its number; a newsletter's divided section stays.</summary>
    [Fact]
    public void ACountOpeningASentence_AndASectionAfterADivider_ShouldStay()
    {
        const string chip = "The new rack-scale system ships this quarter to cloud providers, the company said in a statement. Each rack holds 72 GPUs. " +
                            "2 TB of pooled memory is reachable from every accelerator over the new fabric, which doubles last year's bandwidth. " +
                            "Volume shipments begin later this year. 3 Major labs, among them two of the largest model developers, are testing early systems.";
        var text = PlainFootnotes.Without(chip + " _____________ 1 Testing by the company as of May 2, 2026. 2 Based on engineering estimates. 3 Results may vary.");
        Assert.Contains("Each rack holds 72 GPUs. 2 TB of pooled memory", text, StringComparison.Ordinal);
        Assert.Contains("this year. 3 Major labs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Results may vary", text, StringComparison.Ordinal);

        const string letter = "This week the newsletter looks at open models, cheaper inference and a new benchmark for coding agents, with notes from readers. " +
                              "The biggest story was a new open model that matches closed ones on reasoning. Readers wrote in about their own evaluations. " +
                              "Several of you asked about running it locally, and the answer is yes, on one large GPU. ______________ 5 Links Worth Reading This Week: " +
                              "a guide to quantisation, a talk on evaluation, a paper on agents, a post on caching and a thread on licences.";
        Assert.Equal(letter, PlainFootnotes.Without(letter));
    }
}
