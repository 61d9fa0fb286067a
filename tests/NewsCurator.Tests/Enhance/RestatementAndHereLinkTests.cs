using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// A summary does not open on "I.e.", a restatement of a sentence it leaves out (held-out review 117, F2), and a link whose only
/// word was "here" after "from" reads as the host it pointed to, not a sentence ending "... from here." (held-out review 116, F5).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RestatementAndHereLinkTests
{
    // The finding's probe.
    [Fact]
    public void ASummary_ShouldNotOpenOnIe()
    {
        var summary = Summarizer.Summarize("AMP is openwashing", "AMP is controlled by one company. I.e. AMP is openwashing not openweb. It has aspects of being open.", 1);
        Assert.False(summary.StartsWith("I.e.", StringComparison.OrdinalIgnoreCase), summary);
    }

    [Theory]
    [InlineData("I.e. AMP is openwashing not openweb.", true)]
    [InlineData("i.e. the cache is never read twice.", true)]
    [InlineData("That is, the cache is never read twice.", true)]
    [InlineData("Namely, the parser and the checker both allocate.", true)]
    // Not a restatement: a sentence on Internet Explorer, a word that only begins so.
    [InlineData("IE, Edge and Safari all support the new API.", false)]
    [InlineData("Namespaces are now checked by the compiler.", false)]
    [InlineData("The release adds a new garbage collector.", false)]
    public void ARestatementsAbbreviation_ShouldLean(string sentence, bool leans)
        => Assert.Equal(leans, Summarizer.LeansOnThePrevious(sentence));

    // The finding's probe: the link's host stands where "here" was.
    [Fact]
    public void AHereLinkAfterFrom_ShouldReadAsItsHost()
    {
        var text = HtmlText.ToPlainText("<p>This notebook is based on a tutorial: \"Multivariate Time Series using RNN with Keras\" from "
                                        + "<a href=\"https://medium.com/@someone/multivariate-rnn-1234\">here</a>. We have modified the model for our data.</p>");
        Assert.DoesNotContain("from here", text, StringComparison.Ordinal);
        Assert.Contains("from medium.com.", text, StringComparison.Ordinal);
    }

    // A call to click, a "here" that is no link, a link of other words, and a "from here" of the idiom read as before.
    [Theory]
    [InlineData("<p>Download the installer <a href=\"https://get.example.org/\">here</a>.</p>", "Download the installer here.")]
    [InlineData("<p>It's all downhill from here.</p>", "It's all downhill from here.")]
    [InlineData("<p>The data comes from <a href=\"https://data.example.org/\">the city's portal</a>.</p>", "The data comes from the city's portal.")]
    [InlineData("<p>Read more from <a href=\"#notes\">here</a>.</p>", "Read more from here.")]
    public void OtherLinks_ShouldReadAsBefore(string html, string expected)
        => Assert.Equal(expected, HtmlText.ToPlainText(html).Trim());
}
