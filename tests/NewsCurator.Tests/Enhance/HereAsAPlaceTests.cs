using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// "Here" as a place or a country is prose, not a pointer to a link: "... is now available here" is a regional site's launch news
/// (review 48, R10).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HereAsAPlaceTests
{
    [Theory]
    [InlineData("Google's Gemini Live with camera sharing is now available here.")]
    [InlineData("The comet has been bright all week and can be seen here.")]
    [InlineData("On a clear night the aurora can be seen here.")]
    [InlineData("It is the same failure mode as we see here.")]
    public void HereAsAPlace_ShouldStay(string sentence)
        => Assert.Null(SummaryChecker.CheckSentence(sentence));

    [Theory]
    [InlineData("The full release notes are available here.")]
    [InlineData("More details can be found here.")]
    [InlineData("For the benchmark setup, see here.")]
    public void APointer_ShouldStillBeRejected(string sentence)
        => Assert.Equal("boilerplate", SummaryChecker.CheckSentence(sentence)?.Rule);
}
