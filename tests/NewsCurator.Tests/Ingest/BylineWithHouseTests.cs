using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// An opening line "by NAME for HOUSE" (or "at", "of", "from") is a byline and goes, as the names alone do; a phrase that
/// opens "By ... for ..." stays (held-out review 84, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BylineWithHouseTests
{
    private const string Body = "Regional water utilities are testing leak-detection models on their pipe networks this year.";

    [Theory]
    [InlineData("by Dr Mara Ellison for Northfield Analytics")]
    [InlineData("By Jonas Weber at The Field Lab")]
    [InlineData("by Priya Nair from Harbor & Stone")]
    [InlineData("By Tom O'Hare of University of Leeds")]
    public void ANameWithItsHouse_ShouldGo(string byline) => Assert.Equal(Body, OpeningByline.Without(byline + "\n" + Body));

    [Theory]
    // A phrase, not a person's name: one word, or a phrase's head.
    [InlineData("By Design for Everyone")]
    [InlineData("By Default for Teams")]
    // A sentence that goes on past the house.
    [InlineData("By Friday the Acme Group had shipped the patch for everyone.")]
    public void OtherOpenings_ShouldStay(string opening) => Assert.Equal(opening + "\n" + Body, OpeningByline.Without(opening + "\n" + Body));

    [Fact]
    public void TheLineAlone_ShouldStay() => Assert.Equal("by Dr Mara Ellison for Northfield Analytics\n", OpeningByline.Without("by Dr Mara Ellison for Northfield Analytics\n"));
}
