using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit51;

/// <summary>
/// Hostile-input audit 51: session 42's summary rules. A page's media sentence with no comma after its place word
/// (<c>SummaryChecker.PageMedia</c>, the "in/on/from" group removed) and a page's housekeeping line taken as a short lead
/// (<c>SummaryChecker.ShortStatement</c>).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit51SummaryTests
{
    [Theory]
    [InlineData("In the video below the robot folds a shirt in under a minute.")]
    [InlineData("In the video above the robot folds a shirt in under a minute.")]
    public void APagesMediaSentence_WithNoCommaAfterItsPlace_ShouldBePageMedia(string sentence)
        => Assert.Equal("page_media", SummaryChecker.CheckSentence(sentence, lead: true)?.Rule);

    [Theory]
    [InlineData("The story has been updated.")]
    [InlineData("The article has been updated.")]
    [InlineData("The video is no longer here.")]
    public void APagesHousekeepingLine_ShouldNotPassAsAShortLead(string sentence)
        => Assert.NotNull(SummaryChecker.CheckSentence(sentence, lead: true));
}
