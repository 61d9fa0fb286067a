using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A writer's name whose last word is also an article or a preposition ("An", "To", "On", "In": Vietnamese and Chinese
/// given names) is a byline to cut; a closing phrase that opens on such a word stays (hostile-input audit 51, H6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class BylineNameEndingTests
{
    private const string Body = "The city council approved the new fibre network on Tuesday, and the first districts are connected in May.";

    [Theory]
    [InlineData("By Pham Minh An")]
    [InlineData("— Zhou An")]
    [InlineData("By Kim Ji In")]
    public void ANameEndingOnAStopWord_ShouldBeCut(string byline) => Assert.Equal(Body, TrailingByline.Without(Body + "\n" + byline));

    [Theory]
    [InlineData("By An Accident Of History")]
    [InlineData("— To Be Continued")]
    [InlineData("By The Numbers")]
    [InlineData("By Invitation Only")]
    public void AClosingPhrase_ShouldStay(string phrase) => Assert.Equal(Body + "\n" + phrase, TrailingByline.Without(Body + "\n" + phrase));
}
