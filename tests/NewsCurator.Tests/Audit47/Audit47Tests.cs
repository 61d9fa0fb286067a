using NewsCurator.Tests.Support;
using NewsCurator;

namespace NewsCurator.Tests.Audit47;

/// <summary>
/// Hostile-input audit 47 of session 39's new rules (e92180f..6ab2a25): real markup read as hidden, near variants of the
/// new hiding rules that still carry a planted line, and scripts that stack more marks than the cap keeps. Each test asserts
/// what should hold and fails on main (6ab2a25).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit47Tests
{
    private const string Lead = "Nvidia announced a new chip for data centres on Tuesday.";
    private const string Planted = "Readers should buy shares of the firm before Friday closes.";

    // ---- Legitimate text read as hidden ----

    /// <summary>Chinese mobile sites set html{font-size:100px} and write body text as ".14rem" (14px): readable text.</summary>
    [Fact]
    public void RemFontSize_OnARemLayoutSite_KeepsText()
        => Assert.Contains(Lead, HtmlText.ToPlainText($"<div><p style=\"font-size:.14rem;line-height:.24rem\">{Lead}</p></div>"), StringComparison.Ordinal);

    /// <summary>A slick/Swiper carousel track is wider than the screen and moved left by one slide: its current slide shows.</summary>
    [Fact]
    public void CarouselTrack_TranslatedBySlideWidth_KeepsText()
        => Assert.Contains(Lead, HtmlText.ToPlainText(
            $"<div class=\"slick-list\"><div class=\"slick-track\" style=\"opacity: 1; width: 3600px; transform: translate3d(-1200px, 0px, 0px);\">"
            + $"<div class=\"slick-slide\" style=\"width:1200px\"><p>{Lead}</p></div></div></div>"), StringComparison.Ordinal);

    /// <summary>Colour is inherited, not imposed: a child that sets its own colour is drawn in it, whatever its wrapper's ink.</summary>
    [Fact]
    public void WrapperInkLikeItsBackground_ChildWithOwnColour_KeepsText()
        => Assert.Contains(Lead, HtmlText.ToPlainText(
            $"<table style=\"background-color:#ffffff;color:#ffffff\"><tr><td><p style=\"color:#222222\">{Lead}</p></td></tr></table>"), StringComparison.Ordinal);

    /// <summary>Tibetan writes Sanskrit stacks with many subjoined letters (the Kalachakra monogram): none is a Zalgo pile.</summary>
    [Fact]
    public void TibetanSanskritStack_KeepsAllSubjoinedLetters()
    {
        const string stack = "\u0F67\u0FB9\u0FA8\u0FB3\u0FBA\u0FBB\u0F7E";
        Assert.Equal(stack, HtmlText.CollapseWhitespace(stack));
    }

    // ---- Hidden text still carried by a near variant ----

    /// <summary>"text-shadow:none" draws no shadow: transparent ink stays invisible.</summary>
    [Fact]
    public void TransparentInk_WithTextShadowNone_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"color:transparent;text-shadow:none\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>Ink at 1% alpha is as unseen as opacity:0.01, which the opacity rule hides.</summary>
    [Fact]
    public void NearZeroAlphaInk_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"color:rgba(0,0,0,0.01)\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>-webkit-text-fill-color:transparent without a background clipped to the text draws nothing (every engine supports it).</summary>
    [Fact]
    public void TransparentTextFill_WithoutBackgroundClip_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"-webkit-text-fill-color:transparent\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>filter:opacity(0) is opacity:0 by another name.</summary>
    [Fact]
    public void FilterOpacityZero_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"filter:opacity(0)\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>Same-as-background ink through the shorthand's colour plus an image ("background:#fff none"): still white on white.</summary>
    [Fact]
    public void InkLikeBackgroundShorthandColour_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"color:#fff;background:#fff none repeat\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>A negative opacity is clamped to 0 by the browser: as unseen as opacity:0.</summary>
    [Fact]
    public void NegativeOpacity_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"opacity:-1\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>The margin shorthand moves the line off screen as margin-left does.</summary>
    [Fact]
    public void MarginShorthandOffScreen_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"margin:0 0 0 -10000px\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>The individual "translate" property (all current engines) moves the line as transform:translate does.</summary>
    [Fact]
    public void TranslatePropertyOffScreen_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"translate:-10000px 0\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>A polygon whose points are all one point encloses nothing, wherever that point is.</summary>
    [Fact]
    public void ClipPathPolygonOfOnePoint_IsHidden()
        => Assert.DoesNotContain("Friday", HtmlText.ToPlainText($"<p>{Lead}</p><p style=\"clip-path:polygon(5px 5px,5px 5px,5px 5px)\">{Planted}</p>"), StringComparison.Ordinal);

    /// <summary>A later "background" shorthand resets background-color: black ink on the white it sets is readable.</summary>
    [Fact]
    public void BackgroundColourResetByLaterShorthand_KeepsText()
        => Assert.Contains(Lead, HtmlText.ToPlainText($"<p style=\"background-color:#000;color:#000;background:#fff\">{Lead}</p>"), StringComparison.Ordinal);
}
