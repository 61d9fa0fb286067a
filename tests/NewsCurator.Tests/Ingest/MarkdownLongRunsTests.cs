using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A Markdown text with a long run of blanks, links, brackets or table pipes is read in linear work (hostile-input audit
/// 52, H1 and H7): the mid-line heading rule read a blank run from each of its blanks, and the cut's open-mark rules read
/// the line to its end from each '[' or '|'. One 200 KB item held Ingest for 100 s. A regression makes these tests run
/// into their timeout (minutes of work), not fail on a measured time.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MarkdownLongRunsTests
{
    [Theory(Timeout = 60_000)]
    [InlineData("Intro text. ")]
    [InlineData("Intro text ")]
    public async Task A200KBlankRun_ShouldBeReadAsOneSpace(string lead)
    {
        var text = await Task.Run(() => MarkdownText.ToPlainText(lead + new string(' ', 100_000) + new string('\t', 100_000) + "x"));
        Assert.Equal(lead + "x", text);
    }

    [Fact(Timeout = 60_000)]
    public async Task A200KLineOfOpenLinksCut_ShouldKeepItsWords()
    {
        var text = await Task.Run(() => MarkdownText.ToPlainText(string.Concat(Enumerable.Repeat("[a](b", 40_000)) + ")x..."));
        Assert.EndsWith("x...", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A200KLineOfOpenBracketsCut_ShouldLoseThem()
        => Assert.Equal("Notes ...", await Task.Run(() => MarkdownText.ToPlainText("Notes " + new string('[', 200_000) + "...")));

    [Fact(Timeout = 60_000)]
    public async Task A200KLineOfCellsAfterStopsCut_ShouldBeRead()
    {
        var text = await Task.Run(() => MarkdownText.ToPlainText("Intro. " + string.Concat(Enumerable.Repeat("a. | b ", 30_000)) + "c..."));
        Assert.StartsWith("Intro. a.", text, StringComparison.Ordinal);
    }

    [Theory]
    // What must not change: a flattened heading after a stop and a few blanks starts its line; a cut link keeps its
    // label; open brackets at a cut go, a closed one stays.
    [InlineData("The API changed.   ## Migration Steps are listed here for every team that calls it today.", "The API changed.\nMigration Steps are listed here for every team that calls it today.")]
    [InlineData("See [the notes](https://e.com/n) and ![the chart](https://e.com/chart-of-the-wee...", "See the notes and the chart...")]
    [InlineData("See [the notes] and [more [of them...", "See [the notes] and more of them...")]
    public void AShortFlattenedText_ShouldReadAsBefore(string markdown, string expected)
        => Assert.Equal(expected, MarkdownText.ToPlainText(markdown));
}
