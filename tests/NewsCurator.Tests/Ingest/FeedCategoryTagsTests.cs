using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>An aggregator's category label before every headline leaves it (twenty-first held-out review, F6).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedCategoryTagsTests
{
    private static List<Article> Feed(params string[] titles)
        => [.. titles.Select((t, i) => new Article { Id = $"a{i}", FeedUrl = "f", Title = t })];

    [Fact]
    public void AMixersCategoryOnEveryTitle_ShouldLeaveTheHeadlines()
    {
        var articles = FeedCategoryTags.Strip(Feed(
            "[Policy / Think Tank] Should We Regulate AI (Before It's Too Late)?",
            "[International (Europe, LatAm, Africa, Asia)] Frequent power outages leave EV owners anxious",
            "[Online Magazines / Digital-Native] 60 cheap things that look expensive",
            "[Policy / Think Tank] [Sponsor] A word from our partners",
            "[Sponsored] Try the new cloud GPU today"));

        Assert.Equal(["Should We Regulate AI (Before It's Too Late)?", "Frequent power outages leave EV owners anxious", "60 cheap things that look expensive",
                      "[Sponsor] A word from our partners", "[Sponsored] Try the new cloud GPU today"], articles.Select(a => a.Title));
        Assert.Equal(["a0", "a1", "a2", "a3", "a4"], articles.Select(a => a.Id));
    }

    [Theory]
    // A tag on a few items is that item's own; a feed of two says nothing about the feed.
    [InlineData("[Update] The outage is over", "Kernel 6.12 released", "A new GPU driver ships", "Rust 1.90 is out")]
    [InlineData("[Video] Talk on compilers", "[PDF] The paper", "[Video] Another talk", "[Hiring] Rust developer")]
    [InlineData("[Webinar] Scaling agents in production", "[Whitepaper] The state of AI security", "[PATCH v3 2/7] mm: fix a leak in the allocator", "[Case Study] Moving a bank to Kubernetes")]
    public void TagsThatAreNoFeedsCategories_ShouldStay(params string[] titles)
        => Assert.Equal(titles, FeedCategoryTags.Strip(Feed(titles)).Select(a => a.Title));

    private static List<Article> Texts(params string[] texts)
        => [.. texts.Select((t, i) => new Article { Id = $"a{i}", FeedUrl = "f", Title = $"Story {i}", Text = t, Description = t })];

    [Fact]
    public void AMixersSourceCreditBeforeEveryText_ShouldLeaveTheTexts()
    {
        var articles = FeedCategoryTags.StripSourceLabels(Texts(
            "Hoover Institution: Artificial intelligence could become one of the most consequential drivers of growth.",
            "The Hindu: The court made the observations while quashing the order.",
            "La Nación: Antes de ingresar a la casa más famosa del país en 2024, Lisandro ganó.",
            "Mic: These finds are practical enough to justify buying them.",
            "The Independent:\nHampshire Police warned anyone wearing a face covering."));

        Assert.Equal(["Artificial intelligence could become one of the most consequential drivers of growth.", "The court made the observations while quashing the order.",
                      "Antes de ingresar a la casa más famosa del país en 2024, Lisandro ganó.", "These finds are practical enough to justify buying them.",
                      "Hampshire Police warned anyone wearing a face covering."], articles.Select(a => a.Text));
        Assert.Equal(articles.Select(a => a.Text), articles.Select(a => a.Description));
    }

    [Theory]
    // One label on every item is the feed's own (the boilerplate rule reads it); a few labelled items are their own.
    [InlineData("Update: The outage is over.", "Update: The fix shipped.", "Update: The root cause is known.")]
    [InlineData("Note: The API changed.", "A new GPU driver ships today.", "Rust 1.90 is out with a new lint.")]
    public void LabelsThatAreNoMixersCredits_ShouldStay(params string[] texts)
        => Assert.Equal(texts, FeedCategoryTags.StripSourceLabels(Texts(texts)).Select(a => a.Text));

    [Fact]
    public void AFeedOfTwo_ShouldKeepItsTags()
        => Assert.Equal(["[News] One story here", "[News] Another story"], FeedCategoryTags.Strip(Feed("[News] One story here", "[News] Another story")).Select(a => a.Title));
}
