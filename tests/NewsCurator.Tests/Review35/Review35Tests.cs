using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review35;

/// <summary>Review of session 35 (8860adb..HEAD): the strong fill (Selector.StrongFill, IsStrong, CapMode.Strong).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35StrongFillTests
{
    private const string Story = "The release rewrites the scheduler that every worker thread uses to pick its next task. " +
                                 "Benchmarks published with it show lower tail latency on machines with many cores.";

    // ---- R1: a publisher's strong story (relevance >= 7.0) past the one-past-the-cap fill whose summary would be only its
    //      preview is never decided. Input: a short issue (max 20, per_feed_cap 3), one publisher's seven strong stories, the
    //      sixth of them (a5) with no text a summary can be made of, and one story of another publisher; the publisher's stories
    //      come from its three feeds (blog, paper pages, community posts: the F1 case), so no one feed reaches twice the cap. What happens: the
    //      strong loop sends a5 to withoutSummary; there Consider(Hold) returns false (over the cap) and Consider(Fill)
    //      returns false again (the new "a strong story past that one waits" early return, which only CapMode.Strong would
    //      pass), and the walk ends: a5 is neither selected nor given any decision, so the run's record silently loses an
    //      article that passed scoring (the decisions/dashboard no longer account for every candidate). Expected: a5 is
    //      either selected (a strong story for a place the issue still has empty) or dropped with a decision (no_summary or
    //      feed_cap) that says why. Cause: Selector.Walk's last pass (cappedWithoutSummary) still calls Consider with
    //      CapMode.Fill; a strong story deferred by the Fill early return needs a CapMode.Strong pass (or that early return
    //      must not apply where noSummary is set).
    [Fact]
    public void R1_AStrongStoryWithoutASummary_PastTheFill_ShouldBeSelectedOrDecided_NotLost()
    {
        var titles = new[] { "Compiler release notes", "Scheduler rewrite lands", "Database engine internals", "Browser rendering pipeline",
            "Vision language action model", "GUI agent evaluation suite", "Speech emotion benchmark" };
        var articles = titles.Select((t, i) => new Article
            {
                Id = $"a{i}", FeedUrl = $"https://hf.example/feed{i % 3}.xml", FeedHome = "hf.example", Title = t, Link = $"https://hf.example/{i}",
                // a5: a page with nothing but a teaser line, so its summary would be its preview.
                Text = i == 5 ? "Read more." : Story,
            })
            .Append(new Article { Id = "b1", FeedUrl = "https://b.example/feed.xml", FeedHome = "b.example", Title = "Kernel networking stack", Link = "https://b.example/1", Text = Story })
            .ToDictionary(a => a.Id);
        var scores = articles.Keys.Select(id => new ArticleScore
        {
            Id = id, QualityScore = 8,
            TechRelevanceScore = id == "b1" ? 6.0 : 9.9 - int.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) * 0.2,
        }).ToList();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 20, PerFeedCap = 3 } };

        var (selected, decisions, _) = Selector.Choose(articles, scores, config);

        Assert.Equal(SummarySources.Preview, Summarizer.Summarize(articles["a5"], "", config.Enhance.SummaryLength, episode: false).Source);
        foreach (var id in articles.Keys)
            Assert.True(selected.Any(s => s.Id == id) || decisions.Any(d => d.ArticleId == id), $"{id}: neither selected nor decided");
    }
}

/// <summary>Review of session 35: ingest (SubmittedStory.WithoutCredit, ArticleNormalizer.WithoutTrailingHashtags).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35IngestTests
{
    private static Article Normalized(string feedTitle, string feedUrl, string home, string title, string link, string descriptionHtml)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>{feedTitle}</title><link>{home}</link><item><title>{title}</title>" +
                  $"<link>{link}</link><description><![CDATA[" + descriptionHtml + "]]></description></item></channel></rss>";
        var item = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri(feedUrl)).Items.Single();
        return ArticleNormalizer.ToArticle(item, new FeedSource(feedUrl), feedTitle);
    }

    // ---- R2: SubmittedStory.WithoutCredit runs on every feed's text (ArticleNormalizer.WithoutAggregatorChrome is applied to
    //      all items), not only a community site's submissions. A link blog's or a news brief's opening paragraph that
    //      quotes a named person at length ('Linus Torvalds wrote: "..."', 'Tim Cook writes in a note: "..."') matches the
    //      credit form: one to four capitalised words, a sending verb, a quotation of 120+ characters to the line's end.
    //      Input: a link blog's post whose first paragraph is Torvalds's long quote with his name, then the blogger's comment.
    //      What happens: "Linus Torvalds wrote:" and the quote marks are cut, the text opens on Torvalds's words as the
    //      blog's own voice, and the summary prints them unattributed ("Rust support in the kernel is no longer
    //      experimental ..."), a misattribution a demanding editor would never send. Expected: the speaker kept (the text
    //      still opens "Linus Torvalds wrote"). Cause: the credit is stripped by form alone; it should apply only to a
    //      community/aggregator feed's submissions (Slashdot and its like: the feed's "Read more of this story at ..." chrome,
    //      or a handle / "anonymous reader" credit), not to any named speaker in any feed.
    [Fact]
    public void R2_ALinkBlogQuotingANamedPersonAtLength_ShouldKeepTheSpeaker()
    {
        const string quote = "Rust support in the kernel is no longer experimental: the maintainers agreed at this year's summit that the Rust bindings are here to stay, and new drivers may now depend on them.";
        var article = Normalized("Daring Links", "https://links.example/feed.xml", "https://links.example/", "Rust in the kernel is here to stay",
            "https://links.example/2025/12/rust-kernel",
            "<p>Linus Torvalds wrote: \u201c" + quote + "\u201d</p><p>This settles an argument that has run on the mailing list for three years, and it will change which drivers get written first.</p>");
        Assert.StartsWith("Linus Torvalds wrote", article.Text, StringComparison.Ordinal);
    }

    // ---- R6: WithoutTrailingHashtags cuts any trailing "#word" run after a title with another word, so a headline whose
    //      object is a C preprocessor directive, a pragma or a chat channel loses it: "In defense of #ifdef" -> "In defense
    //      of", "C++ modules: goodbye #include" -> "C++ modules: goodbye", "Why we archived #general" -> "Why we archived".
    //      Input: such titles from a programming blog's feed. What happens: the headline, preheader and subject line print a
    //      sentence with its object cut off. Expected: the title as written. Cause: the rule reads "#\p{L}..." at a title's
    //      end as a creator's tags whatever the title is; tags are a run after a complete headline (two or more tags, or a
    //      tag after end punctuation / a video feed's title), not the last word a preposition or verb is waiting for.
    [Theory]
    [InlineData("In defense of #ifdef")]
    [InlineData("C++ modules: goodbye #include")]
    [InlineData("Why we archived #general")]
    public void R6_AHeadlineEndingOnADirectiveOrAChannel_ShouldKeepIt(string title)
    {
        var article = Normalized("Code Notes", "https://code.example/feed.xml", "https://code.example/", title, "https://code.example/2025/12/post",
            "<p>Conditional compilation has a bad name, and most of it is earned, but the alternatives each move the problem somewhere else. This post walks through three codebases and what they did instead.</p>");
        Assert.Equal(title, article.Title);
    }
}

/// <summary>Review of session 35: types (ContentTypeCues.Advisory's "vulnerabilities in").</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35TypeTests
{
    // ---- R4: Advisory() now matches "vulnerabilit(y|ies) in" anywhere in a title, and TeachesHow treats any advisory as a
    //      tutorial only where its title *opens* "How to", "A guide to", "Tutorial", "Step by step". A security tutorial
    //      names vulnerabilities in something as its subject: "Finding SQL injection vulnerabilities in your Rails app with
    //      Brakeman", "Scanning for vulnerabilities in container images with Trivy". Input: such a tutorial, typed tutorial
    //      by the scorer, its text full of commands and "you'll". What happens: demoted to Other (no "Tutorials & guides"
    //      heading); before 4ff61f5 its title's "with"/"finding" cue (HowToTitle) kept it a tutorial. Expected: tutorial.
    //      Cause: the "X vulnerability in Y" advisory cue (meant for a distribution's notice, "Heartbleed vulnerability in
    //      OpenSSL") is read in titles of every kind; it should require a notice's form (a named flaw / "security" word, no
    //      teaching verb such as finding/scanning/detecting/fixing, or a CVE id), or TeachesHow should let HowToTitle/HowToText
    //      speak for a title that is no id-bearing advisory.
    [Theory]
    [InlineData("Finding SQL injection vulnerabilities in your Rails app with Brakeman")]
    [InlineData("Scanning for vulnerabilities in container images with Trivy")]
    public void R4_ASecurityTutorialAboutFindingVulnerabilitiesInCode_ShouldStayATutorial(string title)
    {
        const string text = "In this walkthrough you'll add a scanner to a project and read its report.\n" +
                            "1. Install the tool\n2. Run it against the repository\n" +
                            "$ gem install brakeman\n$ brakeman -o report.html\n" +
                            "Let's look at the first warning it prints and fix it.";
        var article = new Article { Id = "t", FeedUrl = "https://sec.example/feed", Title = title, Text = text, Link = "https://sec.example/2025/12/scanning" };
        Assert.Equal(ContentTypes.Tutorial, ContentTypeCues.Apply(article, new ArticleScore { Id = "t", ContentType = ContentTypes.Tutorial }).ContentType);
    }
}

/// <summary>Review of session 35: an article with a read-aloud enclosure (ContentTypeCues.NamesItselfAsMedia).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35EnclosureTests
{
    private const string Body =
        " The figures come from the research firm's quarterly survey of shipments, which counts phones sold into stores and carriers rather than to people. "
        + "The gap between the two companies was under a million units, and analysts expect it to close again once Samsung's next foldable ships in the autumn. "
        + "Apple's growth came mostly from India and the Middle East, where its older models were discounted heavily during the holiday season and carriers bundled them with plans. "
        + "In China its sales fell for a fourth quarter in a row as local brands took share with cheaper phones that run their own operating systems. "
        + "Both companies declined to comment on the estimates, which other firms will publish over the coming weeks with their own methods and numbers. "
        + "The market as a whole grew by three percent, its first rise in two years, helped by replacement cycles that had stretched to nearly four years.";

    // ---- R5: NamesItselfAsMedia was narrowed (audit 39 H7) to words that say the item ITSELF is heard or watched, but it
    //      still takes a bare "#1"-"#9999" anywhere in the title or the first 500 characters as an episode number, and
    //      "transcripts?" / "timestamps?" as media words. A news story's "#1" ("overtakes Samsung as the world's #1 smartphone
    //      maker") or "court transcripts show" is the story's own subject. Input: a 150+ word news article with a read-aloud
    //      mp3 (the audit 37 H2 / 39 H7 case), titled with a ranking "#1" or quoting transcripts. What happens: IsEpisode, so
    //      the article is typed podcast and printed under "Podcasts & video" as "listen or watch". Expected: news. Cause:
    //      SelfMediaWord's `(?<!\w)#\d{1,4}\b` and `transcripts?`; a show's number is "Episode #412" / "#412:" at the title's
    //      start or end, not "the #1 maker" mid-sentence, and a transcript is a show's only as "full transcript" / "transcript
    //      below".
    [Theory]
    [InlineData("Apple overtakes Samsung as the world's #1 smartphone maker", "Apple shipped more phones than any other company last quarter.")]
    [InlineData("Court transcripts show Google weighed paying Apple more for Safari search", "Court transcripts released on Friday show how far Google went to keep its default place.")]
    public void R5_ANewsStoryWithAReadAloudMp3_ShouldStayNews_ThoughItSaysNumberOneOrTranscripts(string title, string opening)
    {
        var news = new Article { Id = "a", FeedUrl = "https://news.example/feed", Title = title, Text = opening + Body, Link = "https://news.example/story", EnclosureType = "audio/mpeg" };
        Assert.True(news.WordCount >= 150);
        Assert.Equal(ContentTypes.News, ContentTypeCues.Apply(news, new ArticleScore { Id = "a", ContentType = ContentTypes.News }).ContentType);
    }
}

/// <summary>Review of session 35: summaries (SummaryChecker.BadSpacing).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35SummaryTests
{
    // ---- R8: BadSpacing now lets " .Name" pass unless the word after the dot is a function word or one of fifteen sentence
    //      openers, so two sentences glued by a stray space before the period ("... on Monday .Apple said ...", "... the fix
    //      .Microsoft confirmed ...", a common scraping artefact) pass the checker; the old regex refused every " .Xx" but a
    //      lower-case or all-capitals name. Input: such a sentence. What happens: no finding (a regression: 8860adb found
    //      bad_spacing). Expected: bad_spacing. Cause: the dot-name exemption for ".DS_Store"/".Xauthority" accepts any
    //      capitalised word; it should accept a name with a capital, digit, underscore or dot inside (".DS_Store", ".NET",
    //      ".Net") or one with no space after it being followed by lower-case prose only as a file/extension, not a
    //      capitalised word followed by a verb.
    [Theory]
    [InlineData("Apple shipped the security update to every supported iPhone on Monday .Apple said the flaw had been exploited in targeted attacks.")]
    [InlineData("The patch closes the hole in the print spooler for all supported versions .Microsoft confirmed attackers had used it.")]
    public void R8_TwoSentencesGluedByASpacedPeriod_ShouldBeBadSpacing(string sentence)
        => Assert.Equal("bad_spacing", SummaryChecker.CheckSentence(sentence)?.Rule);
}

/// <summary>Review of session 35: topics (TopicTaxonomy.Choose: the AI topics out of the named-lead margin).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35TopicTests
{
    // ---- R3: TopicTaxonomy.Choose now exempts every AI-field topic from the named-lead rule ("The AI topics neither give way
    //      nor take the lead so"). "AI Research" is an AI-field topic WITH a word list (TopicEvidence.SubjectWords), the very
    //      list audit 39 H11 trimmed so that model launches stop getting "AI Research" (held-out reviews 47 F7, 48 F4, 49 F3).
    //      Input: the H11 model launch ("OpenAI launches o3-pro, its most capable reasoning model yet"), which names no word
    //      of research (Named("AI Research") == false, as H11's test asserts) but sits closest to the "AI Research" anchor,
    //      with "AI & Machine Learning" and "Tech Industry" (both named) within the 0.20 margin. What happens: "AI Research"
    //      stays the first topic, because the unnamed best is an AI topic and may not give way; before this change it gave
    //      way to a named topic within the margin. So H11's word-list fix never reaches the first topic, where readers see it
    //      and filter on it. Expected: a first topic the article names (AI & Machine Learning here), not "AI Research".
    //      Cause: the blanket `Fields[...] != AiField` exemption on ranked[0] (and on the candidates); it should cover only
    //      topics without a word list (AI & Machine Learning, Robotics), and an unnamed AI Research should give way, to AI &
    //      Machine Learning first.
    [Fact]
    public void R3_AModelLaunch_ShouldNotLeadWithAiResearch_ThatItNeverNames()
    {
        const string title = "OpenAI launches o3-pro, its most capable reasoning model yet";
        const string text = "OpenAI on Tuesday made o3-pro available to ChatGPT Pro and Team subscribers and to developers through its API, replacing o1-pro in the model picker. " +
                            "The company said the model thinks longer before answering and is priced at $20 per million input tokens.";
        var (allows, named) = NewsCurator.Scoring.Encoder.TopicEvidence.Of(title, text);
        Assert.False(named("AI Research"));
        var ranked = new List<(string, double)>
        {
            ("AI Research", 0.12), ("AI & Machine Learning", 0.10), ("Tech Industry", 0.04), ("Developer Tools", 0.01),
        }.Where(t => allows(t.Item1)).ToList();
        var topics = NewsCurator.Scoring.Encoder.TopicTaxonomy.Choose(ranked, 3, 5, 0.06, named, TopicTagger.NamedLeadMargin);
        Assert.NotEqual("AI Research", topics[0]);
    }
}

/// <summary>Review of session 35: subject lines (SubjectLines.TopicsOfMost, the 2/3 rule).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review35SubjectLineTests
{
    private static EnhancedArticle Story(int rank, string title, params string[] topics) => new()
    {
        Article = new Article { Id = $"id{rank}", FeedUrl = "https://feed.example/rss", Title = title, Text = "text" },
        Score = new ArticleScore { Id = $"id{rank}" },
        Rank = rank,
        Summary = "s",
        Topics = topics,
        Preview = "p",
        ReadingTimeMinutes = 1,
    };

    // ---- R7: the new rule "alone, the first names the issue only where two stories in three have it" is skipped where the
    //      first is the ONLY taxonomy topic: `if (ranked.Count == 1) return ([ranked[0]], false);` runs before it, with only
    //      the old half test. Stories without the encoder's topics carry their own key words ("Episode", "References"), which
    //      TopicsOfMost filters out, so an issue of ten AI stories and six such stories has one ranked topic. Input: 16
    //      stories, 10 tagged "AI & Machine Learning", 6 with keyword topics only. What happens: "and 15 more reads on AI &
    //      Machine Learning" for 10 of 16 (62%), the F9 harm (reviews 46 F8, 48 F7, 50 F9) the 2/3 rule was written for.
    //      Expected: "and 15 more reads" (no topic claimed: 10 * 3 < 16 * 2). Cause: the single-topic early return keeps the
    //      half threshold; it should apply the same two-in-three test.
    [Fact]
    public void R7_OneTaxonomyTopicAmongKeywordTaggedStories_ShouldStillNeedTwoStoriesInThree()
    {
        var date = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
        var stories = Enumerable.Range(0, 10).Select(i => Story(1 + i, $"AI story {i}", "AI & Machine Learning")).ToList();
        stories.AddRange(new[] { "Episode", "References", "Interview", "Episode", "Changelog", "Guest" }.Select((k, i) => Story(11 + i, $"Other story {i}", k)));
        var line = NewsCurator.Newsletter.SubjectLines.Write("Brief", date, stories)[1].Text;
        Assert.DoesNotContain("more reads on", line, StringComparison.Ordinal);
        Assert.EndsWith("and 15 more reads", line, StringComparison.Ordinal);
    }
}
