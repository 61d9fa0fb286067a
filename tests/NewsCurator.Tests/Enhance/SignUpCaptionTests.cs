using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A hosted newsletter's sign-up caption, every sentence of it a call to the reader, is furniture however long it is, and
/// a preview passes over it; a long sentence that only opens on thanks, or names a subscription as news, is prose (held-out
/// review 84, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SignUpCaptionTests
{
    [Theory]
    [InlineData("Thanks for reading! Subscribe for free to receive new posts and support my work.")]
    [InlineData("Thanks for reading The Grid Notes! Subscribe for free to get every new issue in your inbox.")]
    [InlineData("Subscribe for free to receive new posts and support my work.")]
    public void ACallsOnlyLine_ShouldBeFurniture(string line) => Assert.True(SummaryChecker.IsFurniture(line));

    [Theory]
    [InlineData("Thanks for reading last week's issue, because your replies pointed us to the bug in the scheduler that we fixed today.")]
    [InlineData("Streaming services said subscribers who subscribe for free trials rarely convert to paid plans in the first month.")]
    [InlineData("The company offers a free trial of its new code assistant to teams of up to ten developers.")]
    [InlineData("Subscribers to the paid tier get the new model first. Thanks for reading!")]
    public void ProseWithACall_ShouldStay(string line) => Assert.False(SummaryChecker.IsFurniture(line));

    [Fact]
    public void APreview_ShouldPassOverTheCaption()
    {
        const string text = "Linking survey drawings to a property registry\nThanks for reading! Subscribe for free to receive new posts and support my work.\n"
                            + "Surveyors in three counties now file their drawings straight into a shared registry, and the first audits found fewer errors.";
        var preview = Lede.Preview("Drawings meet the registry", text, 300);
        Assert.DoesNotContain("Subscribe", preview, StringComparison.Ordinal);
        Assert.Contains("Surveyors in three counties", preview, StringComparison.Ordinal);
    }
}
