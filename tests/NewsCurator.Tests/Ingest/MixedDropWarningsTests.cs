using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed whose every item two or more content rules dropped between them yields nothing, as surely as a feed one rule
/// dropped whole; it said "ok" with 0 stories and no hint (ninth held-out review: 3 language + 1 min_length, 3 + 3, 3 + 4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MixedDropWarningsTests
{
    private static readonly FeedOutcome Outcome = new() { FeedUrl = "https://example.org/feed.xml", Status = FeedStatus.Ok };

    private static IReadOnlyList<string>? Warn(int total, int kept, int media = 0, params (string Rule, int Count)[] drops)
        => FeedWarnings.Of(Outcome, new FeedFunnel(Outcome.FeedUrl)
        {
            Total = total, PassedContentFilter = kept, MediaLinks = media, ContentDrops = drops.ToDictionary(d => d.Rule, d => d.Count),
        });

    [Fact]
    public void AFeedDroppedWholeByTwoRules_ShouldBeWarned_WithEachRulesCountAndRemedy()
    {
        var warning = Assert.Single(Warn(6, 0, 0, ("language", 3), ("min_length", 3))!);
        Assert.Equal("0 of 6 items kept by the content rules: 3 not in content.languages; 3 below content.min_length (titles or teasers: "
                     + "set fullText=\"true\" on its OPML outline (or fetch.auto_full_text: true) so each article's page is read, or lower content.min_length)", warning);
    }

    [Fact]
    public void AFullTextFeedsFailedPages_ShouldBeNamed_AndPagesReadShouldNotBeAskedFor()
    {
        // Audit hostile24, H2: the feed's pages timed out; it read "ok" and was told to set the fullText it had.
        var outcome = Outcome with
        {
            FullTextExtracted = 0, FullTextFailed = 3,
            FullTextError = "https://example.org/a: extraction took longer than 10 s; the feed's own text stays; https://example.org/b: the page nests elements more than 512 deep",
        };
        var warnings = FeedWarnings.Of(outcome, new FeedFunnel(outcome.FeedUrl) { Total = 10, ContentDrops = new Dictionary<string, int> { ["min_length"] = 10 } })!;
        Assert.Equal(2, warnings.Count);
        Assert.Contains("its article pages could not be read", warnings[0], StringComparison.Ordinal);
        Assert.DoesNotContain("set fullText", warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("3 of 3 article pages read gave no text of their own: https://example.org/a: extraction took longer than 10 s", warnings[1], StringComparison.Ordinal);
        // Pages that were read and still gave too little: the feed is not told to read them, nor that they failed.
        var read = FeedWarnings.Of(Outcome with { FullTextExtracted = 4, FullTextFailed = 1, FullTextError = "https://example.org/c: not longer than the feed's" },
            new FeedFunnel(Outcome.FeedUrl) { Total = 4, ContentDrops = new Dictionary<string, int> { ["min_length"] = 4 } })!;
        Assert.Contains("article pages were read in full", Assert.Single(read), StringComparison.Ordinal);
        Assert.DoesNotContain("set fullText", read[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheLargerShare_ShouldComeFirst_AndEveryRuleShouldBeNamed()
    {
        var warning = Assert.Single(Warn(8, 0, 0, ("language", 3), ("min_length", 4), ("no_link", 1))!);
        Assert.StartsWith("0 of 8 items kept by the content rules: 4 below content.min_length", warning, StringComparison.Ordinal);
        Assert.Contains("; 3 not in content.languages; 1 without a link a reader can open", warning, StringComparison.Ordinal);
        // 3 + 1: one teaser among items in other languages.
        Assert.StartsWith("0 of 4 items kept by the content rules: 3 not in content.languages; 1 below content.min_length",
            Assert.Single(Warn(4, 0, 0, ("language", 3), ("min_length", 1))!), StringComparison.Ordinal);
    }

    [Fact]
    public void MostlyTeasersAndTheRestInOtherLanguages_ShouldSayNothingWasKept_NotOnlyTheTeasers()
    {
        // 5 of 6 teasers alone would read "5 of 6 items were dropped by ... min_length", hiding that the sixth went too.
        Assert.StartsWith("0 of 6 items kept by the content rules: 5 below content.min_length",
            Assert.Single(Warn(6, 0, 0, ("min_length", 5), ("language", 1))!), StringComparison.Ordinal);
    }

    [Fact]
    public void TeasersLinkingToAudio_ShouldNotBeAdvisedToReadThemInFull_InAMixToo()
    {
        var warning = Assert.Single(Warn(6, 0, 6, ("min_length", 3), ("too_old", 3))!);
        Assert.DoesNotContain("fullText", warning, StringComparison.Ordinal);
        Assert.Contains("audio or video files", warning, StringComparison.Ordinal);
        Assert.Contains("3 older than content.max_age_days", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AMixThatKeptAnItem_OrNotEveryItem_ShouldHaveNoRuleWarning()
    {
        Assert.Null(Warn(7, 1, 0, ("language", 3), ("min_length", 3)));
        Assert.Null(Warn(2, 1, 0, ("language", 1)));
        // An item no content rule dropped (a near duplicate of another feed's, say) leaves the cause unnamed.
        Assert.Null(Warn(7, 0, 0, ("language", 3), ("min_length", 3)));
    }

    [Fact]
    public void OneRuleDroppingEveryItem_ShouldKeepItsOwnMessage()
    {
        Assert.Equal("all 4 items were dropped by the content rule language: no item is in one of content.languages",
            Assert.Single(Warn(4, 0, 0, ("language", 4))!));
        Assert.StartsWith("all 4 items were dropped by the content rule min_length: the feed carries only titles or teasers; set fullText",
            Assert.Single(Warn(4, 0, 0, ("min_length", 4))!), StringComparison.Ordinal);
    }

    [Fact]
    public void AOneOrTwoItemFeedThatGaveNothing_ShouldHearWhy_WithoutBeingCalledAFeedOfTeasers()
    {
        // Tenth held-out review, F9: a one-episode podcast feed (no <link>, a four-word description) stayed silent.
        Assert.Equal("0 of 1 item kept by the content rules: 1 without a link a reader can open (a private or development host, a web search, a bare IP address, or none at all)",
            Assert.Single(Warn(1, 0, 0, ("no_link", 1))!));
        var two = Assert.Single(Warn(2, 0, 0, ("language", 1), ("min_length", 1))!);
        Assert.StartsWith("0 of 2 items kept by the content rules: 1 not in content.languages; 1 below content.min_length", two, StringComparison.Ordinal);
        Assert.DoesNotContain("only", two, StringComparison.Ordinal);
    }
}
