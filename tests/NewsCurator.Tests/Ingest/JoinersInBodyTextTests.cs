using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 86, F9: a publisher wraps product names in zero-width non-joiners ("the &amp;zwnj;Pixel 9&amp;zwnj;"); titles
/// lost them, but the body's text kept them, and a summary carried U+200C inside its words into the newsletter.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class JoinersInBodyTextTests
{
    [Fact]
    public void JoinersAroundALatinName_ShouldLeaveTheText()
    {
        var text = HtmlText.ToPlainText("<p>The game runs on the &zwnj;Pixel 9 Pro&zwnj;, the &zwnj;Pixel 9 Pro&zwnj; XL and Galaxy\u200D S24.</p>");

        Assert.Equal("The game runs on the Pixel 9 Pro, the Pixel 9 Pro XL and Galaxy S24.", text);
    }

    [Fact]
    public void JoinersThatJoin_ShouldStay()
    {
        // Persian's non-joiner between letters, and an emoji sequence (woman + ZWJ + laptop).
        const string persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        var emoji = "\U0001F469\u200D\U0001F4BB";
        var text = HtmlText.ToPlainText($"<p>{persian} and {emoji} stay.</p>");

        Assert.Equal($"{persian} and {emoji} stay.", text);
    }
}
