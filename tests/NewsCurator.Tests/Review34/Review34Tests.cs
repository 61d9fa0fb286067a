using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Review34;

/// <summary>Review of session 34 (20d608f..HEAD): same story by names of their own (TitleNames.DifferentNames).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34SameEventTests
{
    // ---- R1: TitleNames.DifferentNames/FormNames reads every capitalised word of a sentence-case headline and every
    //      acronym as a subject's own name. Two newsrooms' tellings of one event routinely differ in exactly such words:
    //      one writes an acronym ("RCE") that the other's text spells out, the other credits a source ("..., Mandiant
    //      says", "..., CISA says"). Each then has an "own name" and SameEvent (and the title-overlap merge) is vetoed:
    //      the event is printed twice, the F1 harm of the forty-first held-out review back. The first pair is the repo's own
    //      example of one event (SameEventTests.DifferentSubjects_ShouldTellTwoCompaniesNewsFromOneEventToldTwice).
    //      Fix: only a name in the *subject slot* of the shared template counts (the words where the two titles differ
    //      positionally, as in "CISA adds X flaw to KEV catalog"), not any capitalised word; ignore acronyms/attributions
    //      ("..., X says/warns/confirms") and require the two headlines to share the template (high Jaccard), not just
    //      two rare names.
    [Theory]
    [InlineData("SonicWall urges admins to patch critical RCE flaw in SMA 100 devices",
        "SonicWall is urging customers to patch a critical vulnerability in its SMA 100 series secure remote access appliances that lets remote attackers execute arbitrary code.",
        "Critical SMA 100 flaw patched by SonicWall, Mandiant says",
        "SonicWall has released fixes for a critical SMA 100 vulnerability that can be exploited to run arbitrary code, according to researchers at Google-owned Mandiant.")]
    [InlineData("Ivanti warns of critical EPMM RCE flaw CVE-2025-4427 exploited in attacks",
        "Ivanti has released updates for Endpoint Manager Mobile that fix a critical remote code execution vulnerability exploited in a limited number of attacks.",
        "Ivanti EPMM zero-day CVE-2025-4427 exploited, CISA says",
        "The US cybersecurity agency added the Endpoint Manager Mobile flaw to its catalog of exploited vulnerabilities and ordered federal agencies to patch it.")]
    public void OneEventToldByTwoPublishers_ShouldBePrintedOnce_ThoughEachHeadlineHasAWordOfItsOwn(string titleA, string textA, string titleB, string textB)
    {
        var (selected, decisions) = Run(
            (Story("a", "bleepingcomputer.com", titleA, textA), 1.0, 9),
            (Story("b", "securityweek.com", titleB, textB, 0.5), 0.867, 8.9));
        Assert.Contains(selected, s => s.Id == "a");
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }
}

/// <summary>Review of session 34: an audio or video enclosure makes an episode only with more (ContentRules.EnclosureIsTheItem).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34EpisodeTests
{
    private const string TalkAbstract =
        "Two years after the first Rust driver was merged, the kernel now carries a graphics driver, a network PHY driver and the "
        + "Android binder rewrite in Rust. This session walks through what it took to get there: the bindings generator, the pin "
        + "initialisation API, how maintainers review unsafe blocks, and the arguments on the mailing list that slowed things down. "
        + "We look at crash reports from distributions that enabled the Rust drivers, at the build time they added, and at the "
        + "toolchain versions the kernel pins. The second half covers what is still missing before a subsystem can require Rust: "
        + "stable compiler features, a minimum supported version policy, and how the abstractions over locking and memory "
        + "allocation are kept in step with the C side. Expect code, benchmarks and a frank account of what went wrong, "
        + "including two regressions that reached a stable release and how they were bisected. The slides, the sample driver "
        + "and the list of open questions are linked below for anyone who wants to follow along or contribute to the effort.";

    // ---- R2: EnclosureIsTheItem needs a running time, a media word in the title or first 500 characters, or < 150 words.
    //      A real episode or recorded talk from a feed without itunes:duration (plain RSS <enclosure>, Atom rel=enclosure,
    //      most conference-recording and self-hosted feeds) whose notes are an abstract is no longer an episode. Worse,
    //      ContentTypeCues.Cued then reads the head's own "podcast" as an episode "with nothing to hear or watch" and
    //      demotes it to Other ("Also worth a look"), though a video/mp4 enclosure is right there; typed opinion or news it
    //      stays an article and its notes meet the ad patterns as an article's (sponsor reads: "% off" drops it as an ad).
    //      Fix: the enclosure test should only veto an episode where the scorer's type is no podcast (never demote the head's
    //      podcast that has an enclosure), and judge "is the item" by the feed (an itunes/podcast channel, most items with
    //      enclosures) rather than the item's word count.
    [Theory]
    [InlineData(ContentTypes.Podcast)]
    [InlineData(ContentTypes.Opinion)]
    public void ARecordedTalkWithAVideoEnclosure_NoDurationAndALongAbstract_ShouldStayAnEpisode(string guessed)
    {
        var talk = new Article
        {
            Id = "t", FeedUrl = "https://media.ccc.de/c/kernel/podcast/mp4.xml", Title = "Rust in the Linux kernel: two years on",
            Text = TalkAbstract, Link = "https://media.ccc.de/v/kernel-2025-rust", EnclosureType = "video/mp4",
            // Mended: the head's own podcast with an enclosure stays one; a head's "opinion" yields to a feed of talks (Ingest
            // marks a feed whose items mostly carry media), not to one item's enclosure beside a long text.
            FeedOfMedia = guessed != ContentTypes.Podcast,
        };
        Assert.True(talk.WordCount >= 150);
        Assert.Equal(ContentTypes.Podcast, ContentTypeCues.Apply(talk, new ArticleScore { Id = "t", ContentType = guessed }).ContentType);
    }
}

/// <summary>Review of session 34: two witnesses for a second or third topic (TopicTaxonomy.Choose).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34TopicTests
{
    // ---- R3: Choose filters with Where((t, i) => i + 1 < minTopics ? Witnessed(t) : <4th/5th rule>), where i is the
    //      candidate's rank *before* filtering. Once the 2nd- and 3rd-ranked candidates fail the new, stricter Witnessed
    //      test, the 4th-ranked candidate is judged by the lax "fourth or fifth topic" rule (within closeToBest of the best,
    //      not unnamed) and becomes the story's second topic, though it is the weakest of the three (negative affinity) and
    //      has no more evidence than the two left out. "Up to minTopics a topic needs two witnesses" and "a fourth or fifth
    //      topic is never a filler" are both untrue for a near-flat article (best affinity under closeToBest).
    //      Fix: count accepted topics, not candidate ranks (apply Witnessed until minTopics - 1 topics are kept, and every
    //      later topic must pass Witnessed as well as the close-to-best rule).
    [Fact]
    public void Choose_ATopicRankedBelowTwoRejectedOnes_ShouldNotBecomeTheSecondTopic()
    {
        var ranked = new List<(string, double)>
        {
            ("Open Source", 0.04), ("Software Engineering", -0.010), ("Developer Tools", -0.012), ("Tech Industry", -0.018),
        };
        bool? Named(string topic) => true;
        Assert.Equal(["Open Source"], TopicTaxonomy.Choose(ranked, 3, 5, 0.06, Named, TopicTaggerNamedLeadMargin));
    }

    private const double TopicTaggerNamedLeadMargin = NewsCurator.Enhance.TopicTagger.NamedLeadMargin;
}

/// <summary>Review of session 34: whole-word ad cues in the rules scorer (Lexicon.AdCuesIn).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34RulesScorerTests
{
    // ---- R4: AdCuesIn matches each cue as a whole word with explicit forms for only six cues: the plurals of the
    //      multi-word cues ("special offers", "promo codes", "free trials", "best prices") and "advertisements" no longer
    //      match (\b after the last letter). An ad written in plurals had three substring cues (p 0.75, an ad) and now has none
    //      (p 0.02): the rules scorer, the fallback when no model is configured, prints it as a story.
    //      Fix: allow an optional plural (s|es) at the end of every lettered cue (or build the forms table for all cues),
    //      keeping \b at the start.
    [Fact]
    public void Score_AnAdWrittenInPlurals_ShouldStillBeAnAd()
    {
        var ad = new Article
        {
            Id = "ad", FeedUrl = "https://f.example/", Link = "https://e.org/vpn", Title = "Secure your home office this winter",
            Text = "Special offers for new customers: use our promo codes at checkout and start free trials of every premium plan.",
        };
        var score = new RulesScorer().ScoreOne(ad);
        Assert.True(score.IsAdvertisement, $"p = {score.AdProbability:0.00}; {string.Join("; ", score.Reasons)}");
    }
}

/// <summary>Review of session 34: an issue of a newsletter is no release (ContentTypeCues.IssueOfASeries).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34IssueTests
{
    private static string? TypeOf(string title, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "n", FeedUrl = "https://n.example/feed", Title = title, Link = "https://n.example/n" },
            new ArticleScore { Id = "n", ContentType = guessed }).ContentType;

    // ---- R5: The issue check runs only where the scorer typed "release", before AnnouncesARelease. An issue typed news
    //      or other whose title headlines a release ("...: OpenSearch 3.0 released") is then *made* a release two lines
    //      later, and dropped as a stale release like F1's #201. Fix: test IssueOfASeries before the AnnouncesARelease
    //      promotion too (never promote an issue of a series to release).
    [Theory]
    [InlineData("AWS open source newsletter #206: OpenSearch 3.0 released", ContentTypes.News)]
    [InlineData("Python Weekly - Issue 680: Django 5.2 released", ContentTypes.Other)]
    public void AnIssueOfANewsletter_HeadliningARelease_ShouldNotBecomeARelease(string title, string guessed)
        => Assert.NotEqual(ContentTypes.Release, TypeOf(title, guessed));

    // ---- R6: IssueOfASeries misses the commonest real issue titles: the series name then "Issue #N" with no separator
    //      ("SRE Weekly Issue #452", "DevOps Weekly Issue #712") and a number right after the series name ("This Week in
    //      Rust 590": the real title of the example the commit cites as "This Week in Rust, Issue 590"). They stay releases.
    //      Fix: accept "issue|edition" after any word ("\bissue\s+#?\d" not preceded by "fix(es|ed)?|close[sd]?|for|in|bug"),
    //      and "This Week in X N" / "<series> N" titles ending in a bare number.
    [Theory]
    [InlineData("SRE Weekly Issue #452")]
    [InlineData("This Week in Rust 590")]
    public void ARealNewslettersIssueTitle_ShouldBeNoRelease(string title)
        => Assert.NotEqual(ContentTypes.Release, TypeOf(title, ContentTypes.Release));
}

/// <summary>Review of session 34: a release is never lent (FeedTypes.Usual).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34FeedTypeTests
{
    private static Article Item(string id, string title) => new() { Id = id, FeedUrl = "https://github.com/astral-sh/uv/releases.atom", Title = title, Link = $"https://github.com/astral-sh/uv/releases/tag/{title}" };

    private static ArticleScore Score(string id, string type, string? guess = null) => new()
        { Id = id, TechRelevanceScore = 8, QualityScore = 6, ContentType = type, TypeGuess = guess };

    // ---- R7: FeedTypes.Usual never lends "release" (lendRelease false), argued as "an event of one item rather than a kind of
    //      feed". A project's releases feed (GitHub releases.atom, a changelog feed) is exactly a feed of one kind: with 8 of
    //      10 items surely releases, the two the head leaned to "release" but was unsure of now go to "Also worth a look" and
    //      escape the release age limit. F1 (3 sure of 18) is already fixed by MinSureOfFeed; the ban was not measured (no
    //      labelled release feed). Fix: lend release where the feed is one (MinSureOfFeed/MinShare already guard a
    //      newsletter), or only refuse it for items IssueOfASeries/newsletter cues mark.
    [Fact]
    public void Tally_AReleasesFeedsUnsureRelease_ShouldBeARelease()
    {
        var tally = new FeedTypeTally();
        foreach (var i in Enumerable.Range(1, 8)) tally.Add(Item($"r{i}", $"0.4.{i}"), Score($"r{i}", ContentTypes.Release));
        tally.Add(Item("u1", "0.5.0"), Score("u1", ContentTypes.Other, ContentTypes.Release));
        tally.Add(Item("u2", "0.5.1"), Score("u2", ContentTypes.Other, ContentTypes.Release));
        Assert.Equal(ContentTypes.Release, tally.Apply(Item("u2", "0.5.1"), Score("u2", ContentTypes.Other, ContentTypes.Release)).ContentType);
    }
}
