using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed that lost every item, some of them to dedupe as repeats of its own, is warned of as one that lost them all to the
/// content rules (held-out review 115, F3; review 118, F5): the repeats never reached the rules, and counted against them
/// they kept the feed silent. A feed whose copies were of other feeds' stories is judged as before.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OwnRepeatsWarningTests
{
    private static readonly FeedOutcome Outcome = new() { FeedUrl = "https://github.com/o/objx/commits/master.atom", Status = FeedStatus.Ok };

    private static IReadOnlyList<string>? Warn(int total, int kept, int ownRepeats, params (string Rule, int Count)[] drops)
        => FeedWarnings.Of(Outcome, new FeedFunnel(Outcome.FeedUrl)
        {
            Total = total, PassedContentFilter = kept, OwnRepeats = ownRepeats, ContentDrops = drops.ToDictionary(d => d.Rule, d => d.Count),
        });

    [Fact]
    public void ACommitFeedWhoseOtherItemsRepeatedItsCommits_ShouldBeWarnedAsACommitFeed()
    {
        // Review 115, F3: 18 commit_log and 2 duplicate_content of the feed's own commits.
        var warning = Assert.Single(Warn(20, 0, 2, ("commit_log", 18))!);
        Assert.Equal("all 18 distinct items were dropped by the content rule commit_log, and 2 more repeated them: every item is a commit of a repository, not a story: "
                     + "subscribe to the project's releases or changelog instead (on GitHub, /releases.atom)", warning);
        Assert.True(FeedWarnings.IsLostToContentRules(warning));
    }

    [Fact]
    public void AFeedOfPrivateLinksWithTwoRepeats_ShouldBeWarned()
    {
        // Review 118, F5: 28 no_link and 2 in-feed duplicates.
        var warning = Assert.Single(Warn(30, 0, 2, ("no_link", 28))!);
        Assert.StartsWith("all 28 distinct items were dropped by the content rule no_link, and 2 more repeated them: no item links to a page", warning, StringComparison.Ordinal);
        // Several rules and a repeat: the repeats are named with them.
        Assert.Equal("0 of 5 items kept by the content rules: 2 not in content.languages; "
                     + "2 without a link a reader can open (a private or development host, a web search, a bare IP address, or none at all); 1 repeating the feed's other items", Assert.Single(Warn(5, 0, 1, ("no_link", 2), ("language", 2))!));
    }

    [Fact]
    public void AFeedWhoseCopiesWereOfOtherFeeds_ShouldKeepTodaysWarnings()
    {
        // Dropped by dedupe as another feed's story (syndication): not a repeat of its own, so no warning that every item fell to one rule.
        Assert.Null(Warn(20, 0, 0, ("commit_log", 18)));
        // A feed that kept a story says nothing, its repeats or not.
        Assert.Null(Warn(20, 1, 2, ("commit_log", 17)));
        // Without repeats the wording is as it was.
        Assert.StartsWith("all 4 items were dropped by the content rule commit_log: every item", Assert.Single(Warn(4, 0, 0, ("commit_log", 4))!), StringComparison.Ordinal);
    }
}
