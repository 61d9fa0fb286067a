using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// The rules scorer, as a scorer of its own, reads the words of running servers: a short OpenSSH upgrade advisory scored
/// relevance 0.0 for want of any lexicon word (held-out review 100, F6). The encoder heads' feature reads the lexicon they
/// were trained on, unchanged; a story of no tech stays low.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ServerOpsRelevanceTests
{
    private static Article Item(string title, string text) => new()
    {
        Id = Hashing.ShortHash(title), FeedUrl = "https://f.example/", Title = title, Text = text, Link = "https://e.org/" + title.Length,
    };

    private static readonly Article Advisory = Item("Restart sshd after upgrading to openssh-9.9p2",
        "After the upgrade, the running sshd daemon no longer accepts new connections until it is restarted. Run systemctl restart sshd right after upgrading.");

    [Fact]
    public void AnSshDaemonAdvisory_ShouldBeRelevantToTheRulesScorer()
        => Assert.True(new RulesScorer().ScoreOne(Advisory).TechRelevanceScore >= 4.0);

    [Fact]
    public void TheHeadsFeature_ShouldReadTheTrainedLexicon()
        => Assert.True(new RulesScorer(asTrained: true).ScoreOne(Advisory).TechRelevanceScore < 1.0);

    [Fact]
    public void AStoryOfNoTech_ShouldStayLow()
        => Assert.True(new RulesScorer().ScoreOne(Item("Home team wins the derby", "The home side scored twice in the second half and held on to win the derby.")).TechRelevanceScore < 2.0);
}
