using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Thirteenth held-out review: a release note's first sentence under its headings lost the lead (F5), a run-in "TL;DR:"
/// was never read and "To address this issue" opened a summary (F6), and arXiv's announce label opened one (F4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RunInLabelTests
{
    [Fact]
    public void Summary_OfANoteUnderHeadings_ShouldLeadWithItsFirstSentence()
    {
        var text = "Classic Wait Box\nAbout\n" +
                   "This mod shows the small classic wait box from older Windows versions while the system changes the theme, instead of the full-screen overlay. " +
                   "The built-in text is localized for several common display languages while unsupported languages use English.\n" +
                   "Notes\n" +
                   "The mod has been tested on two builds of Windows 10 and works on both of them without changes. " +
                   "If the private theme symbol is unavailable on a Windows build, the mod remains inactive in that process.";
        var summary = Summarizer.Summarize("Classic Wait Box 1.0.0", text, null, "", 3, "en").Text;
        Assert.StartsWith("This mod shows the small classic wait box", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TL;DR: Rearranging the terms of the loss yields a much better discriminator", "Rearranging the terms of the loss yields a much better discriminator.", true)]
    [InlineData("Summary: The module gains webhook support.", "The module gains webhook support.", true)]
    [InlineData("arXiv:2408.03326v1 Announce Type: new Abstract: We present a family of open multimodal models.", "We present a family of open multimodal models.", false)]
    [InlineData("Abstract: We study the loss.", "We study the loss.", false)]
    // An aggregator's framing (twenty-third held-out review, F8: Slashdot).
    [InlineData("From a report: The European Commission is for the first time tackling the addictiveness of social media.", "The European Commission is for the first time tackling the addictiveness of social media.", false)]
    [InlineData("An anonymous reader shared this report from the Register: Telcos likely received advance warning.", "Telcos likely received advance warning.", false)]
    [InlineData("From the start, the team wanted a smaller runtime.", "From the start, the team wanted a smaller runtime.", false)]
    [InlineData("An anonymous reader writes that Wi-Fi 7 routers are now on sale.", "An anonymous reader writes that Wi-Fi 7 routers are now on sale.", false)]
    // No label, or a label's word that opens a sentence of its own.
    [InlineData("Summary statistics are computed per batch.", "Summary statistics are computed per batch.", false)]
    [InlineData("In short: it works.", "In short: it works.", false)]
    // A Chinese digest's label, full-width colon and all (thirty-seventh held-out review).
    [InlineData("摘要：NVIDIA推出Nemotron扩散语言模型，大幅提升生成速度。", "NVIDIA推出Nemotron扩散语言模型，大幅提升生成速度。", true)]
    [InlineData("摘要：英伟达推出扩散语言模型。", "英伟达推出扩散语言模型。", true)]
    // An update's label with its number or its time (hostile-input audit 37, H4: "30 UTC: ChatGPT is back" was printed).
    [InlineData("Update 2: Apple has now confirmed the recall.", "Apple has now confirmed the recall.", false)]
    [InlineData("Update 14:30 UTC: ChatGPT is back for most users.", "ChatGPT is back for most users.", false)]
    [InlineData("Update, 3:05 p.m. ET: The company restored service.", "The company restored service.", false)]
    public void WithoutRunInLabel_ShouldStripTheLabelAndKnowTheAuthorsSummary(string sentence, string expected, bool summary)
        => Assert.Equal((expected, summary), Summarizer.WithoutRunInLabel(sentence));

    [Fact]
    public void Summary_ShouldUseARunInTldr_AndNotOpenOnASentenceAboutAnIssueItLeftOut()
    {
        var text = "TL;DR: Rearranging the terms in the discrepancy measure yields a much better loss function for the discriminator\n" +
                   "Generative adversarial nets are widely used to learn the data sampling process, and their results depend on the loss function. " +
                   "First, we argue that the existing loss function may discourage the learning of fine details in the data. " +
                   "To address this issue, we propose a repulsive loss function that rearranges the terms of the discrepancy measure. " +
                   "Results show that the repulsive loss significantly improves over the existing loss at no additional computational cost.";
        var summary = Summarizer.Summarize("Improving GAN training with a repulsive loss function", text, null, "", 3, "en").Text;
        Assert.StartsWith("Rearranging the terms in the discrepancy measure yields", summary, StringComparison.Ordinal);
        Assert.False(summary.StartsWith("To address", StringComparison.Ordinal));
        Assert.True(Summarizer.LeansOnThePrevious("To address this issue, we propose a repulsive loss function."));
        Assert.True(Summarizer.LeansOnThePrevious("While debugging this issue, we focused primarily on the SinktoS3 pipeline."));
        Assert.True(Summarizer.LeansOnThePrevious("As I said earlier, nearly all of the language's design decisions were about software engineering."));
        Assert.False(Summarizer.LeansOnThePrevious("In this issue, we look at three new compilers and a debugger."));
        Assert.False(Summarizer.LeansOnThePrevious("Welcome to this issue of the newsletter, which covers three releases."));
    }

    [Theory]
    [InlineData("This is the third article in our series on Hackability; also see the first and second article.", true)]
    [InlineData("This is part two of a series on compilers.", true)]
    [InlineData("This is the first release of the new series of chips.", false)]
    public void IsGreeting_ShouldKnowAPostsPlaceInASeries(string sentence, bool housekeeping)
        => Assert.Equal(housekeeping, Summarizer.IsGreeting(sentence));

    [Theory]
    // A poster's postscript and sign-off (thirty-fourth held-out review, F4); the same words telling the story stay.
    [InlineData("P.S. some people might've been misinterpreting my title, I'm not saying FFT is dead.", true)]
    [InlineData("PS: the weights are on the Hub.", true)]
    [InlineData("I'm pretty curious to see what the community thinks about it!", true)]
    [InlineData("Maybe someone finds this useful.", true)]
    [InlineData("Let me know what you think in the comments.", true)]
    [InlineData("Any thoughts?", true)]
    [InlineData("Hope this helps!", true)]
    [InlineData("PSA: the 6.9 kernel breaks suspend on some laptops.", false)]
    [InlineData("PS5 sales passed 60 million units.", false)]
    [InlineData("Researchers are curious whether the effect holds at scale.", false)]
    [InlineData("Hopefully the patch lands in 6.10, the maintainer said.", false)]
    [InlineData("Feedback from users shaped the new API.", false)]
    [InlineData("I'm interested to hear about interesting roles for a seasoned engineering leader!", false)]
    [InlineData("I'd love to hear the reason why.", false)]
    [InlineData("We'd love to hear your feedback on the new scheduler.", true)]
    public void IsSignOff_ShouldKnowAPostersPostscriptAndSignOff(string sentence, bool signOff)
    {
        Assert.Equal(signOff, Summarizer.IsSignOff(sentence));
        // Never a summary's sentence (a short one is refused as a fragment first); the story's own words may be.
        if (signOff) Assert.NotNull(SummaryChecker.CheckSentence(sentence));
        else Assert.NotEqual("sign_off", SummaryChecker.CheckSentence(sentence)?.Rule);
    }

    [Theory]
    // Thirty-fifth held-out review, F8: teasers the feed cut, printed with their cut.
    [InlineData("The NVIDIA Blackwell architecture powered the fastest time to train across every MLPerf Training v5.1 benchmark, marking a clean sweep in the latest round of...",
        "The NVIDIA Blackwell architecture powered the fastest time to train across every MLPerf Training v5.1 benchmark.")]
    [InlineData("Training massive mixture-of-experts (MoE) models has long been the domain of a few advanced users with deep infrastructure and distributed-systems expertise....",
        "Training massive mixture-of-experts (MoE) models has long been the domain of a few advanced users with deep infrastructure and distributed-systems expertise.")]
    [InlineData("Molecular dynamics (MD) simulations are a powerful tool in computational chemistry and materials science, and they’re essential for studying chemical...",
        "Molecular dynamics (MD) simulations are a powerful tool in computational chemistry and materials science.")]
    // Too little before the last comma, a cut inside brackets, or no cut at all: nothing to mend.
    [InlineData("Short opening, then the cut comes in the middle of...", null)]
    [InlineData("The release adds three vector stores to the default build (Qdrant, Weaviate, Milvus, and a new in-memory...", null)]
    [InlineData("The release adds three vector stores to the default build.", null)]
    // A contrast carries the point: "was famously a flop in Japan, but a hit abroad" is not cut to its first half.
    [InlineData("Released in 1985, Juzo Itami's film was famously a flop in Japan, but a hit abroad, especially in the United States, where it became the ...", null)]
    // Whole sentences before the cut one stand, in any language.
    [InlineData("Welche Rolle spielen die Großeltern beim Spracherwerb ihrer Enkel? Können sie, wenn das Kind mit mehreren Sprachen groß wird, die Attraktivität der schwächeren Sprache, die nicht in der Umgebung…",
        "Welche Rolle spielen die Großeltern beim Spracherwerb ihrer Enkel?")]
    public void WholeClauseOfCut_ShouldEndACutTeaserAtItsLastWholeClause(string preview, string? expected)
        => Assert.Equal(expected, Summarizer.WholeClauseOfCut(preview));

    [Fact]
    public void Summary_OfAPostWhoseSubstanceIsAList_ShouldNotBeItsSignOff()
    {
        // Thirty-fourth held-out review, F4: the whole summary was the poster's closing line.
        var text = "ServiceNow just released a new 15B reasoning model on the Hub which is pretty interesting for a few reasons:\n" +
                   "- Similar perf as DeepSeek-R1 and Gemini Flash, but fits on a single GPU\n- No RL was used to train the model, just high-quality mid-training\n" +
                   "I'm pretty curious to see what the community thinks about it!";
        var summary = Summarizer.Summarize("DeepSeek-R1 performance with 15B parameters", text, null, "", 3, "en").Text;
        Assert.DoesNotContain("curious", summary, StringComparison.Ordinal);
    }
}
