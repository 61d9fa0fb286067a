using System.Globalization;
using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// The words most of one feed's titles repeat are its title template, no evidence that two of its items tell one story
/// (held-out review 66, F3: a lab's "GPT-5.5 Instant System Card" was dropped as the story of "GPT-Rosalind-5.5 System
/// Card", a month apart, on "System Card").
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedTitleTemplateTests
{
    private const string Cards = "https://deploymentsafety.openai.example/system-cards.rss";

    private const string Rosalind =
        "GPT-Rosalind-5.5 is a new model in the GPT-Rosalind series, our frontier reasoning model built to support research across biology, drug " +
        "discovery, and translational medicine. We are deploying it in research preview to trusted organizations, providing access limited to " +
        "qualified scientists, research institutes and government partners who are working on beneficial uses and who have a strong security and " +
        "governance posture. GPT-Rosalind-5.5 is incrementally trained from GPT-5.5, our flagship reasoning model. Outside the biological domain, its " +
        "capabilities are comparable to GPT-5.5 and it receives the same model-level safety training. Under our Preparedness Framework, the Preparedness " +
        "evaluations in the Biological and Chemical domain met our threshold for High capability while falling below the threshold for Critical.";

    private const string Instant =
        "GPT-5.5 Instant is our latest Instant model, and explained in our blog . The comprehensive safety mitigation approach for this model is " +
        "similar to previous models in this series, but this is the first Instant model that we are treating as High capability in our " +
        "Cybersecurity and Biological & Chemical Preparedness categories, and implementing appropriate safeguards. In this card we also refer to " +
        "GPT-5.5 Instant as gpt-5.5-instant. Note that there is not a model named GPT-5.4 Instant, and the main model to baseline against is " +
        "GPT-5.3 Instant. Additionally, we refer to GPT-5.5 as GPT-5.5 Thinking to avoid confusion with the instant model.";

    private const string Preview =
        "GPT-5.6 is a new family of three models: Sol, our new flagship model; Terra, a capable lower-cost option; and Luna, our fastest and most " +
        "cost-efficient model. The safeguards we have built for this launch -- our most robust yet -- are built to deliver these models safely and at scale, around the world.";

    private const string August =
        "Starting today, we're updating ChatGPT with a more capable model and expanding access for everyone. Free and Go users will get a new default " +
        "model for everyday chats. Plus and Pro users will get an updated GPT-5.6 Sol with a slider that lets them choose how much effort ChatGPT uses for a response.";

    private static Article Card(string id, string title, string text, string published) => new()
    {
        Id = id, FeedUrl = Cards, FeedHome = "https://deploymentsafety.openai.example", Title = title, Text = text,
        Link = $"https://deploymentsafety.openai.example/{id}", Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
    };

    /// <summary>Any more cards, then the feed's four as the held-out run scored them, best first.</summary>
    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params Article[] more)
    {
        Article[] items =
        [
            .. more,
            Card("rosalind", "GPT-Rosalind-5.5 System Card", Rosalind, "2026-06-03"),
            Card("instant", "GPT-5.5 Instant System Card", Instant, "2026-05-05"),
            Card("preview", "GPT-5.6 Preview System Card", Preview, "2026-06-26"),
            Card("august", "GPT-5.6 — August Updates", August, "2026-08-06"),
        ];
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();
        var (selected, decisions, _) = Selector.Choose(items.ToDictionary(a => a.Id), scores, new PipelineConfig());
        return (selected, decisions);
    }

    [Fact]
    public void TwoModelCardsOfOneFeed_SharingOnlyItsTitleTemplate_ShouldBeTwoStories()
    {
        var (selected, decisions) = Choose();

        Assert.Contains(selected, s => s.Id == "instant");
        Assert.DoesNotContain(decisions, d => d.Rule == "same_story");
    }

    [Fact]
    public void OneCardRetitledInTheSameFeed_ShouldStillBeOneStory()
    {
        // The words the two titles share past the template ("Instant") still make them one story.
        var (selected, decisions) = Choose(Card("again", "Update to GPT-5.5 Instant System Card", Instant + " This card was updated.", "2026-05-06"));

        Assert.DoesNotContain(selected, s => s.Id == "instant");
        Assert.Equal(("same_story", "again"), decisions.Where(d => d.ArticleId == "instant").Select(d => (d.Rule, d.DuplicateOf)).Single());
    }

    [Fact]
    public void TwoTitlesOfAFeed_ShouldNotMakeATemplate()
    {
        // Two titles sharing words are what one story told twice looks like: only three titles or more, and most of the feed's, make one.
        Article[] items = [Card("a", "GPT-5.5 Instant System Card", Instant, "2026-05-05"), Card("b", "GPT-Rosalind-5.5 System Card", Rosalind, "2026-06-03")];
        var scores = items.Select((a, i) => new ArticleScore { Id = a.Id, TechRelevanceScore = 9 - i * 0.1, QualityScore = 8 }).ToList();

        var (_, decisions, _) = Selector.Choose(items.ToDictionary(a => a.Id), scores, new PipelineConfig());

        Assert.Equal("same_story", decisions.Single(d => d.ArticleId == "b").Rule);
    }
}
