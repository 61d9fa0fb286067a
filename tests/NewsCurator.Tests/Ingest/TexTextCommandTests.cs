using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// An arXiv listing's abstracts keep LaTeX's text-styling commands; read as written, the sentence that says what the
/// paper does was refused as TeX and the summary was background only (thirty-sixth held-out review, F2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TexTextCommandTests
{
    [Theory]
    [InlineData(@"We propose \textbf{RVSD}, a \underline{R}etrieval-\underline{V}erified decoder.", "We propose RVSD, a Retrieval-Verified decoder.")]
    [InlineData(@"This is \emph{not} a benchmark, and \texttt{vllm serve} runs it.", "This is not a benchmark, and vllm serve runs it.")]
    [InlineData(@"The bound is $\mathcal{O}(n)$ and \frac{a}{b} stays.", @"The bound is $\mathcal{O}(n)$ and \frac{a}{b} stays.")]
    [InlineData(@"No TeX here.", "No TeX here.")]
    [InlineData(@"Code is available\footnote{https://github.com/example/rvsd} under MIT.", "Code is available under MIT.")]
    public void TextCommands_ShouldReadAsTheirText_MathStays(string text, string expected)
        => Assert.Equal(expected, NewsCurator.MarkdownText.WithTextCommandsRead(text));

    [Fact]
    public void AnAbstractsKeySentence_ShouldReachTheSummary()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>arXiv cs.CV</title><link>https://arxiv.org/</link>
            <item><title>Retrieval-verified decoding against hallucination</title><link>https://arxiv.org/abs/2610.00001</link>
            <description>Large vision-language models hallucinate objects that are not in the image. We propose \textbf{RVSD}, a \underline{R}etrieval-\underline{V}erified \underline{S}elf-\underline{D}ecoding method that checks each generated object against retrieved evidence. On three benchmarks RVSD cuts object hallucination by 41 percent without retraining.</description></item>
            </channel></rss>
            """), new Uri("https://arxiv.org/rss"));
        var article = ArticleNormalizer.ToArticleOrNull(feed.Items[0], new FeedSource("https://arxiv.org/rss"), feed.Title, feed.Link)!;
        Assert.DoesNotContain(@"\textbf", article.Text, StringComparison.Ordinal);
        var summary = Summarizer.Summarize(article.Title, article.Text, null, "", 3, "en").Text;
        Assert.Contains("We propose RVSD, a Retrieval-Verified Self-Decoding method", summary, StringComparison.Ordinal);
    }
}
