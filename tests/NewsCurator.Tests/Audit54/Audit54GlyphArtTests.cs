using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit54;

/// <summary>
/// Hostile-input audit 54: <c>GlyphArt.Without</c> (session 46) spreads a drawn line to its neighbours whose tokens are
/// largely drawing. A markdown comparison table's separator ("|---------|--------|") is one drawn line, and its rows of
/// filled and empty circles ("| Vision | ● | ● | ○ |": U+25CF and U+25CB fall in the box-drawing and shapes range) are
/// taken for the drawing's labelled rows: the table's data leave the text while its header stays, a table with no body.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit54GlyphArtTests
{
    [Fact]
    public void AComparisonTableOfCircleMarks_KeepsItsRows()
    {
        const string table = "Here is how the three models compare on our tests.\n| Feature | GPT-4o | Claude | Gemini |\n|---------|--------|--------|--------|\n"
                             + "| Vision | ● | ● | ○ |\n| Audio | ● | ○ | ● |\n| Tools | ● | ● | ● |\nAll three handle text.";
        var kept = GlyphArt.Without(table);
        Assert.Contains("Vision", kept, StringComparison.Ordinal);
        Assert.Contains("Audio", kept, StringComparison.Ordinal);
    }
}
