using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

[Trait(Category.Name, Category.Unit)]
public sealed class RulesScorerTests
{
    private static Article Item(string title, string text, string? enclosure = null) => new()
    {
        Id = Hashing.ShortHash(title), FeedUrl = "https://f.example/", Title = title, Text = text, Link = "https://e.org/" + title.Length,
        EnclosureType = enclosure,
    };

    private readonly RulesScorer _scorer = new();

    [Fact]
    public void Score_WhenALexiconTermHasAHyphen_ShouldCountItInsteadOfFailing()
    {
        // "fine-tuning" tokenises to "fine tuning": the matcher once returned that form and the lookup threw.
        var score = _scorer.ScoreOne(Item("Fine-tuning small models", "We describe fine-tuning a model with open-source tools."));
        Assert.Contains(score.Reasons, r => r.Contains("fine-tuning", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ShouldRankAnAiArticleFarAboveSports()
    {
        var ai = _scorer.ScoreOne(Item("Open source LLM runs inference on one GPU", Feeds.AiBody));
        var sports = _scorer.ScoreOne(Item("Home team wins the derby", Feeds.SportsBody));

        Assert.True(ai.TechRelevanceScore >= 7, $"ai {ai.TechRelevanceScore}");
        Assert.True(sports.TechRelevanceScore < 2, $"sports {sports.TechRelevanceScore}: {string.Join("; ", sports.Reasons)}");
        Assert.Contains(ai.Reasons, r => r.Contains("llm"));
    }

    [Fact]
    public void Score_WhenNewsSaysSponsoringOnce_ShouldCountOneCueAndKeepIt()
    {
        // Read as substrings, "sponsoring" was three cues ("sponsor", "sponsored"'s stem, "sponsoring"): p 0.50, an ad.
        var news = _scorer.ScoreOne(Item("EU funds a developer hackathon", "Thanks to the EU for sponsoring this week's hackathon, more than 400 developers built tools for public services."));
        Assert.False(news.IsAdvertisement);
        Assert.Contains(news.Reasons, r => r == "ad cues: sponsor");
        // A cue is a whole word: "ideal" holds no deal.
        var ideal = _scorer.ScoreOne(Item("The ideal build setup", "An ideal setup for compiling Rust on a laptop, with timings."));
        Assert.DoesNotContain(ideal.Reasons, r => r.StartsWith("ad cues", StringComparison.Ordinal));
        Assert.Equal(0.02, ideal.AdProbability);
    }

    [Fact]
    public void Score_ANewsStoryWithAReadAloud_ShouldStayNews_ButAShowsEpisodeIsOne()
    {
        // Hostile-input audit 38, H3: the rules scorer typed any audio enclosure an episode.
        var story = string.Join(' ', Enumerable.Repeat("The European Commission fined Meta 800 million euros for tying its classified ads to Facebook, the regulator said.", 12));
        var news = Item("EU fines Meta over Marketplace tying", story, "audio/mpeg");
        Assert.NotEqual(ContentTypes.Podcast, _scorer.ScoreOne(news).ContentType);
        Assert.Equal(ContentTypes.Podcast, _scorer.ScoreOne(news with { FeedOfMedia = true }).ContentType);
        // The heads' own reading is kept as they were trained on it.
        Assert.Equal(ContentTypes.Podcast, new RulesScorer(asTrained: true).ScoreOne(news).ContentType);
    }

    [Fact]
    public void Score_ShouldFlagAdvertisementsAndTheirType()
    {
        var ad = _scorer.ScoreOne(Item("[Sponsor] Huge sale: 20% off, use promo code SAVE", "Limited time offer. Buy now and save $100 with this discount on our product."));
        Assert.True(ad.IsAdvertisement);
        Assert.InRange(ad.AdProbability, 0.5, 1.0);
        Assert.Equal(ContentTypes.Sponsored, ad.ContentType);
    }

    [Theory]
    [InlineData("How to deploy Nano Server in Azure", ContentTypes.Tutorial)]
    [InlineData("Announcing Go 1.22", ContentTypes.Release)]
    [InlineData("Episode 42: the future of compilers", ContentTypes.Podcast)]
    public void Score_ShouldClassifyTheContentType(string title, string expected)
        => Assert.Equal(expected, _scorer.ScoreOne(Item(title, Feeds.AiBody)).ContentType);

    [Fact]
    public void Score_ShouldKeepEveryNumberInItsContractRange()
    {
        var texts = new[] { "", "x", Feeds.AiBody, Feeds.SportsBody, string.Concat(Enumerable.Repeat(Feeds.AiBody, 50)) };
        var scores = _scorer.Score(texts.Select((t, i) => Item($"title {i} AI AI AI!!!", t)).ToList());
        Assert.All(scores, s =>
        {
            Assert.InRange(s.TechRelevanceScore, 0, 10);
            Assert.InRange(s.QualityScore, 0, 10);
            Assert.InRange(s.AdProbability, 0, 1);
            Assert.Contains(s.ContentType, ContentTypes.All);
        });
        Assert.True(scores[4].QualityScore > scores[1].QualityScore);
    }
}
