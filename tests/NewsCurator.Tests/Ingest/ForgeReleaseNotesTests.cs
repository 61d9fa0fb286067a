using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A code host's generated release-note lines and a tag's merge line say nothing of what changed: they go, a pull
/// request's title stays without its credit (held-out review 82, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForgeReleaseNotesTests
{
    [Theory]
    [InlineData("Merge pull request #412 from widgetco/release-2.4", "")]
    [InlineData("Merge pull request #412 from widgetco/develop\nMerge to main for 2.4.0", "Merge to main for 2.4.0")]
    [InlineData("Merge branch 'hotfix/crash' into main", "")]
    [InlineData("What's Changed\n• Add a streaming decoder by @jdoe in #88\n• Fix the cache path on Windows by @asmith in https://github.com/widgetco/widget/pull/91\nNew Contributors\n• @asmith made their first contribution in #91\nFull Changelog: v2.3.0...v2.4.0",
        "• Add a streaming decoder\n• Fix the cache path on Windows")]
    [InlineData("What's Changed\n• Release workflow by @jdoe in #1\nNew Contributors\n• @jdoe made their first contribution in #1\nFull Changelog: 2024-05-01...2024-05-09", "• Release workflow")]
    [InlineData("2024-04-20...2024-05-01", "")]
    [InlineData("https://github.com/widgetco/widget/commits/2024-04-20", "")]
    public void GeneratedLines_ShouldGo_AndCreditsLeaveTheirTitles(string text, string expected)
        => Assert.Equal(expected, ForgeReleaseNotes.Without(text));

    [Theory]
    // A project's own notes, its own "What's Changed" over prose, a range in a sentence, a merge spoken of in prose.
    [InlineData("What's Changed\nThe parser now streams its input, so large files no longer need to fit in memory.")]
    [InlineData("Upgrading from 1.x...2.x needs the new config format; see the guide.")]
    [InlineData("We merged pull request #88 from a first-time contributor, who rewrote the decoder.")]
    [InlineData("Highlights\nv2.3.0...v2.4.0\nFaster startup and a smaller binary.")]
    [InlineData("Thanks to everyone who tested the betas... you made this release.")]
    public void AProjectsOwnNotes_ShouldStay(string text)
        => Assert.Equal(text, ForgeReleaseNotes.Without(text));

    [Fact]
    public void AReleaseOfOnlyAMergeLine_ShouldHaveNoText()
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "v2.4.0", Link = "https://forge.example/widgetco/widget/releases/tag/v2.4.0",
            ContentHtml = "<p>Merge pull request <a href=\"https://forge.example/widgetco/widget/pull/412\">#412</a> from widgetco/develop</p>" },
            new FeedSource("https://forge.example/widgetco/widget/tags.atom"), "Tags from widget");

        Assert.Equal("", article.Text);
    }

    [Fact]
    public void ALongDottedLine_ShouldStay_AsNoRange()
    {
        // Read in linear time: the range's first ref gave back one dot at a time (review of session 44, R1).
        var text = "x" + new string('.', 200_000) + "!";
        Assert.Equal(text, ForgeReleaseNotes.Without(text));
    }
}
