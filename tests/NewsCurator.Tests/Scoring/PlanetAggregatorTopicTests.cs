using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A planet aggregator ("Planet &lt;Name&gt;", a "planet." host) is a feed of feeds, no astronomy: "Planet Arch Linux
/// migration" was tagged Science (held-out review 100, F7). A story about planets still names Science.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlanetAggregatorTopicTests
{
    [Fact]
    public void APlanetAggregatorsMigration_ShouldNameNoScience()
        => Assert.False(TopicEvidence.Named("Planet Hearth OS migration",
            "Planet Hearth OS, the aggregator of our developers' blogs, moves to planet.hearthos.org this week; update your feed reader.")("Science"));

    [Theory]
    [InlineData("Astronomers find a planet in its star's habitable zone", "The planet orbits a red dwarf, and the telescope measured its mass.")]
    [InlineData("Planet Nine: new orbit estimates", "Astronomers say the hidden planet would orbit far beyond Neptune, and a survey telescope may find it.")]
    public void AStoryOfPlanets_ShouldStillNameScience(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Science"));
}
