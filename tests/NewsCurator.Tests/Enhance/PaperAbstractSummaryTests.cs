using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A paper's summary says what the authors did and found, not only the background its abstract opens on: the contribution
/// that follows the gap ("To address these limitations, we propose ...") and the finding (thirty-sixth held-out review,
/// F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PaperAbstractSummaryTests
{
    private const string Abstract =
        "Retrieval-augmented generation has become the standard way to ground large language models in private documents and keep their answers current. " +
        "However, existing retrievers index every passage at a fixed granularity, so long technical manuals are either split mid-procedure or returned whole, wasting most of the context window on irrelevant steps. " +
        "Prior work on adaptive chunking relies on handcrafted heuristics tuned for news articles and degrades sharply on structured documents such as manuals, specifications and legal contracts. " +
        "To address these limitations, we propose TreeRAG, a retriever that indexes a document's heading hierarchy and selects the smallest subtree that answers a query. " +
        "TreeRAG builds its index in a single pass and needs no training data. " +
        "Experiments on four question-answering benchmarks show that TreeRAG improves answer accuracy by 9 points while using 40% fewer context tokens.";

    [Fact]
    public void Summary_OfAnAbstract_ShouldSayWhatTheAuthorsBuilt_WithoutTheOpenerThatPointsBack()
    {
        var summary = Summarizer.Summarize("TreeRAG: hierarchical retrieval for long documents", Abstract, null, "preview", 3, "en").Text;

        Assert.Contains("We propose TreeRAG, a retriever that indexes a document's heading hierarchy", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("To address these limitations", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Prior work on adaptive chunking", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_OfAnAbstract_ShouldPreferTheFindingToAMethodDetail()
    {
        const string text =
            "Large language models are increasingly deployed as negotiating agents in procurement, yet little is known about how they behave when both sides of a bargain are models. " +
            "We pair agents from five model families in a repeated sealed-bid procurement game and vary the information each side holds. " +
            "Each game runs for forty rounds with a fresh budget and a fixed reserve price drawn from a published distribution. " +
            "We find that paired agents converge on prices far above the competitive level, splitting the market without any explicit communication. " +
            "The agents' reasoning traces mention the other side's past bids far more often than their own costs.";

        var summary = Summarizer.Summarize("Do LLM agents collude in procurement auctions?", text, null, "preview", 2, "en").Text;

        Assert.Contains("We find that paired agents converge on prices far above the competitive level", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Each game runs for forty rounds", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("To this end, we introduce a benchmark of 2,000 real pull requests.", "We introduce a benchmark of 2,000 real pull requests.")]
    [InlineData("To bridge this gap, we present OpenPlan, a planner for household robots.", "We present OpenPlan, a planner for household robots.")]
    [InlineData("Motivated by these observations, we design a cache that evicts by predicted reuse.", "We design a cache that evicts by predicted reuse.")]
    [InlineData("To address this issue, the team rewrote the scheduler in Rust.", "To address this issue, the team rewrote the scheduler in Rust.")]
    [InlineData("To address this issue, we recommend upgrading to version 2.4.", "To address this issue, we recommend upgrading to version 2.4.")]
    [InlineData("However, these methods fail on long documents.", "However, these methods fail on long documents.")]
    public void ContributionOpener_ShouldGoOnlyWhereTheRestNamesWhatTheAuthorsMade(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.WithoutContributionOpener(sentence));

    [Theory]
    [InlineData("We propose RVSD, a training-free decoding framework.", true)]
    [InlineData("In this work, we present a dataset of 500k edited faces.", true)]
    [InlineData("Here we present an expanded cloning toolkit for plant genome editing.", true)]
    [InlineData("Our central contribution is GDB-Reward, a framework for design rewards.", true)]
    [InlineData("We further propose the SSVR mechanism, which reformulates compensation.", false)]
    [InlineData("We propose that readers try the new build before Friday.", true)]
    [InlineData("We were proposing a change to the schedule.", false)]
    public void ContributionStatement_ShouldBeTheAuthorsFirstSayOfWhatTheyMade(string sentence, bool expected)
        => Assert.Equal(expected, Summarizer.StatesItsContribution(sentence));
}
