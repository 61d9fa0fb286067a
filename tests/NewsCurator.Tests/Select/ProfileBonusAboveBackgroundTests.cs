using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 85, F2: the profile's rank points are paid for each interest's cosine above its background (the
/// cosine it has with text not about it, measured by the scorer), and the reason names the interest that gave them.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ProfileBonusAboveBackgroundTests
{
    private const string Story = "The company said on Monday it would move a large share of its phone assembly to new plants abroad. " +
                                 "Analysts expect the shift to take two years and to cost several billion dollars.";

    private static readonly ProfileConfig TechProfile = new()
    {
        RankWeight = 3,
        Interests = [new ProfileInterest("AI & Machine Learning", 1.0, ["machine learning"]), new ProfileInterest("Tech Industry", 0.3, ["technology companies and business"])],
    };

    private static readonly Dictionary<string, double> TechBackground = new() { ["AI & Machine Learning"] = 0.12, ["Tech Industry"] = 0.10 };

    private static ArticleScore Scored(string id, double ai, double industry, IReadOnlyDictionary<string, double>? background = null)
        => new()
        {
            Id = id, TechRelevanceScore = 5, QualityScore = 5,
            Profile = new Dictionary<string, double> { ["AI & Machine Learning"] = ai, ["Tech Industry"] = industry },
            ProfileBackground = background ?? TechBackground,
        };

    [Fact]
    public void ProfileContribution_ALightInterestsRealMatch_ShouldBeatTheHeavyInterestsBackground()
    {
        // A supplier's manufacturing story: 0.14 to AI (its background), 0.31 to Tech Industry.
        var (interest, similarity, points) = Selector.ProfileContribution(Scored("supplier", 0.14, 0.31), TechProfile);

        Assert.Equal("Tech Industry", interest);
        Assert.Equal(0.31, similarity);
        Assert.Equal(3 * 0.3 * (0.31 - 0.10), points, 3);
    }

    [Fact]
    public void ProfileContribution_AStoryAtEveryInterestsBackground_ShouldEarnNothingAndNameNoInterest()
    {
        // An election story: near AI's background, under Tech Industry's.
        Assert.Equal((null, 0, 0), Selector.ProfileContribution(Scored("election", 0.12, 0.07), TechProfile));
    }

    [Fact]
    public void ProfileContribution_AStrongMatch_ShouldKeepMostOfItsPoints()
    {
        // What must not change: a story squarely on the heaviest interest is credited to it, above any background-level story.
        var (interest, _, points) = Selector.ProfileContribution(Scored("model", 0.55, 0.2), TechProfile);

        Assert.Equal("AI & Machine Learning", interest);
        Assert.Equal(3 * (0.55 - 0.12), points, 3);
    }

    [Fact]
    public void ProfileContribution_AScoreLineWithoutBackground_ShouldPayTheRawCosineAsBefore()
    {
        var score = Scored("old", 0.4, 0.2) with { ProfileBackground = null };

        Assert.Equal(("AI & Machine Learning", 0.4, 1.2), Selector.ProfileContribution(score, TechProfile));
    }

    [Fact]
    public void ProfileContribution_AnotherDeploymentsProfile_ShouldUseItsOwnInterestsBackgrounds()
    {
        var climate = new ProfileConfig
        {
            RankWeight = 3,
            Interests = [new ProfileInterest("Climate & Energy", 1.0, ["climate change and renewable energy"]), new ProfileInterest("Public Policy", 0.5, ["government policy and law"])],
        };
        var background = new Dictionary<string, double> { ["Climate & Energy"] = 0.15, ["Public Policy"] = 0.09 };
        var score = new ArticleScore { Id = "bill", Profile = new Dictionary<string, double> { ["Climate & Energy"] = 0.17, ["Public Policy"] = 0.42 }, ProfileBackground = background };

        var (interest, _, points) = Selector.ProfileContribution(score, climate);

        Assert.Equal("Public Policy", interest);
        Assert.Equal(3 * 0.5 * (0.42 - 0.09), points, 3);
    }

    [Fact]
    public void Choose_ABackgroundLevelStory_ShouldNotOutrankARealMatch_AndTheReasonNamesTheInterestThatCounted()
    {
        var articles = new Dictionary<string, Article>
        {
            ["election"] = new() { Id = "election", FeedUrl = "https://news.example.org/feed", Title = "Polls open in a close state election", Text = "Voters queued from early morning at schools and halls. " + Story },
            ["supplier"] = new() { Id = "supplier", FeedUrl = "https://business.example.net/feed", Title = "Phone maker's supplier moves assembly abroad", Text = Story },
        };
        List<ArticleScore> scores = [Scored("election", 0.15, 0.06), Scored("supplier", 0.14, 0.31)];

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Profile = TechProfile });

        Assert.Equal(["supplier", "election"], selected.Select(s => s.Id));
        var reason = decisions.Single(d => d.ArticleId == "supplier").Reason;
        Assert.Contains("profile 'Tech Industry' (cosine 0.31 over background 0.10) +0.19", reason);
        Assert.DoesNotContain("AI & Machine Learning", reason);
    }
}
