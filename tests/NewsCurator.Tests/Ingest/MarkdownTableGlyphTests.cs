using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Hostile-input audit 54, H6: a markdown table's rule ("|---|---|") is no drawn line, and its rows of marks ("● ○ ■") are its
/// data: the table stays whole. An ASCII box, its borders with corners, still leaves the text.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MarkdownTableGlyphTests
{
    [Fact]
    public void ATableOfSquareMarks_StaysWhole()
    {
        const string text = "The four editors compared.\n| Editor | LSP | Debugger | Git | Remote |\n|:------|:---:|:---:|:---:|:---:|\n"
                            + "| Zed | ■ | □ | ■ | ■ |\n| Helix | ■ | □ | □ | □ |\n| Kate | ■ | ■ | ■ | □ |\nEach one is free.";
        Assert.Equal(text, GlyphArt.Without(text));
    }

    [Fact]
    public void AnAsciiBoxBesideProse_StillLeaves()
    {
        const string prose = "The request goes through the gateway before it reaches the store.";
        const string box = "+---------+      +---------+\n| Gateway | ---> |  Store  |\n+---------+      +---------+";
        Assert.Equal(prose, GlyphArt.Without(prose + "\n" + box));
    }
}
