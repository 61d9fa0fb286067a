using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review39;

/// <summary>Review 39 (git diff e92180f..6ab2a25): each test asserts what should hold and fails on main.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review39Tests
{
    private const string Lead = "Nvidia announced a new chip for data centres on Tuesday.";
    private const string Planted = "Readers should buy shares of the firm before Friday closes.";

    private static string Text(string plantedTag) => HtmlText.ToPlainText($"<p>{Lead}</p>{plantedTag}{Planted}</p><p>Shipments start in March.</p>");

    // R1: H6 taught HtmlText that "<!-->", "<!--->" and "--!>" end a comment (AfterComment), but HtmlNesting.Refusal, the
    // guard in front of the full-text extractor's HTML parser, still skips to the next "-->": with none later it stops
    // counting, and a page nested thousands deep behind an empty comment passes the guard (audit hostile24's minutes-long parse).
    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    [InlineData("<!-- note --!>")]
    public void R1_DeepNestingBehindAnEmptyComment_ShouldStillBeRefused(string comment)
    {
        var nested = string.Concat(Enumerable.Repeat("<section>", 600)) + "<p>Text.</p>" + string.Concat(Enumerable.Repeat("</section>", 600));
        Assert.NotNull(HtmlNesting.Refusal("<html><body>" + nested + "</body></html>"));
        Assert.NotNull(HtmlNesting.Refusal("<html><body>" + comment + "<p>Intro.</p>" + nested + "</body></html>"));
    }

    // R2: IsHidden takes any data- attribute for a sign of a fade-in, so opacity:0 hides nothing that carries one: every CMS
    // writes data- attributes on blocks, and a planted line needs only data-x="1" to open the summary again.
    [Theory]
    [InlineData("<p data-block-id=\"7\" style=\"opacity:0\">")]
    [InlineData("<p data-x style=\"opacity:0\">")]
    public void R2_ATransparentLineWithAnUnrelatedDataAttribute_ShouldBeHidden(string tag)
        => Assert.DoesNotContain("buy shares", Text(tag));

    // R3: CSS clamps opacity to [0, 1]: opacity:-1 is opacity:0, but IsTransparent requires value >= 0.
    [Theory]
    [InlineData("<p style=\"opacity:-1\">")]
    [InlineData("<p style=\"opacity:-0.5\">")]
    public void R3_ANegativeOpacity_ShouldBeHiddenAsZeroIs(string tag)
        => Assert.DoesNotContain("buy shares", Text(tag));

    // R4: IsInvisibleInk reads background-color before the "background" shorthand whatever their order (the later one wins
    // in CSS), and ignores a background image under the text: white text on a dark background or a hero image is dropped.
    [Theory]
    [InlineData("background-color:#fff;background:#111;color:#fff")]
    [InlineData("color:#fff;background-color:#fff;background-image:url(hero.jpg)")]
    public void R4_TextOnABackgroundThatIsNotItsColour_ShouldBeKept(string style)
        => Assert.Contains("buy shares", Text($"<p style=\"{style}\">"));

    // R5: TranslatesOffScreen reads every translate argument, the depth too: translateZ(-1000px) (a 3D layer's depth, no
    // move at all without a perspective) is taken for a move off the screen and the text goes.
    [Fact]
    public void R5_ATranslateInDepth_ShouldNotHideText()
        => Assert.Contains("buy shares", Text("<p style=\"transform:translateZ(-1000px)\">"));

    // R6: IsEmptyPolygon calls a polygon without a digit 1-9 empty, so one drawn from custom properties hides its text.
    [Fact]
    public void R6_APolygonOfCustomProperties_ShouldNotHideText()
        => Assert.Contains("buy shares", Text("<p style=\"clip-path:polygon(var(--tl),var(--tr),var(--br),var(--bl))\">"));
}
