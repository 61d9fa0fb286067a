using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Ordinary, good tech articles that this session's text rules first took for chrome, promotions, cut teasers, pointers or
/// old news (the second review of session 28, R1-R6, whose repros these are): each must pass untouched.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class OrdinaryArticlesStayTests
{
    // R1: StrayMarkup.UnendedTag cuts a whole tag written as text when an attribute after the quoted ones is unquoted,
    // boolean or a JSX expression: the atomic group stops there and the lookahead sees no '>'.
    [Theory]
    [InlineData("Add the attribute like so: <input type=\"checkbox\" checked> and the box starts ticked.")]
    [InlineData("Load it late with <script src=\"app.js\" defer></script> so parsing is not blocked.")]
    [InlineData("Next.js wants sizes: <Image src=\"/hero.png\" width={500} height={300} /> avoids layout shift.")]
    [InlineData("Older markup wrote <img src=\"logo.png\" alt=\"Logo\" width=100> without quotes.")]
    public void R1_StrayMarkup_ShouldKeepAWholeTagWithAnUnquotedOrBooleanAttribute(string text)
        => Assert.Equal(text, StrayMarkup.Without(text));

    // R2: CardChrome.Credit's last alternative "(<1-5 words> image)" takes ordinary parentheses of tech prose.
    [Theory]
    [InlineData("Start from a slim base (the official Debian image) to cut the size in half.", "Debian image")]
    [InlineData("Flash the board (a 2 GB disk image) and boot it.", "disk image")]
    [InlineData("Stability AI largely won in London (Getty Images v Stability AI) on Tuesday.", "Getty Images v Stability AI")]
    public void R2_CardChrome_ShouldKeepParenthesesThatAreNoCredit(string text, string kept)
        => Assert.Contains(kept, CardChrome.Without("Shrinking containers for faster deploys", text));

    // R3: a giveaway news story (a scam report, a store's free game) reads as a promotion: "claim your", "claim it",
    // "Steam keys" are the story's words, not an ask.
    [Theory]
    [InlineData("Fake RTX 5090 giveaway streams hijack YouTube channels",
        "Researchers at ESET found hijacked channels streaming deepfaked CEOs that tell viewers to claim your GPU by sending crypto for shipping. Google removed 40 channels.")]
    [InlineData("Epic's Hogwarts Legacy giveaway drew 10 million players in a day",
        "The store's servers struggled on Thursday as players rushed to claim it before the week's deadline, Epic said in a statement.")]
    public void R3_DealPosts_AGiveawayNewsStory_ShouldNotBeAPromotion(string title, string text)
        => Assert.Null(DealPosts.Why(new Article { Id = "g", FeedUrl = "https://news.example.com/feed", Title = title, Text = text }));

    // R4: DekFeeds.EndsWithoutItsStop takes a teaser cut mid-sentence for a finished dek whenever the cut word is not in
    // its short list ("developers", "including", "using", "like" ...).
    [Theory]
    [InlineData("Today we are announcing a major update to our agent platform, one we have worked on for a year, that finally lets developers")]
    [InlineData("The release brings a dozen changes to the scheduler, the garbage collector and the memory allocator, including")]
    [InlineData("In this post we walk through how we rebuilt the ingestion service from scratch in six weeks, and why we chose to do it using")]
    public void R4_DekFeeds_ATeaserCutMidSentence_ShouldNotBeADek(string text)
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        Assert.False(deks.IsDekOf(new Article { Id = "d", FeedUrl = "https://blog.example.com/feed", Title = "Rebuilding our ingestion service", Text = text, Language = "en" }));
    }

    // R5: the "is here" alternative of CallToAction takes a launch's or an essay's statement for a pointer.
    [Theory]
    [InlineData("The future is here.")]
    [InlineData("GPT-5 is here.")]
    [InlineData("Winter is here.")]
    [InlineData("The bug is here.")]
    public void R5_CallToAction_AStatementEndingInHere_ShouldNotBeAPointer(string sentence)
        => Assert.False(Summarizer.IsCallToAction(sentence));

    // R6: the run's present is the middle feed's newest story: a majority of dormant feeds (a blogroll OPML) pulls it
    // into their past, and a 2019 story is no longer stale beside current news (content.max_age_days is 0 by default).
    [Fact]
    public void R6_Select_DormantFeedsBeingMost_ShouldNotMoveThePresentIntoTheirPast()
    {
        var asOf = new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);
        var articles = new Dictionary<string, Article>();
        var scores = new List<ArticleScore>();
        void Add(string id, string feed, string title, DateTimeOffset published, double relevance)
        {
            articles[id] = new Article { Id = id, FeedUrl = feed, Title = title, Text = "A story about compilers and kernels, long enough to be one.", Published = published };
            scores.Add(new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 8 });
        }
        for (var i = 0; i < 3; i++) Add($"now{i}", $"https://news{i}.example.com/feed", $"Current story {i} about compilers number {i}", asOf.AddDays(-1), 8);
        for (var i = 0; i < 4; i++) Add($"old{i}", $"https://dormant{i}.example.com/feed", $"Dormant blog {i} post about kernels number {i}", new DateTimeOffset(2019, 6, 1 + i, 0, 0, 0, TimeSpan.Zero), 9);

        var (_, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig(), asOf);

        // Seven years old against a run of today's news: it should be stale.
        Assert.Contains("days before the run's present (2026-", decisions.Single(d => d.ArticleId == "old0").Reason);
    }
}
