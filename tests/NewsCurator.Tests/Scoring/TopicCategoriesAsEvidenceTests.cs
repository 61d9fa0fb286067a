using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The feed's own categories for an item count as one mention of a topic's words (held-out review 87, F5): a practitioner's
/// 150-word excerpt says "LLM" once where its categories say "llm", and the AI topic was missing from it. One mention, not the
/// title's weight: a category with no word of the text beside it names nothing, and a story that names an AI product once and
/// is filed under no AI category still gets no AI topic (hostile-input audit 39, H12).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicCategoriesAsEvidenceTests
{
    private const string AiTopic = "AI & Machine Learning";

    /// <summary>The encoder's cosines for the given affinities (above each topic's usual).</summary>
    private static Dictionary<string, double> Cosines(params (string Topic, double Affinity)[] affinities)
        => affinities.ToDictionary(a => a.Topic, a => a.Affinity + TopicTaxonomy.BackgroundMeans.GetValueOrDefault(a.Topic), StringComparer.Ordinal);

    private static IReadOnlyList<string> Topics(string title, string text, IReadOnlyList<string> categories, params (string Topic, double Affinity)[] affinities)
    {
        var article = new Article { Id = "x", FeedUrl = "f", Title = title, Text = text, Categories = categories };
        return EnhanceStage.Enhance(article, new ArticleScore { Id = "x", Topics = Cosines(affinities) }, 1, new EnhanceConfig()).Topics;
    }

    private const string HandOffTitle = "How our orchestrator hands a task from one worker to the next";
    private const string HandOffText =
        "Each worker in the orchestrator owns one part of the job and answers only the messages addressed to it. In terms of code a worker is a class " +
        "with a handler per message type; one of them wraps a call to an LLM and may use tools the others expose. Programming the hand-off as message " +
        "passing, much like the actor model, keeps each worker small, and the orchestrator retries a step when a worker strays from its instructions.";

    [Theory]
    [InlineData("llm")]
    [InlineData("Machine-Learning")]
    [InlineData("reinforcement_learning")]
    public void AShortExcerptSayingItsAiWordOnce_CarriesTheAiTopic_WhenTheFeedFiledItSo(string category)
    {
        var topics = Topics(HandOffTitle, HandOffText, ["orchestration", category],
            ("Software Engineering", 0.10), (AiTopic, 0.06), ("Data & Databases", 0.05), ("Security & Privacy", 0.02));
        Assert.Contains(AiTopic, topics);
    }

    [Fact]
    public void TheSameExcerptFiledUnderNoAiCategory_StillHasNoAiTopic()
    {
        var topics = Topics(HandOffTitle, HandOffText, ["orchestration", "patterns"],
            ("Software Engineering", 0.10), (AiTopic, 0.06), ("Data & Databases", 0.05));
        Assert.DoesNotContain(AiTopic, topics);
    }

    [Fact]
    public void AnAiCategoryOnAPostWhoseTextNeverSaysAi_NamesNoAiTopic()
    {
        // A feed that stamps its AI section on every post: the text must say it too.
        const string title = "Vacuuming a 2 TB Postgres table without downtime";
        const string text = "Our largest table had grown to 2 TB with 40% dead tuples. We ran pg_repack in batches overnight, watched replication lag and " +
                            "kept autovacuum off for that table until the repack finished; queries got 30% faster and the database shrank by 800 GB.";
        var topics = Topics(title, text, ["AI", "machine-learning"], ("Data & Databases", 0.12), (AiTopic, 0.05), ("Cloud & Infrastructure", 0.03));
        Assert.DoesNotContain(AiTopic, topics);
        Assert.Equal("Data & Databases", topics[0]);
    }

    [Fact]
    public void ACategoryOfASubjectTheTextNeverNames_IsNoLaterTopic()
    {
        const string title = "Vacuuming a 2 TB Postgres table without downtime";
        const string text = "Our largest table had grown to 2 TB with 40% dead tuples. We ran pg_repack in batches overnight and the database shrank by 800 GB.";
        Assert.False(TopicEvidence.Named(title, text, ["Security", "hacker-news"])("Security & Privacy"));
        Assert.DoesNotContain("Security & Privacy", Topics(title, text, ["Security"], ("Data & Databases", 0.12), ("Security & Privacy", 0.05)));
    }

    [Fact]
    public void AnOutageStoryNamingChatGptOnce_FiledUnderOutages_GetsNoAiTopic()
    {
        const string title = "Network provider outage takes down thousands of websites";
        const string text = "The provider confirmed the outage was caused by a configuration file that grew beyond a hard limit in its proxy system. " +
                            "Thousands of websites including X and ChatGPT returned errors for about three hours on Tuesday while it restored its proxies.";
        var topics = Topics(title, text, ["Outages", "Infrastructure"], ("Cloud & Infrastructure", 0.09), (AiTopic, 0.015), ("Web Development", 0.012));
        Assert.DoesNotContain(AiTopic, topics);
    }
}
