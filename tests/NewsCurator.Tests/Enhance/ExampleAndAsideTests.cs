using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Eleventh held-out review: an example printed without the claim it illustrates (F4), a paper's "Published in VENUE,
/// this paper proposes ..." lead refused as a byline (F5), and a digest's "— why it matters" aside glued to the
/// sentence before it (F6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ExampleAndAsideTests
{
    private static string Summary(string title, string text) => Summarizer.Summarize(title, text, null, Words.Truncate(text, 200), 3, "en").Text;

    [Fact]
    public void AnExample_ShouldNotStandWithoutTheClaimItIllustrates()
    {
        const string text = "At Rakuten, we generally use Kubernetes to run our services across many clusters in three regions. "
                            + "Kubernetes enables us to operate robust systems at scale with a small platform team. "
                            + "However, Kubernetes is not perfect and in edge cases it may behave in unexpected ways during deployments. "
                            + "For example, during rolling deployments we expect no request failures from any of our services. "
                            + "When we ran functional tests during a deployment we noticed that some requests were failing with connection resets. "
                            + "The cause was the order in which endpoints are removed from the load balancer and pods receive their termination signal. "
                            + "We fixed it with a pre-stop hook that waits until the endpoint is gone before the server shuts down.";
        var summary = Summary("Zero-Downtime Rolling Deployments in Kubernetes", text);
        Assert.DoesNotContain("For example", summary, StringComparison.Ordinal);
        Assert.True(Summarizer.LeansOnThePrevious("As an example, using Go commands such as go get can be slow."));
        Assert.True(Summarizer.LeansOnThePrevious("For instance, the proxy caches every module."));
        Assert.False(Summarizer.LeansOnThePrevious("Example projects show how to wire the proxy into CI."));
    }

    [Theory]
    [InlineData("Published in the ACM CHI 2025 proceedings, this paper proposes a structured framework for determining which design tasks benefit from AI assistance.", true)]
    [InlineData("Published in Nature, the study tracks forty glaciers over two decades.", true)]
    [InlineData("Published in Engineering on 3 May 2024.", false)]
    [InlineData("Posted by Jane Doe in Announcements.", false)]
    public void APublishedInLead_ShouldBeProse_AndABylineStillBoilerplate(string sentence, bool prose)
        => Assert.Equal(prose, SummaryChecker.CheckSentence(sentence) is null);

    [Fact]
    public void ADashAfterAFullStop_ShouldOpenASentenceOfItsOwn()
    {
        Assert.Equal(
            ["Galileo AI generates high-fidelity UI designs from text prompts, and was acquired by Google in early 2026.", "— Dramatically accelerates the ideation-to-mockup phase."],
            SentenceSplitter.Split("Galileo AI generates high-fidelity UI designs from text prompts, and was acquired by Google in early 2026. — Dramatically accelerates the ideation-to-mockup phase."));
        // A dash inside a sentence, or one before a lower-case word, does not split it.
        Assert.Single(SentenceSplitter.Split("The release is out — and it is fast. "));
        Assert.Equal(2, SentenceSplitter.Split("It shipped in May. — so we waited. Then it broke.").Count);
    }

    [Fact]
    public void ADigestsSalesAside_ShouldNotReachTheSummary()
    {
        const string text = "Published in the ACM CHI 2025 proceedings, this paper proposes a structured framework for determining which design tasks benefit from AI assistance. "
                            + "The researchers conducted controlled experiments comparing AI-augmented and traditional design processes across 12 design challenges. "
                            + "— Offers a practical decision framework for knowing when to leverage AI tools and when human judgment is irreplaceable.";
        var summary = Summary("AI-Augmented Design: A Framework for Human-AI Collaboration in UX", text);
        Assert.StartsWith("Published in the ACM CHI 2025 proceedings, this paper proposes", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Offers a practical", summary, StringComparison.Ordinal);
    }
}
