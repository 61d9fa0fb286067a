using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Email-first blogs (Ghost, Bear) end each post on a mailto: link, "Reply to this post" or "Reply via email": an
/// invitation to write to the author that ended the exported text (held-out review 58, F8). An address given in the story stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReplyByEmailFooterTests
{
    [Theory]
    [InlineData("""<p>I finally left the app behind.</p><p><a href="mailto:me@example.org?subject=On%20handwriting">Reply to this post</a></p>""")]
    [InlineData("""<div><p>I finally left the app behind.</p>\n<p>\n  <a href='mailto:me@example.org'>Reply via email</a>\n</p>\n</div>""")]
    [InlineData("""<p>I finally left the app behind.</p><a href="MAILTO:me@example.org">✉️ Reply by email</a>""")]
    public void AClosingMailtoLink_ShouldLeaveTheText(string html)
        => Assert.Equal("I finally left the app behind.", HtmlText.ToPlainText(html.Replace("\\n", "\n", StringComparison.Ordinal)));

    [Theory]
    // An address in the closing sentence is the story's.
    [InlineData("""<p>I finally left the app behind. Write to <a href="mailto:me@example.org">me@example.org</a></p>""", "I finally left the app behind. Write to me@example.org")]
    // A mailto link with the story after it.
    [InlineData("""<p>Intro.</p><p><a href="mailto:tips@example.org">Send us tips</a></p><p>The story goes on here.</p>""", "Intro.\nSend us tips\nThe story goes on here.")]
    // A body that is only the link keeps it: there is nothing else to read.
    [InlineData("""<p><a href="mailto:me@example.org">Reply to this post</a></p>""", "Reply to this post")]
    // A closing web link is no email footer.
    [InlineData("""<p>I finally left the app behind.</p><p><a href="https://example.org/app">The app</a></p>""", "I finally left the app behind.\nThe app")]
    public void OtherLinks_ShouldStay(string html, string expected) => Assert.Equal(expected, HtmlText.ToPlainText(html));
}
