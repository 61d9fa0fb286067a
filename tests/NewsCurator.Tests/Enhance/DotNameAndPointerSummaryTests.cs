using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out reviews 77 (F3), 78 (F1) and 79 (F5), hostile-input audit 51 (H7, H8): a sentence or dek that opens on a name
/// starting with a period (".NET") was refused; a lone "Learn more about ..." pointer was a whole summary; a turn ("But ...")
/// followed a thanks two sentences before it; a page's media sentence with no comma and a page's housekeeping line passed.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DotNameAndPointerSummaryTests
{
    [Theory]
    [InlineData(".NET Orbit, the toolkit for building distributed services, is now generally available.")]
    [InlineData(".NET's new garbage collector halves pause times on large heaps in our benchmarks.")]
    public void ASentenceOpeningOnADotName_ShouldPass(string sentence)
        => Assert.Null(SummaryChecker.CheckSentence(sentence, lead: true));

    [Theory]
    [InlineData(". and then the service restarted on its own after a while.")]
    [InlineData(".. the service restarted on its own after a while, twice.")]
    [InlineData(".the service restarted on its own after a while, twice.")]
    public void AnEllipsisLeftover_ShouldStillBeRefused(string sentence)
        => Assert.NotNull(SummaryChecker.CheckSentence(sentence, lead: true));

    [Fact]
    public void ASentenceOpeningOnADotName_ShouldBeSplitFromTheOneBefore()
        => Assert.Equal(
            ["You can try it today in the command-line tools or the editor.", ".NET Orbit brings together service discovery and telemetry."],
            SentenceSplitter.Split("You can try it today in the command-line tools or the editor. .NET Orbit brings together service discovery and telemetry."));

    [Fact]
    public void ADekOpeningOnADotName_ShouldBeTheSummary()
    {
        const string dek = ".NET Orbit, the toolkit for building distributed services, is now generally available.";
        const string text = ".NET Orbit is a toolkit for building distributed services, and it is now generally available. " +
                            "You can start with it today in the command-line tools or the editor of your choice. " +
                            "It brings together service discovery, health checks and telemetry in one place. " +
                            "To see the traces, open the dashboard that starts with the application host.";
        var summary = Summarizer.Summarize("General availability of .NET Orbit", text, dek, text[..150] + "…", 3, "en").Text;
        Assert.StartsWith(".NET Orbit", summary);
        Assert.Contains("generally available", summary);
    }

    [Fact]
    public void ALonePointerSentence_ShouldNotBeTheWholeSummary()
    {
        const string text = "The Data Formats Working Group has published two Candidate Recommendations:\n" +
                            "• Tabular Lines\n• Graph Packs\n" +
                            "Learn more about the Data Formats Activity.";
        var summary = Summarizer.Summarize("Two Candidate Recommendations published: Tabular Lines, Graph Packs", text, null,
            "The Data Formats Working Group has published two Candidate Recommendations: Tabular Lines, Graph Packs", 3, "en").Text;
        Assert.DoesNotContain("Learn more", summary);
    }

    [Fact]
    public void ATurnAfterAThanksTwoBack_ShouldNotFollowTheThanks()
    {
        const string text = "I have been contributing to an open-source compiler project for a few months now, mostly on its test tooling. " +
                            "Big thanks to Priya for reviewing and merging my first pull request last week. " +
                            "My laptop cannot run the GPU test suite, and you can read more about that on the project site here. " +
                            "But for me, the easiest way to run the whole suite is to rent a small GPU machine from a cloud provider for an hour. " +
                            "The image I built for it installs the toolchain, the drivers and the test dependencies in about ten minutes.";
        var summary = Summarizer.Summarize("How to prepare a cloud test image for a compiler's GPU tests", text, null, text[..150] + "…", 3, "en").Text;
        Assert.DoesNotContain("thanks to Priya for reviewing and merging my first pull request last week. But", summary);
    }

    [Theory]
    [InlineData("In the clip below the drone lands on a moving truck at full speed.")]
    [InlineData("On the chart above the blue line tracks the old release's latency over a week.")]
    public void APagesMediaSentence_WithNoCommaAfterItsPlace_ShouldBePageMedia(string sentence)
        => Assert.Equal("page_media", SummaryChecker.CheckSentence(sentence, lead: true)?.Rule);

    [Theory]
    [InlineData("The accelerator placed in the charts above AMD's MI355X in every training test.")]
    [InlineData("The editor now places text in the image above or below the subject automatically.")]
    public void AComparisonOrAFeature_AfterAMediaNoun_ShouldStillPass(string sentence)
        => Assert.NotEqual("page_media", SummaryChecker.CheckSentence(sentence, lead: true)?.Rule);

    [Theory]
    [InlineData("The post has been updated.")]
    [InlineData("The page has been updated.")]
    public void APagesHousekeepingLine_ShouldNotPassAsAShortLead(string sentence)
        => Assert.NotNull(SummaryChecker.CheckSentence(sentence, lead: true));

    [Theory]
    [InlineData("The video model is open source.")]
    [InlineData("Linux kernel 7.3 is coming.")]
    public void AShortLeadNamingItsSubject_ShouldStillPass(string sentence)
        => Assert.Null(SummaryChecker.CheckSentence(sentence, lead: true));

    [Fact]
    public void ALeadWhoseLinkTextIsABareHost_ShouldOpenTheSummary()
    {
        const string text = "Long-time friends of the project, the hosting company recently made available a mirror of http://code.example.org, synchronized hourly, so contributors can clone faster. " +
                            "Using the new mirror should be very intuitive for anyone who has used a hosted repository before. " +
                            "If a feed is more your style, the mirror publishes one for every branch.";
        var summary = Summarizer.Summarize("Repository mirrors provided by a hosting company", text, null, text[..150] + "…", 3, "en").Text;
        Assert.StartsWith("Long-time friends of the project", summary);
        Assert.Contains("a mirror of code.example.org, synchronized hourly", summary);
    }

    [Fact]
    public void AnAddressWithAPath_ShouldStillBeRefused()
        => Assert.Equal("url", SummaryChecker.CheckSentence("The release notes are at https://code.example.org/notes/2.0 for everyone to read.")?.Rule);

    [Fact]
    public void ASentenceEndingOnABracketedDomain_ShouldBeRefused()
        => Assert.Equal("url", SummaryChecker.CheckSentence("The search engine ran for a year and was hosted at [bookfinder.pizza.]")?.Rule);
}
