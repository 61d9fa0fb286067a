using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A channel title the feed controls, of a megabyte, read for the product a version-only headline names (hostile-input
/// audit 54's note): each of the feed's releases read it whole, and a run of spaces there made the release-words rule
/// quadratic (40,000 spaces cost 1.9 s an item; a megabyte, minutes). Only the title's opening names the feed, and the
/// rule is linear. On the old code this test runs for hours and the suite's hang timeout fails it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class LongTitleRegexTests
{
    [Fact]
    public void VersionOnlyItems_UnderAChannelTitleOfAMegabyteOfSpaces_ShouldBeHeadedByTheFeedsName()
    {
        var channel = "Notes" + new string(' ', 1 << 20) + "Releases";
        var titles = Enumerable.Range(0, 20).Select(i => ArticleNormalizer.ToArticle(
            new ParsedItem { Title = $"1.2.{i}", Link = $"https://e.org/1.2.{i}", ContentHtml = "<p>The release fixes the parser.</p>" },
            new FeedSource("https://e.org/releases.xml"), channel).Title).ToList();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"Notes: 1.2.{i}"), titles);
    }

    [Fact]
    public void AVersionOnlyItem_UnderAReleasesChannel_ShouldStillBeHeadedByItsProduct()
        => Assert.Equal("Acme Widget 1.2.3", ArticleNormalizer.ToArticle(
            new ParsedItem { Title = "1.2.3", Link = "https://e.org/1.2.3", ContentHtml = "<p>The release fixes the parser.</p>" },
            new FeedSource("https://e.org/releases.xml"), "Acme Widget - Release notes").Title);
}
