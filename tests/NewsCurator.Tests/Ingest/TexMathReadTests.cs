using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// TeX in titles, abstracts and math blogs read as plain text a reader follows (held-out review 102, F2, F3, F5): a
/// formula's commands become their symbols, a span closed after a space is read like any other, and a WordPress formula
/// image gives its TeX. Prices and plain tokens stay as they were. The texts are made up here.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TexMathReadTests
{
    private static Article Item(string title, string html)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://preprints.example.org/abs/1", ContentHtml = html },
            new FeedSource("https://preprints.example.org/rss"), "Preprints");

    [Fact]
    public void ATitlesTex_ShouldReadAsText()
    {
        var article = Item("A $(1-\\epsilon)$-approximate spanner in $\\tilde{O}(m \\log n)$ time over $\\mathbb{R}^d$",
            "<p>We build a spanner of a weighted graph with few edges and prove that it is nearly optimal.</p>");
        Assert.Equal("A (1-ε)-approximate spanner in Õ(m log n) time over ℝ^d", article.Title);
    }

    [Fact]
    public void AnAbstractsTex_ShouldReadAsText_WithASpaceBeforeTheClosingDollar()
    {
        var article = Item("Sparse cuts", "<p>Earlier methods were exponential in $1/\\delta $ or needed $\\Omega(n^{2})$ space. "
            + "We reach the $t^\\text{th}$ level of the hierarchy with $x_{i} \\le \\sqrt{n}$ for every $i \\in S$.</p>");
        Assert.Contains("exponential in 1/δ or needed Ω(n^2) space.", article.Text);
        Assert.Contains("the t-th level of the hierarchy with x_i ≤ √n for every i ∈ S.", article.Text);
        // Read, the sentence is a summary's: the checker finds no TeX left in it.
        Assert.Null(SummaryChecker.CheckSentence("Earlier methods were exponential in 1/δ or needed Ω(n^2) space."));
    }

    [Theory]
    // An operator before its parenthesis or script and a ceiling's bars keep no space inside (held-out review 102's rerun
    // printed "ln (U)" and "n⌈ log σ⌉").
    [InlineData("\\ln(U)", "ln(U)")]
    [InlineData("n\\lceil\\log\\sigma\\rceil", "n⌈log σ⌉")]
    [InlineData("\\log n", "log n")]
    public void AnOperatorAndItsBrackets_ShouldReadWithoutStraySpaces(string tex, string expected)
        => Assert.Equal(expected, TexText.Read(tex));

    [Theory]
    // A shell's or a template's "${X}" is no math (code review 49, R1: "PATH=${HOME}/bin:${PATH}" read as "HOME/bin:{PATH}").
    [InlineData("export PATH=${HOME}/bin:${PATH} now")]
    [InlineData("DEST=${ROOT}-${VER}")]
    [InlineData("the file is ${name}-${id}.tar.gz")]
    [InlineData("login as ${USER}@${HOST} first")]
    public void AShellOrTemplateVariable_ShouldStayAsWritten(string code)
        => Assert.Contains(code, Item("Deploying with a script", $"<p>Set it up: {code}. Then run the installer.</p>").Text, StringComparison.Ordinal);

    [Fact]
    public void TexWithACommandItDoesNotRead_ShouldStayAsWritten_AndBeRefused()
    {
        var article = Item("Counting", "<p>The count is $\\binom{n}{k} $ exactly, as the author shows in a short proof here.</p>");
        Assert.Contains("$\\binom{n}{k} $", article.Text);
        Assert.NotNull(SummaryChecker.CheckSentence("The count is $\\binom{n}{k} $ exactly, as the author shows in a short proof here."));
    }

    // Code review 49, R9: the span closes after "x ", not after the command; Ingest keeps it (it does not know \preceq), and the
    // checker read a closing space only after a command.
    [Fact]
    public void TexWhoseClosingSpaceFollowsAWordAfterTheCommand_ShouldStayAsWritten_AndBeRefused()
    {
        const string sentence = "The bound holds where $\\aleph_0 \\preceq x $ for every set the paper considers in its proof.";
        Assert.Contains("$\\aleph_0 \\preceq x $", Item("Bounds", $"<p>{sentence}</p>").Text);
        Assert.Equal("tex", SummaryChecker.CheckSentence(sentence)?.Rule);
    }

    [Fact]
    public void AWordPressFormulaImage_ShouldGiveItsTex()
    {
        var article = Item("Sharp thresholds", "<p>For a finite set <img class=\"latex\" alt=\"X\" src=\"https://s0.wp.com/latex.php?latex=X&amp;bg=ffffff\" />, "
            + "a family <img src=\"https://s0.wp.com/latex.php?latex=%5Cmathcal%7BF%7D\" alt=\"{\\mathcal{F}}\" class=\"latex\" /> of subsets of "
            + "<img class=\"latex\" alt=\"X\" src=\"https://s0.wp.com/latex.php?latex=X\" /> is increasing when "
            + "<img class=\"latex\" alt=\"A \\subseteq B\" src=\"https://s0.wp.com/latex.php?latex=A\" /> and <img alt=\"A \\in \\mathcal{F}\" src=\"https://latex.codecogs.com/png.latex?A\" /> "
            + "give <img class=\"latex\" alt=\"B \\in \\mathcal{F}\" src=\"https://s0.wp.com/latex.php?latex=B\" />.</p>");
        Assert.Contains("For a finite set X, a family F of subsets of X is increasing when A ⊆ B and A ∈ F give B ∈ F.", article.Text);
    }

    [Fact]
    public void PricesPlainTokensAndOrdinaryImages_ShouldStay()
    {
        var article = Item("Plans from $5 and $10 a month", "<p>Plans cost $5 and $10 a month, or $5-$10 with a discount. "
            + "Each of the $n$ servers keeps $E_8$ tables. <img alt=\"A chart of prices\" src=\"https://example.org/chart.png\" />The chart says it.</p>");
        Assert.Equal("Plans from $5 and $10 a month", article.Title);
        Assert.Contains("Plans cost $5 and $10 a month, or $5-$10 with a discount.", article.Text);
        Assert.Contains("Each of the n servers keeps E_8 tables.", article.Text);
        Assert.DoesNotContain("A chart of prices", article.Text);
    }
}
