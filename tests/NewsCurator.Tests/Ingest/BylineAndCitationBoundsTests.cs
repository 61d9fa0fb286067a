using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// The text furniture narrowed for hostile-input audit 50: a trailing byline is a person's name (H8), a journal's citation
/// line names a journal (H9). What they still take off.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BylineAndCitationBoundsTests
{
    [Theory]
    [InlineData("The numbers are in. By The Numbers")]
    [InlineData("Nobody asked for the feature. By Popular Demand")]
    [InlineData("Telemetry stays off. By Default, Always")]
    public void ATitleCasedClosingPhrase_IsNoByline(string text)
        => Assert.Equal(text, TrailingByline.Without(text));

    [Theory]
    [InlineData("Our new data center runs on wind power. By Jane Doe", "Our new data center runs on wind power.")]
    [InlineData("Our new data center runs on wind power. By Jane Doe, Max Mustermann", "Our new data center runs on wind power.")]
    [InlineData("Our new data center runs on wind power. By Will Oremus", "Our new data center runs on wind power.")]
    [InlineData("Our new data center runs on wind power. By Guido van Rossum", "Our new data center runs on wind power.")]
    [InlineData("Our new data center runs on wind power. — May Lee", "Our new data center runs on wind power.")]
    public void APersonsName_IsStillTheByline(string text, string expected)
        => Assert.Equal(expected, TrailingByline.Without(text));

    [Theory]
    [InlineData("Nature Catalysis, Published online: 12 May 2026; doi:10.1038/s41929-026-01535-6\nThe catalyst uses no platinum.")]
    [InlineData("Proceedings of the National Academy of Sciences, Published online: 3 June 2026; doi:10.1073/pnas.2401234121\nThe catalyst uses no platinum.")]
    [InlineData("ACS Nano, Published online: 3 June 2026; doi:10.1021/acsnano.6b01234\nThe catalyst uses no platinum.")]
    public void AJournalsCitationLine_StillComesOff(string text)
        => Assert.Equal("The catalyst uses no platinum.", JournalCitation.Without(text).Text);

    [Fact]
    public void ASentenceCitingAPaperWithAShortName_StaysInTheText()
    {
        const string Text = "Researchers at ETH report in Nature, published online 12 May 2026; doi:10.1038/s41586-026-01535-6\nThe catalyst uses no platinum.";
        Assert.Equal(Text, JournalCitation.Without(Text).Text);
    }
}
