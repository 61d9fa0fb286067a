using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit52;

/// <summary>
/// Hostile-input audit 52: <c>MarkdownText.Unflattened</c>'s long-heading split (<c>LongHeading</c>, <c>HeadingSentence</c>)
/// runs on every Markdown text, flattened or not: a real heading of more than twelve words on its own line is cut at its
/// first capitalised word before a lower-case one, though that word is a name's ("Google Cloud beats").
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit52MarkdownTests
{
    [Theory]
    [InlineData("# Why Google Cloud beats AWS for small startups in 2026, according to our survey of founders", "Why Google Cloud beats AWS")]
    public void ALongHeadingOnItsOwnLine_ShouldStayOneLine(string heading, string phrase)
    {
        var text = MarkdownText.ToPlainText(heading + "\n\nThe preview ships today with the changes listed below for every developer.\n");
        Assert.Contains(phrase, text, StringComparison.Ordinal);
    }
}
