using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>A post's header bar of labels, a date and a link is the page's chrome, not its words (thirty-first held-out review, F5).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeaderBarTests
{
    [Fact]
    public void AHeaderBar_ShouldNotReachTheText()
    {
        var html = "<header class=\"entry-update__head\"><span class=\"b upd\">Update</span><time datetime=\"2026-09-11T04:46:00Z\">11 Sep 2026 04:46 UTC</time>" +
                   "<a href=\"https://ctipilot.example/runs/1/\">run 2026-09-11T0410Z-intel</a><span><span class=\"echip\">summary</span><span class=\"echip\">cves</span></span></header>" +
                   "<p>CISA added CVE-2026-67277 to its Known Exploited Vulnerabilities catalog on 2026-09-10.</p>";
        Assert.Equal("CISA added CVE-2026-67277 to its Known Exploited Vulnerabilities catalog on 2026-09-10.", HtmlText.ToPlainText(html));
    }

    [Theory]
    // A header with a paragraph, or a headline and its dek, is read.
    [InlineData("<header><h1>Faster builds</h1><p>The compiler now caches every module it has built.</p></header><p>Body.</p>", "The compiler now caches every module")]
    [InlineData("<header><h1>Faster builds in the new compiler release</h1><h2>The compiler now caches every module it has built, and the cache survives restarts of the daemon</h2></header><p>Body.</p>", "The compiler now caches every module")]
    // An unclosed header holds only itself: the rest of the item is read.
    [InlineData("<header><span>Update</span><p>The compiler now caches every module it has built.</p>", "The compiler now caches every module")]
    public void AHeaderWithProse_ShouldBeRead(string html, string expected)
        => Assert.Contains(expected, HtmlText.ToPlainText(html), StringComparison.Ordinal);
}
