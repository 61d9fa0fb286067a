using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30;

/// <summary>
/// Review of session 30, R5: a small feed whose titles are whole, three of which happen to share one length, is read as
/// cutting its titles: its summaries rarely repeat a headline's last word, and each of those titles loses it. FAILS on the
/// reviewed code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ClippedTitlesReviewTests
{
    private static ParsedItem Item(string title, string text, int n)
        => new() { Title = title, SummaryHtml = text, Link = $"https://news.example.com/a/{81230 + n}" };

    private static readonly ParsedItem[] SevenWholeTitles =
    [
        Item("Postgres adds incremental backup support", "The next major release can back up only what changed since the last full backup.", 0),
        Item("Firefox ships a new tab grouping feature", "Tabs can now be grouped and colour-coded in the desktop browser.", 1),
        Item("Valve confirms the Steam Deck 2 timeline", "The company says its next handheld is years away.", 2),
        Item("Kubernetes 1.32 brings sidecar containers", "Sidecars are now stable.", 3),
        Item("Rust 2024 edition is now stable", "The edition lands with Rust 1.85.", 4),
        Item("Why SQLite is enough for most apps", "One file, no server.", 5),
        Item("Mozilla lays off a third of its staff", "The cuts hit the browser team hardest.", 6),
    ];

    [Fact]
    public void R5_ASmallFeedWithThreeWholeTitlesOfOneLength_ShouldNotBeReadAsCut()
        => Assert.Null(ClippedTitles.Length(SevenWholeTitles));

    [Fact]
    public void R5_WhatTheFalseCutDoesToAWholeTitle()
    {
        // Documents the damage: the headline loses its last word ("support") and gains an ellipsis.
        Assert.Equal("Postgres adds incremental backup…", ClippedTitles.Mend("Postgres adds incremental backup support", "The next major release can back up only what changed."));
    }
}
