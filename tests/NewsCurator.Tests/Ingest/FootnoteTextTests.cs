using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Footnote markers are no part of the sentence they follow: "the page's markup.1 CSS has become ..." and "like
/// ⌃⌥⌘P.1." reached printed summaries from the fixture corpus (Daring Fireball-style kramdown, eleventh held-out review's lesser note).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FootnoteTextTests
{
    [Theory]
    // kramdown / Jekyll
    [InlineData("""<p>It separates style from the page’s markup.<sup id="fnref:1"><a href="#fn:1" rel="footnote">1</a></sup> CSS grew since.</p>""")]
    // Hugo (goldmark)
    [InlineData("""<p>It separates style from the page’s markup.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> CSS grew since.</p>""")]
    // markdown-it
    [InlineData("""<p>It separates style from the page’s markup.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> CSS grew since.</p>""")]
    // Pandoc
    [InlineData("""<p>It separates style from the page’s markup.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> CSS grew since.</p>""")]
    // WordPress
    [InlineData("""<p>It separates style from the page’s markup.<sup data-fn="8f1c" class="fn"><a href="#8f1c" id="8f1c-link">1</a></sup> CSS grew since.</p>""")]
    public void AFootnoteMarker_ShouldLeaveNoNumberInTheSentence(string html)
        => Assert.Equal("It separates style from the page’s markup. CSS grew since.", HtmlText.ToPlainText(html));

    [Fact]
    public void AMarkerBeforeTheFullStop_ShouldNotDoubleIt()
        => Assert.Equal("A shortcut, like ⌃⌥⌘P. Others differ.",
            HtmlText.ToPlainText("""<p>A shortcut, like ⌃⌥⌘P.<sup id="fnref:p"><a href="#fn:p" rel="footnote">1</a></sup>. Others differ.</p>"""));

    [Fact]
    public void TheNotesBlock_ShouldBeLeftOut_AndOrdinarySuperscriptsKept()
    {
        var html = """<p>Energy is mc<sup>2</sup> and the 1<sup>st</sup> law holds.</p><div class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn:1"><p>An aside about markup.&#160;<a href="#fnref:1" rev="footnote">&#8617;</a></p></li></ol></div><p>After the notes.</p>""";
        var text = HtmlText.ToPlainText(html);
        Assert.Contains("Energy is mc2 and the 1st law holds.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("An aside", text, StringComparison.Ordinal);
        Assert.Contains("After the notes.", text, StringComparison.Ordinal);
    }
}
