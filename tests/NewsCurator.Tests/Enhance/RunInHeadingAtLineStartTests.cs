using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A section heading a generator's flattened summary runs into the next sentence at a line's start, where the sentence opens
/// on an adverbial and its comma ("Last time, ...", "As always, ...") or on a subject with "of" after it: "Automate Everything
/// Users of alternate distros ..." and "More upstreaming madness Last time, ..." opened summaries (held-out review 100, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RunInHeadingAtLineStartTests
{
    [Theory]
    [InlineData("Faster Builds Everywhere Owners of older laptops may have noticed that the build now finishes in half the time.", "Owners of older laptops may have noticed that the build now finishes in half the time.")]
    [InlineData("Nothing lost in the container For a long time, we have shipped the driver as a separate package.", "For a long time, we have shipped the driver as a separate package.")]
    [InlineData("Setup First, install the toolkit from the project's repository.", "First, install the toolkit from the project's repository.")]
    public void AHeadingBeforeTheSentence_ShouldBeLeftOff(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.WithoutFusedHeading(sentence, lineStart: true));

    [Theory]
    // A place or a name before a lower-case adverbial, a title-case headline's "of", a name and its verb: all stay.
    [InlineData("I moved to Paris last year, and the team followed a few months later.")]
    [InlineData("Microsoft Warns Users of Fake Updates Spreading Malware.")]
    [InlineData("Fedora Linux 42 is now available for the new laptops, with a new installer.")]
    [InlineData("Google Cloud Run for Anthos, the hybrid version, is being retired next year.")]
    public void ProseAtTheLineStart_ShouldStay(string sentence)
        => Assert.Equal(sentence, Summarizer.WithoutFusedHeading(sentence, lineStart: true));

    [Fact]
    public void MidLine_ShouldStayAsItWas()
    {
        const string sentence = "Even more driver work Last time, we said that the audio driver was nearly ready for review.";

        Assert.Equal(sentence, Summarizer.WithoutFusedHeading(sentence));
    }
}
