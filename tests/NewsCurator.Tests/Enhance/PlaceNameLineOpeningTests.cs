using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A line that opens on a preposition and a place name of two or more words is a sentence, not a heading run into one: "In San
/// Francisco the city council voted ..." was printed "Francisco the city council voted ..." (review 48, R2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlaceNameLineOpeningTests
{
    [Theory]
    [InlineData("In San Diego the port authority approved a fleet of electric cranes on Thursday.")]
    [InlineData("In the United Kingdom the regulator has opened a review of cloud licensing.")]
    [InlineData("On Wall Street the mood turned after the chip maker's forecast.")]
    [InlineData("In Hong Kong the exchange will let brokers settle trades in stablecoins.")]
    public void ASentenceOpeningOnAPlace_ShouldStay(string sentence)
        => Assert.Equal(sentence, Summarizer.WithoutFusedHeading(sentence, lineStart: true));

    [Theory]
    // A heading that opens on a preposition, before a word that opens sentences, still goes.
    [InlineData("Under The Hood Although the queue starts empty, each core steals work when idle.", "Although the queue starts empty, each core steals work when idle.")]
    [InlineData("Picking The Outbound Route Whenever a host sends a packet, the kernel looks up its routing table first.", "Whenever a host sends a packet, the kernel looks up its routing table first.")]
    public void AHeading_ShouldStillGo(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.WithoutFusedHeading(sentence, lineStart: true));

    [Fact]
    public void Summary_ShouldKeepThePlaceName()
    {
        const string text = "City officials have argued for months over how to handle delivery robots on sidewalks.\n"
                            + "In San Diego the city council voted on Tuesday to require permits for every sidewalk delivery robot.\n"
                            + "Operators will have 90 days to register their fleets and share incident data with the city.";

        Assert.Contains("In San Diego the city council voted", Summarizer.Summarize("Sidewalk robot permits", text, 3), StringComparison.Ordinal);
    }
}
