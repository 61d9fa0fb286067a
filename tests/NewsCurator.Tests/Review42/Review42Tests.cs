using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Newsletter;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review42;

/// <summary>Review 42 (git diff e739d8db..607c5425): Select's same-summary rule (Selector.SameSummary).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42SameSummaryTests
{
    // A standing opening the publisher prints on every post (a column's or a mod's standing notes), then each post's own story.
    private const string Standing = "Most tier lists have been adjusted to better match the current state of the economy. " +
                                    "The affected lists cover uniques, divination cards, unique maps, fossils and incubators. " +
                                    "Players who use the strict profiles will see fewer low-value drops from now on. " +
                                    "Hardcore leagues get the same lists as the softcore ones this time.";

    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    // R1: SameSummary asks only that the two extractive summaries be equal and the texts differ: a publisher whose posts open
    // on one standing paragraph loses every story after its first as "same_story", though the titles and everything after
    // the opening tell two stories. The reader then misses a story, and the record says it was the same one.
    [Fact]
    public void R1_TwoDifferentStoriesOfOnePublisher_OpeningOnOneStandingParagraph_AreBothSelected()
    {
        // Each post's own story after the standing paragraph: a list, as the mod's posts write it.
        var scheduler = Standing + "\n\nSound engine:\n• Every tier now plays a chime of its own, written in Rust.\n• The mirror drop no longer clips on PipeWire.";
        var league = Standing + "\n\nNext league:\n• A crafting bench rerolls fossils in place.\n• Its recipes unlock in act four and keep their charges.";
        var config = new PipelineConfig();
        // The premise: two texts, one summary (the standing paragraph).
        Assert.Equal(Summarizer.Summarize(new Article { Id = "a", FeedUrl = "mod", Title = "A new sound engine for the loot filter", Text = scheduler }, "", config.Enhance.SummaryLength, false).Text,
                     Summarizer.Summarize(new Article { Id = "b", FeedUrl = "mod", Title = "A crafting bench that rerolls fossils", Text = league }, "", config.Enhance.SummaryLength, false).Text);
        var articles = new Dictionary<string, Article>
        {
            ["sound"] = new() { Id = "sound", FeedUrl = "mod", Title = "A new sound engine for the loot filter", Text = scheduler, Published = Day },
            ["bench"] = new() { Id = "bench", FeedUrl = "mod", Title = "A crafting bench that rerolls fossils", Text = league, Published = Day.AddDays(-1) },
        };
        var scores = new List<ArticleScore>
        {
            new() { Id = "sound", TechRelevanceScore = 7.4, QualityScore = 8 },
            new() { Id = "bench", TechRelevanceScore = 7.0, QualityScore = 8 },
        };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(["sound", "bench"], selected.Select(s => s.Id));
        Assert.DoesNotContain(decisions, d => d.Reason.Contains("word for word", StringComparison.Ordinal));
    }
}

/// <summary>Review 42: pre-release series (Selector.PreReleaseSeries, IsCodename and SameStage).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42PreReleaseTests
{
    // R6: SameStage only keeps two products of one platform apart where both builds sit at one stage: at two stages
    // ("Preview 2" beside "Beta 3") any one-word product name past the platform's two words reads as a codename, and
    // Cloud SQL's build is dropped as "another pre-release of Google Cloud" (PreReleaseCodenameTests' first case, one
    // stage word changed).
    [Theory]
    [InlineData("Google Cloud Run Preview 2 now available", "Google Cloud SQL Beta 3 now available")]
    [InlineData("Azure AI Foundry Preview 2", "Azure AI Search Beta 1")]
    public void R6_TwoProductsOfOnePlatform_AtTwoStages_AreNoOneSeries(string title, string other)
        => Assert.Null(Selector.PreReleaseSeries(title, other));
}

/// <summary>Review 42: a talk's speaker after "Presented by" (ContentRules.OnATalksPage via CheckAds).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42TalksPageTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Talk(string text) => new()
    {
        Id = "a", FeedUrl = "https://cs.example.edu/seminars.xml", Title = "Robust decoding for language models", Text = text,
    };

    // R2: OnATalksPage reads only the first sentence after the credit, and refuses one that opens on the credited name. A
    // talk's page opens on the speaker's bio as often as not ("Maria Garcia is ..."), and its "In this talk" comes a sentence
    // or two later: both seminar pages were kept before this change (TalkWords over the whole text) and are now dropped as
    // sponsored.
    [Theory]
    [InlineData("Presented by Maria Garcia\n\nMaria Garcia is an assistant professor of computer science at the University of Oslo. In this talk she shows "
                + "that reweighting by a learned density ratio recovers most of the loss under distribution shift.")]
    [InlineData("Presented by Maria Garcia\n\nLanguage models hallucinate when they decode greedily. In this talk we show that a small verifier "
                + "trained on the model's own mistakes halves the error rate on open questions.")]
    public void R2_ASpeakersBioOrAbstract_BeforeTheTalksWord_IsNoSponsor(string text)
        => Assert.Null(Rules.CheckAds(Talk(text)));
}

/// <summary>Review 42: a forum's question-as-headline (ForumPosts.DiscussionPrompt).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42DiscussionPromptTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    // R3: DiscussionPrompt reads the title alone. A member's self-post that reports its own work under a question-headline
    // (r/LocalLLaMA's benchmark posts) is dropped as a discussion thread, though the same pair on a blog stays
    // (DiscussionPromptTests' third "stay" case). The text, not the title's "you", says whether a post asks or reports.
    [Fact]
    public void R3_ASelfPostThatReports_UnderAQuestionHeadline_IsNoDiscussionPrompt()
    {
        var post = new Article
        {
            Id = "x", FeedUrl = "https://www.reddit.com/r/LocalLLaMA/.rss", Link = "https://www.reddit.com/r/LocalLLaMA/comments/1abc/do_you_really_need_a_gpu/",
            Language = "en", Title = "Do you really need a GPU for local LLMs?",
            Text = "I benchmarked eight laptops running Llama 3 8B on their CPUs alone, from a 2019 ThinkPad to an M4 MacBook Air. "
                   + "The M4 reached 31 tokens a second at Q4, the Ryzen AI 9 laptop 22, and the ThinkPad 6. Prompt processing is where the "
                   + "GPU still wins: a 4,000-token prompt took 40 seconds on the Ryzen and 3 on an RTX 4060. Full numbers and scripts are in the repo.",
        };
        Assert.NotEqual("discussion_prompt", Rules.CheckContent(post)?.Rule);
    }
}

/// <summary>Review 42: the short-lead exception (SummaryChecker.ShortStatement via CheckSentence).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42ShortLeadTests
{
    // R5: ShortStatement lets a lead of 20-29 characters through as a sentence where it has a capital, a full stop, five words,
    // an "-ed" word and no pronoun first. A post's label line has all of those ("First published on our blog.", "Last updated
    // on 3 May 2025."): a participle is no finite verb, and the label is now printed as the summary's first sentence.
    [Theory]
    [InlineData("First published on our blog.")]
    [InlineData("Last updated on 3 May 2025.")]
    [InlineData("Edited by the newsroom team.")]
    public void R5_APostsLabelLine_AsALead_IsStillAFragment(string lead)
        => Assert.NotNull(SummaryChecker.CheckSentence(lead, lead: true));
}

/// <summary>Review 42: a byline closing a dek (TrailingByline.NamesAPerson).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42TrailingBylineTests
{
    // R7: PhraseHeads holds first names: 9to5Mac's Chance Miller signs "By Chance Miller", and a writer named Day, Way or
    // Nature is no phrase either. Their bylines stay on the dek, which reads unfinished again.
    [Fact]
    public void R7_ABylineWhoseFirstNameIsAPhraseHead_IsTakenOff()
    {
        const string Dek = "Apple today released iOS 26.2 to the public. The update brings a new lock screen widget and fixes for CarPlay.";
        Assert.Equal(Dek, TrailingByline.Without($"{Dek} By Chance Miller"));
    }
}

/// <summary>Review 42: the empty issue's line (NewsletterRenderer.EmptyNote).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42EmptyNoteTests
{
    // R9: the change that stops "1 stories" in the header writes "1 feeds read" and "1 items" into the empty issue's note:
    // a one-feed newsletter (the smallest set-up the README walks through) reads it on every empty day.
    [Fact]
    public void R9_AnEmptyIssuesNote_CountsInNumber()
    {
        var note = NewsletterRenderer.EmptyNote(new RunCounts { Feeds = 1, Items = 1, AfterDedupe = 1, AfterContentFilter = 0 });
        Assert.DoesNotContain("1 feeds", note, StringComparison.Ordinal);
        Assert.DoesNotContain("1 items", note, StringComparison.Ordinal);
    }
}

/// <summary>Review 42: content.min_length in letters of English (ContentRules.TitleAndTextLength).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42EnglishLengthTests
{
    // R10: the text is weighed by Words.EnglishLength (a Han character as three letters) but its bare addresses are taken off
    // at one character each, so an address with Chinese in its path (an IRI, as Chinese Wikipedia's links are written)
    // adds two letters per character: a link-only post counts past content.min_length on its address.
    [Fact]
    public void R10_AnAddressWithChineseInIt_CountsNothing()
    {
        var article = new Article { Id = "a", FeedUrl = "https://example.cn/feed.xml", Title = "Link", Text = "https://zh.wikipedia.org/wiki/人工智能的历史与发展" };
        Assert.Equal(4, ContentRules.TitleAndTextLength(article));
    }
}

/// <summary>Review 42: a journal's citation line (JournalCitation's name shape).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42JournalCitationTests
{
    // R8: the journal's name is now capitalised words joined by "of", "the", "and", "for", "in", "on" or "&" only. Journals
    // named with another small word ("Lab on a Chip", "Genes to Cells") no longer match, and their citation line opens the
    // text again, where the earlier rule (any name up to the comma) took it off.
    [Theory]
    [InlineData("Lab on a Chip, Published online: 3 June 2026; doi:10.1039/d6lc00123a\nThe catalyst uses no platinum.")]
    [InlineData("Genes to Cells, Published online: 3 June 2026; doi:10.1111/gtc.13123\nThe catalyst uses no platinum.")]
    public void R8_AJournalNamedWithAnotherSmallWord_StillComesOff(string text)
        => Assert.Equal("The catalyst uses no platinum.", JournalCitation.Without(text).Text);
}

/// <summary>Review 42: a community's standing notice (SitePages.CommunityNotice via SitePages.Of).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review42CommunityNoticeTests
{
    // R4: NoticeTitle's "read this before posting/submitting/asking" is unanchored and asked of every item of a forum's feed,
    // a link post's too (IsForumPost reads the feed's address): Hacker News's link to an essay titled "Read this before
    // submitting ..." is dropped as the forum's rules. And "Community announcement: ..." is a forum's release news as often
    // as housekeeping (a Discourse's announcements category).
    [Theory]
    [InlineData("Read this before submitting your app to App Store review", "https://www.example-dev.com/blog/app-review-rejections", "https://news.ycombinator.com/rss",
        "Apple rejected 1.9 million submissions last year. We read 400 rejection letters and found that most cite three guidelines, and that an app's privacy label is now the first thing a reviewer checks.")]
    [InlineData("Community announcement: Fedora Linux 42 is released", "https://discussion.fedoraproject.org/t/fedora-linux-42-is-released/148731", "https://discussion.fedoraproject.org/c/announcements/12.rss",
        "Fedora Linux 42 is out today, with GNOME 48, KDE Plasma 6.3 as an edition of its own, and the new Anaconda web installer for Workstation. Upgrades from 41 are supported through the usual dnf system-upgrade path.")]
    public void R4_AStoryOnAForumsFeed_TitledLikeANotice_IsNoSitePage(string title, string link, string feed, string text)
    {
        var article = new Article
        {
            Id = "a", FeedUrl = feed, Link = link, Title = title, Language = "en", Text = text,
        };
        Assert.Null(SitePages.Of(article));
    }
}
