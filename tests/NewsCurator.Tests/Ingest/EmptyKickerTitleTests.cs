using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A headline that opens on the separator of an empty kicker (": Chip maker ...") is printed without it; a title whose
/// first mark is its own (a flag, an operator, a negative number) keeps it (held-out review 85, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EmptyKickerTitleTests
{
    private static string Title(string title)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://markets.example/story/1", ContentHtml = "<p>Shares of the chip maker rose after it raised its outlook for data-centre sales.</p>" },
            new FeedSource("https://markets.example/rss/top"), "Top Stories").Title;

    [Theory]
    [InlineData(": Chip maker lifts its outlook as data-centre orders double", "Chip maker lifts its outlook as data-centre orders double")]
    [InlineData("| Chip maker lifts its outlook as data-centre orders double", "Chip maker lifts its outlook as data-centre orders double")]
    [InlineData("— Chip maker lifts its outlook as data-centre orders double", "Chip maker lifts its outlook as data-centre orders double")]
    public void AnEmptyKickersSeparator_ShouldGo(string title, string expected) => Assert.Equal(expected, Title(title));

    [Theory]
    [InlineData("--force considered harmful in shared repositories")]
    [InlineData("|> in Elixir pipelines, explained with examples")]
    [InlineData("-5% for the chip index after the outlook")]
    [InlineData("The Ratings Game: Chip maker upgraded after results")]
    [InlineData(": Go")]
    public void OtherTitles_ShouldStay(string title) => Assert.Equal(title, Title(title));
}
