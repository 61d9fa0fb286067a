using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The theory of computing and quantum computing have topics of their own, named by their own nouns: a graph-theory post was
/// "Careers &amp; Culture" and a quantum paper "Science" for want of one (held-out review 102, F4). A feed's ranking
/// "algorithm" and a physics story's "quantum" name neither.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TheoryAndQuantumTopicsTests
{
    [Fact]
    public void TheTaxonomy_ShouldOfferBothTopics()
    {
        Assert.Contains(TopicTaxonomy.Topics, t => t.Name == "Algorithms & Theory");
        Assert.Contains(TopicTaxonomy.Topics, t => t.Name == "Quantum Computing");
    }

    [Fact]
    public void AGraphTheoryPost_ShouldNameAlgorithmsAndTheory()
        => Assert.True(TopicEvidence.Named("Twin-width of planar graphs is bounded",
            "We prove a lower bound on the twin-width of planar graphs, and give a polynomial-time algorithm that finds the decomposition.")("Algorithms & Theory"));

    [Fact]
    public void ADistributedProtocolsTheoryPost_ShouldNameAlgorithmsAndTheory()
        => Assert.True(TopicEvidence.Named("Three-round BFT with linear messages",
            "We give a BFT protocol for n=3f+1 parties whose communication complexity is linear, and show its round complexity is optimal.")("Algorithms & Theory"));

    [Fact]
    public void AQuantumPaper_ShouldNameQuantumComputing()
        => Assert.True(TopicEvidence.Named("Fewer logical qubits for factoring",
            "The construction lowers the number of logical qubits that quantum error correction needs for Shor's algorithm.")("Quantum Computing"));

    [Fact]
    public void AFeedsRankingAlgorithm_OrAPhysicsStory_ShouldNameNeither()
    {
        var feed = TopicEvidence.Named("The app changes its ranking algorithm again", "Posts from friends now rank above those of brands, the company said.");
        Assert.False(feed("Algorithms & Theory"));
        var physics = TopicEvidence.Named("A quantum material conducts without loss at higher temperatures", "Physicists measured the quantum effect in a layered crystal.");
        Assert.False(physics("Quantum Computing"));
    }
}
