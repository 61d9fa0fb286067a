using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// What hostile-input audit 46's rules must still let through: text a reader does see in styles near the hidden ones, an
/// opened &lt;details&gt;, comments a CMS writes, and the marks and variation selectors scripts and emoji need.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class VisibleTextGuardTests
{
    private const string Shown = "The storage engine halves the cost of old snapshots.";

    [Theory]
    // A gradient headline: the text is a window onto its background.
    [InlineData("background:linear-gradient(90deg,#f0f,#0ff);-webkit-background-clip:text;background-clip:text;color:transparent")]
    [InlineData("color:inherit;background-color:inherit")]
    [InlineData("color:#333;background-color:#fff")]
    [InlineData("color:rgba(0,0,0,0.8)")]
    [InlineData("color:rgb(255, 0, 0);font-size:22pt")]
    [InlineData("color:hsl(0, 0%, 0%)")]
    [InlineData("color:rgba(10,0,0,0.05)")]
    [InlineData("font-size:12px")]
    [InlineData("font-size:.9em")]
    [InlineData("transform:translateX(-20px)")]
    [InlineData("margin-left:-2em")]
    [InlineData("clip-path:polygon(0 0,100% 0,100% 100%,0 100%)")]
    [InlineData("font-family:\\\"Helvetica\\\"")]
    public void AStyleThatShowsTheText_ShouldKeepIt(string style)
        => Assert.Contains(Shown, HtmlText.ToPlainText($"<p style=\"{style}\">{Shown}</p>"), StringComparison.Ordinal);

    [Fact]
    public void AnOpenedDetails_ShouldKeepItsBody()
        => Assert.Contains(Shown, HtmlText.ToPlainText($"<details open><summary>Notes</summary><p>{Shown}</p></details>"), StringComparison.Ordinal);

    [Theory]
    [InlineData("<!--[if !IE]><!-->{0}<!--<![endif]-->")]
    [InlineData("<!-- a -- b -->{0}")]
    [InlineData("<!---->{0}")]
    public void TextAfterAClosedComment_ShouldBeRead(string html)
        => Assert.Contains(Shown, HtmlText.ToPlainText(string.Format(System.Globalization.CultureInfo.InvariantCulture, html, Shown)), StringComparison.Ordinal);

    [Theory]
    [InlineData("Tiếng Việt có dấu")]                 // precomposed and a decomposed mark or two a letter
    [InlineData("Tie\u0302\u0301ng Vie\u0323\u0302t")]
    [InlineData("Launch day 🚀\uFE0F for the team")]   // an emoji's presentation selector
    [InlineData("葛\U000E0100城市の記事")]             // an ideographic variation selector on its ideograph
    [InlineData("Family 👩\u200D👩\u200D👧 emoji")]
    public void MarksAndSelectorsAScriptOrEmojiNeeds_ShouldStay(string text)
    {
        Assert.Equal(text, HtmlText.CollapseWhitespace(text));
        Assert.Equal(text, HeaderText.SingleLine(text));
    }

    [Fact]
    public void ASecondSelectorOnOneLetter_ShouldGo()
        => Assert.Equal("Launch 🚀\uFE0F day", HtmlText.CollapseWhitespace("Launch 🚀\uFE0F\uFE0E\uFE0F day"));
}
