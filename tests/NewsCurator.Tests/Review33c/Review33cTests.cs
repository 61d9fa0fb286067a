using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review33c;

/// <summary>Review of session 33's last change (d258ba5..HEAD): a homeless file's home (Publishers.HomeOfLinks, Owner).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33cSelectTests
{
    // ---- R1: Owner() is the first dot-label of a publisher key, so tenants of one shared host (dev.to/alice, dev.to/bob,
    //      youtube.com/channel/A and /B) are one "owner", and an aggregator file of them is read as one blog ----

    [Fact]
    public void Choose_AFileOfTwoDevToAuthorsAndOneOtherSite_IsStillAnAggregator()
        // Alice's, Bob's and freeCodeCamp's stories count apart, as they do with three unrelated sites.
        => Assert.Equal(["a1", "a2", "b1", "f1"], Review33b.Review33bSelectTests.ChosenFromAFile("file:///srv/feeds/devto-picks.xml",
            ("a1", "https://dev.to/alice/a"), ("a2", "https://dev.to/alice/b"), ("a3", "https://dev.to/alice/e"),
            ("b1", "https://dev.to/bob/c"), ("f1", "https://www.freecodecamp.org/news/d")));
}

/// <summary>Review of session 33's last change: the sponsor_thanks rule (ContentRules.CheckAds).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33cAdsTests
{
    // ---- R2: SponsorThanks reads the sponsor's name as [^.!?\n]{1,80}? and needs "this|last|..." right after
    //      "sponsoring": "Jam.dev", "Acme Inc." or "sponsoring DF this week" slip through, and the removed bare
    //      "for sponsoring" pattern no longer catches them either ----

    [Theory]
    [InlineData("Jam.dev", "My thanks to Jam.dev for sponsoring last week at DF. Jam is the fastest way to capture a bug report with console logs, network requests and a screen recording in one click.")]
    [InlineData("Kolide", "My thanks to Kolide for sponsoring Daring Fireball this week. Kolide makes sure that only secure devices can log into your cloud apps.")]
    public void CheckAds_APostThankingItsSponsor_IsSponsorThanks(string title, string text)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);
        var article = new Article { Id = "a", FeedUrl = "https://daringfireball.net/feeds/main", Title = title, Text = text, Link = "https://jam.example/df", Language = "en" };
        Assert.Equal("sponsor_thanks", rules.CheckAds(article)?.Rule);
    }
}

/// <summary>Review of session 33's last change: summary sentences (EditorialNote, Contrast, MarkdownMarks).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33cSummaryTests
{
    // ---- R3: the new dated-note branch takes any opening "Update(s|d)"/"Correction" with a digit and a colon
    //      within ~70 characters: a release's list of changes is read as the post's record and never summarised ----

    [Theory]
    [InlineData("Updates in iOS 18.2 include: Genmoji, Image Playground and ChatGPT integration in Siri.")]
    [InlineData("Updated Copilot features in Windows 11 24H2: a new Recall timeline and click-to-do actions.")]
    public void IsEditorialNote_AReleasesOwnListOfUpdates_IsNoEditorialNote(string sentence)
        => Assert.False(Summarizer.IsEditorialNote(sentence));

    // ---- R4: Contrast lost "suspend", "paused", "failed", "dismissed", "lost", "halting", "struck/strike down":
    //      a trailing clause whose event undoes the claim is cut off again, and the claim printed as fact ----

    [Theory]
    [InlineData("Apple began selling the Vision Pro headset in China on Friday at a starting price of 29,999 yuan, with in-store demos at its flagship stores in Beijing and Shanghai and a version of visionOS localised for Chinese users, amid a regulatory review that suspended sales of the headset within days of its launch.")]
    [InlineData("The Federal Trade Commission sued Amazon on Tuesday, accusing the company of using its dominance in online retail to squeeze sellers and inflate prices for hundreds of millions of shoppers in the United States, citing internal documents in a case that a federal judge dismissed in its entirety last week.")]
    public void BeforeTrailingClause_ShouldNotDropAClauseThatUndoesTheClaim(string sentence)
        => Assert.Null(Summarizer.BeforeTrailingClause(sentence));

    // ---- R5: MarkdownMarks refuses any "[^" + word char: a sentence about a regex's negated class is no Markdown ----

    [Theory]
    [InlineData("The new engine compiles negated classes such as [^a-z] and [^\\s] into a single lookup table, making them up to four times faster.")]
    public void CheckSentence_ARegexNegatedClass_IsNoMarkdown(string sentence)
        => Assert.NotEqual("markdown", SummaryChecker.CheckSentence(sentence)?.Rule);
}

/// <summary>Review of session 33's last change: a podcast guess with no media (ContentTypeCues.Apply).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33cContentTypeTests
{
    // ---- R6: MediaWord knows no "conversation", "interview", "guest", "host", "chapters" or a "#412" episode number:
    //      an interview show's episode page without an enclosure is demoted from Podcast to Other ----

    [Theory]
    [InlineData("#412 – Sam Altman: OpenAI, GPT-5, Sora, Board Saga and the Road to AGI", "Sam Altman is the CEO of OpenAI. In this conversation we talk about the board saga, Sora, GPT-5, compute and the road to AGI. Chapters: 0:00 Introduction, 1:05 The board saga, 18:31 Ilya Sutskever, 24:40 Elon Musk lawsuit.")]
    [InlineData("Interview: Mitchell Hashimoto on Ghostty, Zig and life after HashiCorp", "Our guest this week is Mitchell Hashimoto, co-founder of HashiCorp and author of the Ghostty terminal. The hosts ask him about writing a terminal in Zig, GPU rendering and why he open-sourced it.")]
    public void Apply_AnInterviewEpisodeWithoutAnEnclosure_StaysAPodcast(string title, string text)
    {
        var article = new Article { Id = "a", FeedUrl = "https://show.example.fm/feed", Title = title, Text = text, Link = "https://show.example.fm/episodes/412", Language = "en" };
        var score = new ArticleScore { Id = "a", TechRelevanceScore = 8, QualityScore = 8, ContentType = ContentTypes.Podcast };
        Assert.Equal(ContentTypes.Podcast, NewsCurator.Scoring.ContentTypeCues.Apply(article, score).ContentType);
    }
}
