using NewsCurator.Enhance;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Held-out review 65, F5: a model release led by "AI Research" lost "AI &amp; Machine Learning" to "Software Engineering" for a
/// lower affinity, so a reader filtering on the umbrella missed a Gemini launch. A sub-topic's lead brings its witnessed parent
/// second (<see cref="TopicTaxonomy.Parents"/>); a parent the article does not witness stays out. Affinities are the review's own.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicParentTests
{
    private const string Title = "Gemini 3.5 Flash: more expensive, but Google plan to use it for everything";

    private const string Text = "Today at Google I/O, Google released Gemini 3.5 Flash. For developers in our agent-first development platform Google "
                                + "Antigravity and Gemini API in Google AI Studio and Android Studio. Artificial Analysis publish the cost to run their proprietary "
                                + "benchmark against models. Running the benchmark for 3.5 Flash (high) cost significantly more than 3.1 Pro Preview! The developers "
                                + "who write code against the API will notice.";

    private static readonly (string Topic, double Affinity)[] Ranked =
    [
        ("Products & Releases", 0.245), ("Programming Languages", 0.157), ("AI Research", 0.116), ("Mobile & Apps", 0.106), ("Operating Systems", 0.101),
        ("Developer Tools", 0.091), ("Software Engineering", 0.089), ("Web Development", 0.071), ("AI & Machine Learning", 0.048),
    ];

    private static List<string> Topics(string text, string contentType, params (string Topic, double Affinity)[] ranked)
    {
        var (allows, named) = TopicEvidence.Of(Title, text);
        return TopicTaxonomy.Choose(ranked.Where(t => allows(t.Topic) && TopicTaxonomy.Fits(t.Topic, contentType)).ToList(), 3, 5, 0.06, named, TopicTagger.NamedLeadMargin);
    }

    [Fact]
    public void AModelReleaseLedByAiResearch_CarriesAiAndMachineLearning()
    {
        var topics = Topics(Text, NewsCurator.Model.ContentTypes.Release, Ranked);
        Assert.Equal(["AI Research", "AI & Machine Learning", "Products & Releases"], topics.Take(3));
    }

    [Fact]
    public void AParentWithoutWitnesses_StaysOut()
    {
        // Counter-example: closer than usual to AI & Machine Learning by nothing (a negative affinity), the research lead keeps
        // its neighbours by affinity.
        var ranked = Ranked.Select(t => t.Topic == "AI & Machine Learning" ? (t.Topic, -0.02) : t).ToArray();
        var topics = Topics(Text, NewsCurator.Model.ContentTypes.Release, ranked);
        Assert.Equal("AI Research", topics[0]);
        Assert.DoesNotContain("AI & Machine Learning", topics);
    }

    [Fact]
    public void AnUmbrellaLead_PullsInNoSubTopic()
    {
        // Counter-example: the rule runs from a sub-topic to its parent only; an "AI & Machine Learning" lead keeps its neighbours
        // by affinity, "AI Research" after a closer Software Engineering.
        var topics = Topics(Text, NewsCurator.Model.ContentTypes.News,
            ("AI & Machine Learning", 0.20), ("Software Engineering", 0.10), ("AI Research", 0.05));
        Assert.Equal(["AI & Machine Learning", "Software Engineering", "AI Research"], topics);
    }
}
