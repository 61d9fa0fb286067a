using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

[Trait(Category.Name, Category.Unit)]
public sealed class EnhanceTests
{
    private static readonly string LongText = string.Join(" ", Enumerable.Repeat(Feeds.AiBody, 6));

    [Fact]
    public void Summary_ShouldBeTheConfiguredNumberOfTheAuthorsOwnSentences()
    {
        var summary = Summarizer.Summarize("Open source LLM", Feeds.AiBody, 2);
        var sentences = Summarizer.Sentences(summary);
        Assert.Equal(2, sentences.Count);
        Assert.All(sentences, s => Assert.Contains(s, Feeds.AiBody));
    }

    [Fact]
    public void Summary_ShouldSkipFragmentsAnInlineBreakCut()
    {
        var text = "and then the rest of a sentence that lost its start somewhere.\nThe compiler is now twice as fast on large projects. Builds use less memory too.";
        Assert.StartsWith("The compiler", Summarizer.Summarize("Compiler", text, 3));
    }

    [Fact]
    public void Preview_ShouldStopAtAWordBoundaryWithinTheLimit()
    {
        var article = new Article { Id = "x", FeedUrl = "f", Title = "LLM", Text = LongText };
        var enhanced = EnhanceStage.Enhance(article, new ArticleScore { Id = "x" }, 1, new EnhanceConfig());
        Assert.InRange(enhanced.Preview.Length, 150, 200);
        Assert.EndsWith("…", enhanced.Preview);
        var beforeEllipsis = enhanced.Preview[..^1];
        Assert.StartsWith(beforeEllipsis, LongText);
        Assert.True(LongText[beforeEllipsis.Length] is ' ' or '.' or ',', "cut inside a word");
    }

    [Fact]
    public void ReadingTime_And_Topics_ShouldFollowTheTextAndTheConfig()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 1000));
        var article = new Article { Id = "x", FeedUrl = "f", Title = "Kubernetes security for machine learning on the cloud", Text = Feeds.AiBody + " " + text };
        var enhanced = EnhanceStage.Enhance(article, new ArticleScore { Id = "x" }, 1, new EnhanceConfig { MaxTopics = 4, WordsPerMinute = 200 });
        Assert.Equal(6, enhanced.ReadingTimeMinutes); // ~1060 words at 200 wpm
        Assert.InRange(enhanced.Topics.Count, 3, 4);
        Assert.Contains("AI & Machine Learning", enhanced.Topics);
        Assert.Contains("Cloud & Infrastructure", enhanced.Topics);
    }

    [Fact]
    public void Topics_WhenFewTaxonomyTopicsApply_ShouldAddTheArticlesOwnTerms()
    {
        var topics = TopicTagger.Tag("Sourdough starter tips", "Sourdough bread needs a starter. Feed the starter flour and water daily. Sourdough rises slowly.", ["Baking"], 5);
        Assert.InRange(topics.Count, 3, 5);
        Assert.Contains("Baking", topics);
        Assert.Contains("Sourdough", topics);
    }
}
