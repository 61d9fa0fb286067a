using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 109, F3: a release's highlights box ran its label into its first point ("News Highlights The cluster
/// will ..."), which then opened its summary and every preview. The label goes, with or without its colon; "News
/// highlights the ..." (a verb) stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HighlightsBoxLabelTests
{
    private const string Release =
        "News Highlights The Orvik cluster will give national labs a shared platform for climate and materials research. " +
        "Orvik pairs new accelerators with an open software stack to cut training costs for scientists. " +
        "Deployment of the first racks is planned for the spring of next year at two sites in the north of the country.";

    [Theory]
    [InlineData("News Highlights ")]
    [InlineData("Key Highlights: ")]
    [InlineData("Key points: ")]
    public void Summary_OfABoxUnderItsLabel_ShouldNotOpenOnTheLabel(string label)
    {
        var text = label + Release["News Highlights ".Length..];
        var summary = Summarizer.Summarize("Orvik cluster to power national labs", text, 3);
        Assert.StartsWith("The Orvik cluster will give", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_OfABoxUnderItsLabel_ShouldNotOpenOnTheLabel()
    {
        var preview = Lede.Preview("Orvik cluster to power national labs", Release, 200);
        Assert.StartsWith("The Orvik cluster will give", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceWhoseVerbIsHighlights_ShouldKeepItsWords()
    {
        const string text = "News highlights the gap between the two chip makers as shipments slow in the second quarter. " +
                            "Analysts expect the gap to narrow once the new fabs come online next year in both countries.";
        Assert.StartsWith("News highlights the gap", Lede.Preview("Chip makers diverge", text, 200), StringComparison.Ordinal);
        Assert.StartsWith("News highlights the gap", Summarizer.Summarize("Chip makers diverge", text, 3), StringComparison.Ordinal);
    }
}
