using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 90, F1: a diagram drawn in characters and flattened into a teaser ("S e n d ┌ │ │ ─ ─ q ► ...") counted as
/// words: it carried a two-sentence teaser past content.min_length and into the encoder. Drawing is markup, not words.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class GlyphArtTextTests
{
    private const string Prose = "Every busy service is a set of queues, caches and workers. The kernel's listen backlog is one such queue, and it fills silently.";

    private static readonly string BoxDiagram = string.Join(' ',
        "C l i e n t ┌ │ │ │ ─ ─ ► s y n ┌ │ │ └ ─ ─ ▼ b a c k l o g ─ ─ ┬ │ ├ │ ┘ ─ ─ ► a c c e p t ( ) ┐ │ ┘ ─ ─ ─ w o r k e r ┌ │ └ ─ ─ ─ ─ ┘".Split(' '));

    [Fact]
    public void ABoxDrawnDiagramOnItsOwnLine_ShouldLeaveTheText()
    {
        var article = ArticleNormalizer.ToArticle(new ParsedItem { Title = "Watching the listen backlog", Link = "https://ops.example.net/posts/backlog/",
            SummaryHtml = $"{Prose}\n{BoxDiagram}" }, new FeedSource("https://ops.example.net/index.xml"), "Ops notes");

        Assert.Equal(Prose, article.Text);
    }

    [Fact]
    public void AnAsciiBoxDiagram_ShouldLeaveTheText()
    {
        const string ascii = "+--------+      +---------+      +--------+\n| Client | ---> |  Proxy  | ---> | Server |\n+--------+      +---------+      +--------+";
        Assert.Equal(Prose, GlyphArt.Without($"{Prose}\n{ascii}"));
    }

    [Fact]
    public void ADiagramRunGluedToProse_ShouldLeaveTheLine()
        => Assert.Equal(Prose, GlyphArt.Without($"{Prose} {BoxDiagram}"));

    [Theory]
    [InlineData("The pipeline runs 1 → 2 → 3 → 4 → 5 in order, and each step writes its own log.")]
    [InlineData("| Model | Score | Latency |\n| GPT-4 | 86.4 | 1.2s |\n| Llama 3 | 79.1 | 0.4s |")]
    [InlineData("Home | About | Blog | Contact | Careers")]
    [InlineData("東 京 の 天 気 は 晴 れ で す 。 明 日 も 晴 れ る で し ょ う 。 ┌ ─ ┐")]
    [InlineData("A — B — C is the order the jobs run in, after the — long — pause.")]
    public void ProseWithAFewSignsOrATableOfWords_ShouldStay(string text)
        => Assert.Equal(text, GlyphArt.Without(text));
}
