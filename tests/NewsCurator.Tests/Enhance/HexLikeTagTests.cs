using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A tag of three hex characters ("#A2A", "#DDD") is a tag, not a colour, in a text that says nothing of colours: the closing
/// run goes whole (code review 45, R3). In a text about colours "#fff" stays code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HexLikeTagTests
{
    [Theory]
    [InlineData("The protocol group met in Lisbon. Four vendors signed up on day one. #AI #A2A #agents", "The protocol group met in Lisbon. Four vendors signed up on day one.")]
    [InlineData("Bounded contexts keep the model small. Each team owns its events. #DDD #architecture", "Bounded contexts keep the model small. Each team owns its events.")]
    [InlineData("Our sales tool now talks to partners directly. #B2B #E2E", "Our sales tool now talks to partners directly.")]
    public void AClosingRunWithAHexLikeTag_ShouldGo(string text, string expected)
        => Assert.Equal(expected, Hashtags.AsProse(text).TrimEnd());

    [Fact]
    public void AShortColourInAColourText_ShouldKeepItsHash()
        => Assert.Contains("#fff", Hashtags.AsProse("The panel's background switched to #fff in the light mode."), StringComparison.Ordinal);
}
