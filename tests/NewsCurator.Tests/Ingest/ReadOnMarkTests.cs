using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// The Register closes each whole sentence of its descriptions with "…" (". …", ".…"): read as a cut, its deks fell under
/// content.min_length and four summaries printed a preview cut mid-clause (held-out review 68, F3). A mark after a stop is a
/// read-more mark: it goes, and the item stays a teaser. A cut mid-sentence keeps its mark.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ReadOnMarkTests
{
    private static Article Normalize(string description)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = "NASA taps Claude to conjure Mars rover's travel plan", Link = "https://www.theregister.example/2026/01/30/nasa_claude/", SummaryHtml = description },
            new FeedSource("https://www.theregister.example/headlines.atom"), "The Register");

    private const string Nasa = "Is there life on Mars? Well, there's Claude in the machine Anthropic's Claude machine learning model has boldly planned what no Claude has planned before – a path across Mars for NASA's Perseverance rover.";

    [Theory]
    [InlineData(Nasa + "…")]
    [InlineData(Nasa + " …")]
    [InlineData(Nasa + "...")]
    [InlineData(Nasa + " [&#8230;]")]
    [InlineData(Nasa + " [...]")]
    public void AMarkAfterAFinishedSentence_ShouldGo_AndLeaveATeaser(string description)
    {
        var article = Normalize(description);

        Assert.Equal(Nasa, article.Text);
        Assert.True(article.IsTeaser);
        Assert.True(Excerpt.Is(article));
    }

    [Theory]
    [InlineData("Did the agent plan the route?", "…")]
    [InlineData("The agency called it \"a first.\"", "…")]
    [InlineData("It planned the route (a first.)", "…")]
    public void AMarkAfterAQuestionOrAClosingQuote_ShouldGoToo(string sentence, string mark)
        => Assert.Equal(sentence, Normalize(sentence + mark).Text);

    [Theory]
    // Oracle's item in the same feed: cut mid-sentence by the feed.
    [InlineData("Big Red will use debt and equity finance to keep itself in the pink Oracle has revealed it needs to raise $45 billion to $50 billion in cash to fund expansion of its cloud infrastructure, and its plan to raise that money…")]
    [InlineData("The agency will open the program to vendors in the U.S.…")]
    [InlineData("Three more missions are planned...")]
    [InlineData("и в отвратительных шкафах ..... а вы лабутены, лабутены ....")]
    public void ACutMidSentence_OrAfterAnAbbreviation_ShouldKeepItsMark(string description)
        => Assert.Equal(description, Normalize(description).Text);

    [Fact]
    public void AFinishedTextWithoutAMark_ShouldBeNoTeaserByIt()
        => Assert.False(Normalize("<p>" + Nasa + "</p>").IsTeaser);
}
