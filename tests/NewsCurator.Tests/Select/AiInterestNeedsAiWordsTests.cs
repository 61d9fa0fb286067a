using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Held-out review 110, F8: the profile's AI interest paid +0.59 of rank to a tip on the HTML lang attribute ("the language of
/// an element ... a language subtag") by cosine alone. An interest in AI pays only a story that names AI, as the AI topics
/// need; another interest of the profile still pays it, and a story about AI keeps the AI bonus.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AiInterestNeedsAiWordsTests
{
    private static readonly ProfileConfig Profile = new()
    {
        RankWeight = 3,
        Interests =
        [
            new ProfileInterest("AI & Machine Learning", 1.0, ["artificial intelligence and machine learning", "large language models"]),
            new ProfileInterest("Software Engineering", 0.7, ["software engineering practices", "developer tools"]),
        ],
    };

    private static ArticleScore Scored(double ai, double software) => new()
    {
        Id = "a", TechRelevanceScore = 5, QualityScore = 5,
        Profile = new Dictionary<string, double> { ["AI & Machine Learning"] = ai, ["Software Engineering"] = software },
        ProfileBackground = new Dictionary<string, double> { ["AI & Machine Learning"] = 0.07, ["Software Engineering"] = 0.05 },
    };

    private static Article Story(string title, string text) => new() { Id = "a", FeedUrl = "https://example.org/feed", Title = title, Text = text };

    [Fact]
    public void AnHtmlLanguageAttribute_EarnsNoAiBonus_ButItsOtherInterest()
    {
        var story = Story("Tip: set the dir and lang attributes", "The lang attribute tells assistive technology the language of an element and its "
                                                                   + "children, written as a language subtag of two or three letters that screen readers use.");
        var (interest, _, points) = Selector.ProfileContribution(Scored(0.27, 0.12), Profile, story);
        Assert.Equal("Software Engineering", interest);
        Assert.Equal(Math.Round(3 * 0.7 * (0.12 - 0.05), 3), points);
    }

    [Fact]
    public void AStoryAboutLanguageModels_KeepsTheAiBonus()
    {
        var story = Story("Smaller language models for screen readers", "A team fine-tuned a small language model to describe images for screen readers.");
        var (interest, _, points) = Selector.ProfileContribution(Scored(0.27, 0.12), Profile, story);
        Assert.Equal("AI & Machine Learning", interest);
        Assert.Equal(Math.Round(3 * (0.27 - 0.07), 3), points);
    }

    [Fact]
    public void AnInterestNamingAiInOnePhraseOfSeveral_IsAnotherSubjects()
    {
        Assert.True(NewsCurator.Scoring.Encoder.TopicEvidence.IsAiInterest("Research", ["large language models", "AI research paper"]));
        Assert.False(NewsCurator.Scoring.Encoder.TopicEvidence.IsAiInterest("Infrastructure", ["cloud infrastructure", "databases", "AI accelerators"]));
    }
}
