using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A line of calls to the reader is furniture; a short news line that opens on a label ("Update:", "Source:") is the news
/// (code review 45, R1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReaderCallFurnitureTests
{
    [Theory]
    [InlineData("Update: the vendor says the outage hit every region and a patch ships on Friday.")]
    [InlineData("Updated: the maintainers pulled the release after two regressions were found.")]
    public void AnUpdateLine_ShouldNotBeFurniture(string line) => Assert.False(SummaryChecker.IsFurniture(line));

    [Fact]
    public void ASignUpCaption_ShouldStillBeFurniture()
        => Assert.True(SummaryChecker.IsFurniture("Thanks for reading the weekly notes! Subscribe for free to get each new post by email."));
}
