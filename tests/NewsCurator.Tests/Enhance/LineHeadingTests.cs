using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A heading that opens a line, run into its paragraph's first sentence whatever clause opener that sentence starts with:
/// "The Default Scenario Whenever a local application ..." kept its heading, "Whenever" being on no list (held-out review 99, F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LineHeadingTests
{
    [Theory]
    [InlineData("Picking The Outbound Route Whenever a host sends a packet, the kernel looks up its routing table first.", "Whenever a host sends a packet, the kernel looks up its routing table first.")]
    [InlineData("Cache Warmup Strategy Although the cache starts empty, the first requests fill it within seconds.", "Although the cache starts empty, the first requests fill it within seconds.")]
    [InlineData("Rolling Back Safely Once you have a snapshot, the restore takes a single command.", "Once you have a snapshot, the restore takes a single command.")]
    public void AHeadingAtTheLineStart_ShouldLeaveTheSentence(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.WithoutFusedHeading(sentence, lineStart: true));

    [Theory]
    // A name and its verb, a headline's capitals, a heading run in mid-line: all stay.
    [InlineData("Google Cloud Run is a managed platform for containers that scales to zero.")]
    [InlineData("Vision Pro Gets a Price Cut in Europe This Spring.")]
    [InlineData("Project Nimbus Whenever Possible is the name of the new scheduler.")]
    [InlineData("Home Assistant Core Although the Name Says Core, It Ships Everything.")]
    public void ProseAtTheLineStart_ShouldStay(string sentence)
        => Assert.Equal(sentence, Summarizer.WithoutFusedHeading(sentence, lineStart: true));

    [Fact]
    public void MidLine_ShouldKeepTheClosedList()
    {
        const string sentence = "Picking The Outbound Route Whenever a host sends a packet, the kernel looks up its routing table first.";

        Assert.Equal(sentence, Summarizer.WithoutFusedHeading(sentence));
    }

    [Fact]
    public void Summary_ShouldNotPrintTheHeading()
    {
        const string text = "One of the first things a network engineer learns is which source address the kernel picks for local traffic. This post walks through the rules the kernel applies.\n"
                            + "Picking The Outbound Route Whenever a local application opens a socket without binding it, the kernel chooses the address from the route it takes.\n"
                            + "The route's preferred source wins over every other address on the interface.";

        var summary = Summarizer.Summarize("Linux source address selection", text, 3);

        Assert.DoesNotContain("Outbound Route Whenever", summary, StringComparison.Ordinal);
    }
}
