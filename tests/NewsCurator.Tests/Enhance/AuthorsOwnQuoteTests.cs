using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 94, F5: an opinion post's author introduced the post's thesis, set in a blockquote, with a line of their own
/// ending in ':' ("... say the quiet part out loud:"); the line was read as someone else's attribution, so it was no sentence
/// and the thesis was someone else's quotation, and the post went out with no summary. The author's first person introduces
/// the author's words; a line that names another writer still attributes the quote to them.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AuthorsOwnQuoteTests
{
    private const string Title = "Here we go again: thoughts on package registry attacks";

    private static string Summary(string html)
    {
        var text = HtmlText.ToPlainText(html);
        return Summarizer.Summarize(Title, text, null, Lede.Preview(Title, text, 200), 3, "en").Text;
    }

    [Fact]
    public void ABlockquoteTheAuthorIntroduces_ShouldBeTheAuthorsOwnSentence()
    {
        var summary = Summary(
            "<p>I’ve had this draft sitting in a folder for months now – I kept putting it off – but after this week the moment has come to write down what many of us think:</p>\n" +
            "<blockquote><p><strong>Package registries should stop trusting every maintainer account by default and require signed releases from all popular projects.</strong></p></blockquote>\n" +
            "<p>Of course, anyone who has followed these attacks knows this is not the first time either…</p>");

        Assert.Contains("Package registries should stop trusting every maintainer account by default", summary, StringComparison.Ordinal);
        Assert.StartsWith("I’ve had this draft sitting in a folder for months now", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("“Package registries", summary, StringComparison.Ordinal);
    }

    [Theory]
    // A link blog's attribution names the speaker.
    [InlineData("<p>Jane Doe, writing about the latest registry attack:</p>")]
    // The author introduces someone else's words.
    [InlineData("<p>I think the maintainer put it best in his post today:</p>")]
    public void ABlockquoteOfAnotherWriter_ShouldStayTheirQuotation(string introduction)
    {
        var summary = Summary(introduction + "\n" +
            "<blockquote><p>Package registries should stop trusting every maintainer account by default and require signed releases from all popular projects.</p></blockquote>\n" +
            "<p>It is hard to disagree with that, and the registries have had years to act on it.</p>");

        Assert.Contains("“Package registries should stop trusting every maintainer account by default", summary, StringComparison.Ordinal);
    }
}
