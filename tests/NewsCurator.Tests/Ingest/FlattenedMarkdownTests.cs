using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Markdown a feed flattened onto one line keeps its structure: mid-line headings, a table with its "| --- |" row, a
/// list after a colon, and a cut's open marks are read as Markdown reads them, not printed (held-out review 75, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FlattenedMarkdownTests
{
    private const string Flattened =
        "## Overview From **May 4, 2026**, the Orders API returns the warehouse of each parcel. Partners must read the new field. "
        + "## Scope | Region(s) | Germany (DE) | | --- | --- | | API version(s) | 202401 (and later) | "
        + "## Details Sellers choosing a split delivery must now send both: * the **pickup warehouse** (origin), and * the **drop-off point** (buyer). "
        + "The old field stays for a year. | **Scenario** | **Fields requ...";

    [Fact]
    public void AFlattenedMarkdownText_ShouldLoseItsHeadingsTablesBulletsAndOpenMarks()
    {
        var text = MarkdownText.ToPlainText(Flattened);

        Assert.DoesNotContain("#", text);
        Assert.DoesNotContain("|", text);
        Assert.DoesNotContain("---", text);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain(" * ", text);
        Assert.Contains("From May 4, 2026, the Orders API returns the warehouse of each parcel.", text);
        Assert.Contains("The old field stays for a year.", text);
        Assert.DoesNotContain("Germany", text);
        Assert.Contains("\nOverview\n", "\n" + text);
    }

    [Fact]
    public void AFlattenedHeadingThatAsks_ShouldEndAtItsQuestionMark()
    {
        var text = MarkdownText.ToPlainText("# What is changing? Starting **June 1, 2026**, the **Returns API** accepts partial refunds for bundled items and reports them per line in every response, so sellers can refund one item of a bundle.");

        Assert.StartsWith("What is changing?\n", text);
        Assert.Contains("Starting June 1, 2026, the Returns API accepts partial refunds", text);
    }

    [Fact]
    public void ALinkCutByTheFeed_ShouldKeepItsLabelOnly()
    {
        var text = MarkdownText.ToPlainText("The **Listing API** changes on **July 1**. Updated endpoints: * [Update Listing ](https://partner.example.com/docs/page/update-li...");

        Assert.DoesNotContain("[", text);
        Assert.DoesNotContain("](", text);
        Assert.Contains("Update Listing", text);
    }

    [Theory]
    [InlineData("## Pricing\n\nThe new plan costs **$5** a month, and 2 * 3 seats cost $30. See [the docs](https://example.com/docs) for issue # 5.\n\n## How we built it\n\nWe wrote it in C# and F# over a year.",
        "Pricing\nThe new plan costs $5 a month, and 2 * 3 seats cost $30. See the docs for issue # 5.\nHow we built it\nWe wrote it in C# and F# over a year.")]
    [InlineData("# Release notes\n\nThe update brings two changes: - faster builds, and - smaller images.\n\nUpgrade with `npm i -g tool`.",
        "Release notes\nThe update brings two changes: - faster builds, and - smaller images.\nUpgrade with npm i -g tool.")]
    public void LineBrokenMarkdownAndItsProse_ShouldReadAsBefore(string markdown, string text)
        // Multiplication, an issue's number and dashes that are no first item after a colon stay as written.
        => Assert.Equal(text, MarkdownText.ToPlainText(markdown));
}
