using NewsCurator.Newsletter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30;

/// <summary>
/// Review of session 30: the code_spans helper. Markup cannot get through it (both sides of every span are encoded), but a
/// backtick typed for an apostrophe makes monospace of the words between two of them (R10). The security tests pass; the
/// apostrophe one FAILS on the reviewed code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CodeSpansReviewTests
{
    [Theory]
    [InlineData("`<script>alert(1)</script>`")]
    [InlineData("<img src=x onerror=alert(1)> `a` <b>")]
    [InlineData("`\" onmouseover=\"x` and `'`")]
    [InlineData("``<i>`` `</code><script>`")]
    public void Security_NoMarkupFromTheTextSurvives(string text)
    {
        var html = CodeSpans.Html(text);
        var stripped = html.Replace($"<code style=\"{CodeSpans.Style}\">", "", StringComparison.Ordinal).Replace("</code>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', stripped);
        Assert.DoesNotContain('>', stripped);
        Assert.DoesNotContain('"', stripped);
    }

    [Fact]
    public void Cost_ALongRunOfBackticksAndText_IsLinear()
    {
        var hostile = string.Concat(Enumerable.Repeat("`" + new string('a', 199), 5_000)) + string.Concat(Enumerable.Repeat("`", 100_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        CodeSpans.Html(hostile);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    // R10: "Apple`s chip and Google`s answer" is no code: a span must not open or close inside a word.
    [Fact]
    public void R10_BackticksTypedAsApostrophes_ShouldNotBecomeCode()
        => Assert.DoesNotContain("<code", CodeSpans.Html("Apple`s new chip and Google`s answer both ship in March."), StringComparison.Ordinal);
}
