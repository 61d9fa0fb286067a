using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 92, F3 and F4: summaries took a report's sentence about itself ("This report addresses, among other things,
/// the extent to which ...", "This blog post summarizes what I learned ...") over its finding, opened on abbreviations spelt out
/// only in a sentence left out, and kept "(paywalled, but summarized here)", a pointer at a link the summary lacks.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SelfDescribingSentenceTests
{
    [Theory]
    [InlineData("This report addresses, among other things, the extent to which (1) the agency's systems meet their goals and (2) it has plans for capacity.", true)]
    [InlineData("This blog post summarizes what I learned and elaborates on some of the key concepts presented.", true)]
    [InlineData("This post summarizes the discussion.", true)]
    // A sentence about the document that says what it found or covers stays the statement it is.
    [InlineData("This report finds that eight of the eleven systems missed their cost goals.", false)]
    [InlineData("This post describes how the scheduler hands work to idle cores without a global lock.", false)]
    [InlineData("This paper introduces FlashDecode, a kernel that halves decoding latency.", false)]
    public void AnAnnouncementThatNamesNothing_ShouldBeKnown(string sentence, bool announces)
        => Assert.Equal(announces, Summarizer.AnnouncesOnly(sentence));

    [Fact]
    public void AnAuditSummary_ShouldTakeTheFindingOverTheScopeStatement()
    {
        var summary = Summarizer.Summarize("Payments System: Agency Actions Needed to Improve Payments System Modernization",
            "Seven of the 11 payments system modernizations are behind schedule or over budget. The agency's largest payments system modernization, the Core Ledger Replacement, is likely to face delays as the agency plans to go live with little testing. " +
            "The agency has not assessed whether its payments system modernizations use current engineering tools. " +
            "This report addresses, among other things, the extent to which (1) payments system modernizations are meeting their cost, schedule, and performance goals, and (2) the agency has plans for sufficient payments system capacity.", 2);
        Assert.Contains("Seven of the 11", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("This report addresses", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AParenthesisEndingOnHereAfterAComma_ShouldGo()
    {
        Assert.Equal("The chief executive's essay in the magazine today relies on familiar claims.",
            Summarizer.Tidy("The chief executive's essay in the magazine today (paywalled, but summarized here) relies on familiar claims."));
        // A parenthesis that says where, not a pointer, stays.
        Assert.Equal("The feature ships in the US (in Europe, not here) next month.", Summarizer.Tidy("The feature ships in the US (in Europe, not here) next month."));
    }

    [Fact]
    public void ASentenceOpeningOnAbbreviationsSpeltOutEarlier_ShouldNotOpenTheSummary()
    {
        var summary = Summarizer.Summarize("Regional parties break tracking rules",
            "Several regional parties, including Green Future Alliance (GFA), People's Reform Union (PRU), and Civic Voice, were found to place tracking cookies on their websites before visitors agreed. " +
            "The research was confirmed by an independent web privacy researcher who scanned each site twice. " +
            "GFA and PRU acknowledged the tracking cookies and are fixing their websites, while Civic Voice has not responded. " +
            "The data protection authority is asking the parties about the tracking cookies on their websites.", 2);
        Assert.False(summary.StartsWith("GFA", StringComparison.Ordinal), summary);
    }

    [Fact]
    public void AnAbbreviationTheTextNeverSpellsOut_ShouldNotLean()
    {
        var summary = Summarizer.Summarize("EU fines chipmaker over rebates",
            "The European Commission fined a chipmaker EUR 376 million for rebates that shut rivals out of the PC market. " +
            "EU officials said the rebates were conditional on buying nearly all chips from the firm. " +
            "The company said it would appeal.", 2);
        Assert.Contains("EU officials said", summary, StringComparison.Ordinal);
    }
}
