using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// <c>Summarizer.IsMakingOfTheEpisode</c> on one very long sentence (hostile-input audit 53, H10): the pattern is tried only
/// from the text's last clause, where its match must lie, not from every "recorded an episode" (13.8 s for 200 KB).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MakingOfTheEpisodeScanTests
{
    [Fact]
    public void A200KbSentenceOfRepeats_ShouldBeScannedFromItsLastClauseOnly()
    {
        var sentence = "We taped a show " + string.Concat(Enumerable.Repeat("taped a show ", 16_000)) + "then?";
        Assert.True(sentence.Length > 200_000);
        Assert.Equal(sentence.Length, Summarizer.LastClauseStart(sentence));
        Assert.False(Summarizer.IsMakingOfTheEpisode(sentence));
    }

    [Theory]
    [InlineData("Dillon, Matt & Scott record an episode with some semblance of quality.", true)]
    [InlineData("Another week. We recorded another episode!  ", true)]
    [InlineData("We recorded this episode live at KubeCon.", false)]
    [InlineData("Did we record an episode? Yes.", false)]
    public void AMakingOfSentence_ShouldBeFoundAsBefore(string sentence, bool makingOf)
        => Assert.Equal(makingOf, Summarizer.IsMakingOfTheEpisode(sentence));
}
