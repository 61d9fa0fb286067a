using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Audit39;

/// <summary>Hostile-input audit 39: a digit of another script fails the run (LostBreaks.WithRunInListsBroken, Summarizer.Stamp).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39CrashTests
{
    private const string Body = "The maintainers shipped a new scheduler that cuts tail latency by a third on busy servers, and the benchmark suite now runs " +
                                "nightly on three architectures. Operators who upgrade should read the migration notes, since two configuration keys were renamed. ";

    // ---- H1: .NET's \d matches every script's decimal digits ("１", "٢", "२"), but int.Parse reads ASCII digits only. Two
    //      places parse what such a regex matched: LostBreaks.WithRunInListsBroken (a run-in numbered list, "(\d{1,2})\.[ \t]
    //      (?=\p{Lu})", read by SentenceSplitter for every summary, preview and boilerplate check) and Summarizer.Stamp (a
    //      chapter's time, "\d{1,2}:\d{2}"). A list numbered in full-width digits ("手順 １. Docker ... ２. Kubernetes ...",
    //      common in Japanese prose; Arabic-Indic "١. ... ٢. ..." likewise) or show notes stamped "０５:３０ ..." throw
    //      FormatException. Input: one such item among ordinary stories. What happens: the CLI run FAILS at Select ("run
    //      ... FAILED: FormatException: The input string '٢' was not in a correct format."; with the stamps: '００'), no
    //      newsletter; in a feed of several items the feed fails at ingest ("reading this document failed unexpectedly
    //      (FormatException ...)") and its other stories are lost. Expected: no exception, the item read as text (or its
    //      numbers ignored). Cause: int.Parse on \d captures (LostBreaks.cs:142, SummarizerChapters.cs:164); use [0-9] in
    //      those regexes or RegexOptions.ECMAScript, or parse with a digit's numeric value.
    [Theory]
    [InlineData("To switch, follow these steps: 手順 １. Docker をインストール ２. Kubernetes を設定 ３. Restart the service.", null)]
    [InlineData("To switch, follow these steps \u0661. Open the configuration file \u0662. Set the scheduler key \u0663. Restart the service.", null)]
    [InlineData("\nChapters\n００:００ Introduction and news\n０５:３０ The scheduler rewrite\n１２:４５ Benchmarks and results\n２０:１０ Listener questions", "audio/mpeg")]
    public void H1_AnItemWithDigitsOfAnotherScript_ShouldNotFailTheRun(string tail, string? enclosure)
    {
        var odd = Story("odd", "digits.example", "Setting up the new scheduler in three steps") with { Text = Body + tail, EnclosureType = enclosure, DurationSeconds = enclosure is null ? null : 1500 };
        var ordinary = Story("ok", "plain.example", "Compiler engineers merge a faster linker") with { Text = "Compiler engineers merged a faster linker that halves build times for large C++ projects. " + Body };
        var error = Record.Exception(() => Run((odd, 1.0, 9), (ordinary, 0.2, 8.5)));
        Assert.Null(error);
    }
}

/// <summary>Hostile-input audit 39: same story under one headline template (TitleNames.DifferentNames, HasOwnName, SharesAnIdentifier).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39SameEventTests
{
    // ---- H2: in a title-case headline every word is capitalised, so HasOwnName never took "Chrome" or "Android" for a name
    //      and "Google Fixes Chrome Zero-Day Exploited in Attacks" and "... Android Zero-Day ..." (texts that never name each
    //      other's product) were merged on the overlap of their words. Now the story's own text judges such a word: a name
    //      unless the text writes it in lower case.
    [Theory]
    [InlineData("Google Fixes Chrome Zero-Day Exploited in Attacks", "Google shipped an emergency browser update for desktop users on Tuesday.",
        "Google Fixes Android Zero-Day Exploited in Attacks", "Google's monthly phone security bulletin patched a kernel flaw used in targeted attacks.")]
    [InlineData("Mozilla Fixes Firefox Zero-Day Exploited in the Wild", "The browser maker shipped version 140.0.2 on Friday.",
        "Mozilla Fixes Thunderbird Zero-Day Exploited in the Wild", "The mail client update closes a flaw used against journalists.")]
    public void H2_TwoZeroDaysUnderOneTitleCaseTemplate_ShouldStayTwoStories(string titleA, string textA, string titleB, string textB)
    {
        var (selected, decisions) = Run(
            (Story("a", "securityweek.example", titleA) with { Text = textA }, 1.0, 9),
            (Story("b", "thehackernews.example", titleB, 0.2) with { Text = textB }, 0.5, 8.9));
        Assert.Contains(selected, s => s.Id == "b");
        Assert.DoesNotContain(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }

    // Two title-case tellings of one event whose headlines differ in a word their texts write in lower case ("a critical
    // flaw", "a severe flaw"), or in a word the other text uses, stay one story.
    [Theory]
    [InlineData("Microsoft Patches Critical Flaw Exploited in Attacks", "Microsoft patched a critical flaw in Exchange Server that attackers used this month.",
        "Microsoft Patches Severe Flaw Exploited in Attacks", "Microsoft fixed a severe flaw in Exchange Server, already used in attacks.")]
    [InlineData("Google Fixes Chrome Zero-Day Exploited in Attacks", "Google shipped an emergency Chrome update for desktop users on Tuesday.",
        "Google Fixes Browser Zero-Day Exploited in Attacks", "Google patched its Chrome browser on Tuesday after attackers used the flaw.")]
    public void H2_OneEventUnderOneTitleCaseTemplate_ShouldStayOneStory(string titleA, string textA, string titleB, string textB)
    {
        var (selected, decisions) = Run(
            (Story("a", "securityweek.example", titleA) with { Text = textA }, 1.0, 9),
            (Story("b", "thehackernews.example", titleB, 0.2) with { Text = textB }, 0.5, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }

    // ---- H3: DifferentNames vetoes the title-overlap merge of "Apple fixes WebKit zero-day ..." and "Apple fixes iOS
    //      zero-day ..." unless both stories name one CVE in their headline or FIRST SENTENCE (audit 38 H2, narrowed by review
    //      34b R2). FirstSentence cuts at the first ". ", so "The U.S. tech giant shipped fixes for CVE-..." is read as "The U.S"
    //      (the same for "Inc.", "Corp.", "Jan."), and the newsroom form "... exploited in an attack. The flaw, tracked as
    //      CVE-..., is ..." names the id in the second sentence. Input: two publishers' tellings of one zero-day, one CVE id in
    //      each text. What happens: both are chosen (a: top_n, b: top_n), the event printed twice. Expected: b dropped as
    //      same_story. Cause: TitleNames.FirstSentence (abbreviations end no sentence; an id introduced by "tracked as" /
    //      "identified as" in the opening paragraph is the story's own).
    [Theory]
    [InlineData("Apple patched CVE-2026-43300 in WebKit on iPhones, iPads and Macs.",
        "The U.S. tech giant shipped fixes for CVE-2026-43300 in the browser engine on Thursday.")]
    [InlineData("Apple has released emergency updates to fix a zero-day vulnerability exploited in an extremely sophisticated attack against targeted individuals. The flaw, tracked as CVE-2026-43300, is an out-of-bounds write in WebKit.",
        "Apple shipped iPhone and iPad updates on Thursday for a flaw attackers already used. Tracked as CVE-2026-43300, the bug sits in the browser engine.")]
    public void H3_OneZeroDayToldTwice_ItsCveNamedPastTheFirstSentenceBreak_ShouldBePrintedOnce(string textA, string textB)
    {
        var (selected, decisions) = Run(
            (Story("a", "bleepingcomputer.example", "Apple fixes WebKit zero-day exploited in sophisticated attack") with { Text = textA }, 1.0, 9),
            (Story("b", "securityaffairs.example", "Apple fixes iOS zero-day exploited in sophisticated attack", 0.2) with { Text = textB }, 0.5, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }
}

/// <summary>Hostile-input audit 39: same_series (Selector.NewestReleasesFirst, IssueNumber, IssueNumberOf).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39SeriesTests
{
    private static readonly DateTimeOffset Day = new(2025, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private const string OlderText = "This week a cost estimator for clusters and a linter for infrastructure code lead the issue, with releases of database tools.";
    private const string NewerText = "This time a secrets agent, serverless snippets and a look back at the conference talks, with a tutorial on tracing.";

    private static Article Item(string id, string feed, string title, string text, DateTimeOffset? published, string? enclosure = null)
        => new() { Id = id, FeedUrl = feed, Title = title, Link = $"{feed.Replace("/feed", "", StringComparison.Ordinal)}/{id}", Text = text, Published = published,
                   EnclosureType = enclosure, DurationSeconds = enclosure is null ? null : 3000 };

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params (Article Article, double Relevance, string? Type)[] items)
    {
        var articles = items.ToDictionary(i => i.Article.Id, i => i.Article);
        var scores = items.Select(i => new ArticleScore { Id = i.Article.Id, TechRelevanceScore = i.Relevance, QualityScore = 7, ContentType = i.Type ?? ContentTypes.Other }).ToList();
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } }, Day.AddDays(2));
        return (selected, decisions);
    }

    // ---- H4: NewestReleasesFirst orders one series' issues by IssueNumberOf (the FIRST "#N" / "No. N" / "Issue N" of the
    //      title) BEFORE their dates. A series numbered within a volume or a year ("Queue Volume 24, Issue 1" after "Volume
    //      23, Issue 6"; "Foundation newsletter 2026 #1" after "2025 #12") restarts its numbers, so the older issue, a month
    //      older by its date, has the higher number and is kept; the newest issue is dropped as same_series ("one issue of a
    //      series per newsletter, the newest"). Input: two dated issues of one feed, the newer with the lower issue number.
    //      What happens: the older is selected, the newer dropped as same_series. Expected: the newer (later date) kept.
    //      Cause: Selector.NewestReleasesFirst's ThenByDescending(IssueNumberOf) before the date (the number should only break
    //      ties where dates are missing or equal, or the volume/year before it be compared first).
    [Theory]
    [InlineData("Queue Volume 23, Issue 6", "Queue Volume 24, Issue 1")]
    [InlineData("Foundation newsletter 2025 #12", "Foundation newsletter 2026 #1")]
    public void H4_ANewVolumesFirstIssue_ShouldBeTheNewestIssue(string older, string newer)
    {
        var (selected, decisions) = Choose(
            (Item("old", "https://queue.example/feed", older, OlderText, Day.AddDays(-30)), 9, null),
            (Item("new", "https://queue.example/feed", newer, NewerText, Day), 8, null));
        Assert.Contains(selected, s => s.Id == "new");
        Assert.DoesNotContain(decisions, d => d.ArticleId == "new" && d.Rule == "same_series");
    }

    // ---- H5: Review 34b R3/R4 made a show's episodes each their own discussion by dropping "Episode N" from IssueNumber, but
    //      the '#' form of the same title still matches "#\s*(?<n>\d+)": "Late Night Linux – Episode #301" and "– Episode #302"
    //      (or "Coder Radio #601" / "#602") are two "issues" of one series, and the older episode, a different discussion with
    //      its own audio, is dropped as same_series. Input: two episodes of one show feed, audio enclosures, typed podcast.
    //      What happens: e301 dropped as same_series. Expected: both stay (no same_series for episodes).
    //      Cause: Selector.OtherIssueOfSeries / IssueNumber read any '#N'; the episode exemption is by the word "Episode" only
    //      and ignores the item's type (podcast) and its media.
    [Theory]
    [InlineData("Late Night Linux – Episode #301", "Late Night Linux – Episode #302")]
    [InlineData("Coder Radio #601", "Coder Radio #602")]
    public void H5_TwoEpisodesOfAShowNumberedWithAHash_ShouldStayTwoStories(string first, string second)
    {
        var (selected, decisions) = Choose(
            (Item("e301", "https://show.example/feed", first, "Joe tries Bazzite on a handheld, Félim finds a kernel regression in suspend, and Will explains why the distro dropped X11 support.",
                Day.AddDays(-3), "audio/mpeg"), 8.5, ContentTypes.Podcast),
            (Item("e302", "https://show.example/feed", second, "A listener's home lab built on recycled thin clients, the GNOME foundation's budget, and a discovery about ZFS snapshots.",
                Day, "audio/mpeg"), 8, ContentTypes.Podcast));
        Assert.DoesNotContain(decisions, d => d.Rule == "same_series");
        Assert.Equal(2, selected.Count);
    }

    // ---- H6: same_series only groups titles whose number IssueNumber reads ("#N", "No. N", "Issue N"). The commonest real
    //      issue titles number otherwise: the series name and a bare number ("This Week in Rust 590", the title the code's
    //      own comments cite as an issue, review 34 R6) or a date ("This Week in Matrix 2025-12-05"). Input: three weekly
    //      issues of one feed, each with its own text. What happens: all three are chosen, the OLDEST first (r590 at rank
    //      1), the forty-seventh held-out review's F5 (three issues of one newsletter in one issue) back. Expected: one issue,
    //      the newest, the others same_series. Cause: Selector.IssueNumber (used by OtherIssueOfSeries and NewestReleasesFirst)
    //      lacks ContentTypeCues.IssueOfASeries' forms (a series name then a bare number or a date).
    [Theory]
    [InlineData("This Week in Rust 590", "This Week in Rust 591", "This Week in Rust 592")]
    [InlineData("This Week in Matrix 2025-04-17", "This Week in Matrix 2025-04-24", "This Week in Matrix 2025-05-01")]
    public void H6_AWeeklysIssuesNumberedWithoutAHash_ShouldGiveOneIssueTheNewest(string oldest, string older, string newest)
    {
        static string Text(int i) => $"Issue text {i}: " + string.Join(' ', Enumerable.Range(0, 12).Select(k => $"word{i * 31 + k}")) + ".";
        var (selected, decisions) = Choose(
            (Item("i1", "https://weekly.example/feed", oldest, Text(1), Day.AddDays(-14)), 9, null),
            (Item("i2", "https://weekly.example/feed", older, Text(2), Day.AddDays(-7)), 8.8, null),
            (Item("i3", "https://weekly.example/feed", newest, Text(3), Day), 8.5, null));
        Assert.Equal(["i3"], selected.Select(s => s.Id));
        Assert.Equal(2, decisions.Count(d => d.Rule == "same_series"));
    }
}

/// <summary>Hostile-input audit 39: run-in labels printed in summaries (Summarizer.WithoutRunInLabel).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39LabelTests
{
    private const string Rest = " The company said owners should stop using the chargers at once and return them to any store for a refund. Regulators in three countries opened inquiries into the fault on Friday.";

    // ---- H9: Audit 37 H4 taught RunInLabel "Update 14:30 UTC:" and "Update, 3:05 p.m. ET:", but not the other ways live
    //      blogs and news sites date an update: a date ("Update, Dec. 5:", "Update 12/5:"), a time in parentheses ("Update (3:05
    //      p.m. ET):", "Update 2 (14:30 UTC):") or a dash before the time ("Update — 14:30 UTC:"). Input: a story whose first
    //      line is such an update. What happens: the summary opens with the label ("Update, Dec. 5: Apple has now confirmed
    //      ..."), and with the dash form with a bare time, the very harm audit 37 H4 mended: "14:30 UTC: Apple has now confirmed ...".
    //      Expected: the summary opens "Apple has now confirmed ...". Cause: SummarizerSentences.RunInLabel's Update branch
    //      accepts only "Update[sd]? [N] [,] [at] HH:MM [am/pm] [ZONE]" right before the colon.
    [Theory]
    [InlineData("Update, Dec. 5: ")]
    [InlineData("Update 12/5: ")]
    [InlineData("Update (3:05 p.m. ET): ")]
    [InlineData("Update 2 (14:30 UTC): ")]
    [InlineData("Update — 14:30 UTC: ")]
    public void H9_ADatedUpdatesLabel_ShouldNotOpenTheSummary(string label)
    {
        var text = label + "Apple has now confirmed the recall covers every model sold since March." + Rest;
        var summary = Summarizer.Summarize("Apple recalls chargers after fires", text, null, "", 3, "en").Text;
        Assert.StartsWith("Apple has now confirmed the recall", summary, StringComparison.Ordinal);
    }

    // ---- H10: A news site's run-in section labels ("Why it matters:", "The big picture:", "Driving the news:", "What
    //      happened:"; Axios writes every story so, <strong>Why it matters:</strong> opening a paragraph) are printed in the
    //      summary: inside it ("... three countries. Why it matters: The recall is ...") and, where the text opens with one,
    //      as its first words. Input: a story of three such paragraphs. What happens: the labels are printed. Expected: the
    //      sentences without their labels. Cause: RunInLabel knows "TL;DR", "Summary", "Abstract", "Update", ... but no section
    //      label; Lede.FieldLine/IsTitledHeading treat "Label: sentence." as neither a field nor a heading.
    [Theory]
    [InlineData("Apple recalled two million chargers on Friday after reports of fires in three countries.\nWhy it matters: The recall is the largest in the company's history and covers every model sold since March.\nThe big picture: Regulators in Europe opened an inquiry into the fault on Friday and asked for documents.")]
    [InlineData("Driving the news: Apple recalled two million chargers on Friday after reports of fires in three countries.\nWhy it matters: The recall is the largest in the company's history and covers every model sold since March.")]
    public void H10_ANewsSitesSectionLabels_ShouldNotBePrintedInTheSummary(string text)
    {
        var summary = Summarizer.Summarize("Apple recalls chargers after fires", text, null, "", 3, "en").Text;
        Assert.StartsWith("Apple recalled two million chargers", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Why it matters:", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("The big picture:", summary, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 39: a flattened page's headline glued to its lead (Lede.AfterTitle).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39LedeTests
{
    private const string More = " The company told suppliers to prepare for production in the spring, according to the documents. Analysts expect the device to cost more than two thousand dollars.";

    // ---- H13: A page flattened to text often opens with its headline glued to the lead ("<h1>...</h1><p>...</p>" without a
    //      break), and a news lead most often opens with the headline's own subject: "Apple plans foldable iPhone for 2026
    //      Apple is planning to ship ...". AfterTitle cuts the headline only before an opener word, a byline or a name by
    //      its form (c71ce75: "xAI's", a link blog's "Tool:" label), so before "Apple" (a plain capitalised name) it keeps the
    //      text whole, to spare "Microsoft to acquire Activision" + " Blizzard ...". What happens: the summary opens "Apple
    //      plans foldable iPhone for 2026 Apple is planning ..." (the headline printed again, glued into the lead sentence); behind
    //      a run-in label ("Exclusive: ...", "Analysis: ...") the lead sentence is refused whole and the summary opens
    //      mid-story ("The company told suppliers to prepare ..."), c71ce75's harm by another path. Expected:
    //      the summary opens with the lead, "Apple is planning ...". Cause: Lede.AfterTitle; the headline's own first name
    //      repeated right after it ("Apple ... Apple is", "Intel era Intel's board") is a new sentence, no continuation.
    [Theory]
    [InlineData("Apple plans foldable iPhone for 2026", "", "Apple is planning to ship its first foldable phone next year, people familiar said.")]
    [InlineData("Apple plans foldable iPhone for 2026", "Exclusive: ", "Apple is planning to ship its first foldable phone next year, people familiar said.")]
    [InlineData("Intel's board ousts its chief executive", "Analysis: ", "Intel's board ousted its chief executive on Monday after four years of losses.")]
    public void H13_AHeadlineGluedToALeadOpeningWithItsOwnSubject_ShouldNotBePrintedInTheSummary(string title, string label, string lead)
    {
        var summary = Summarizer.Summarize(title, label + title + " " + lead + More, null, "", 3, "en").Text;
        Assert.StartsWith(lead, summary, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 39: "this ..." pointing back (Summarizer.NamesThisBefore, ThisNamesItself).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39PointingBackTests
{
    // ---- H14: 28181cc added a recording's kinds to ThisNamesItself ("session", "show", "demo", "interview", "presentation",
    //      ...), and NamesThisBefore asks that set of the noun AND the two words after it (ThisNoun's "more" group). A verb
    //      or a compound right after the noun now reads as the item naming itself: "Benchmarks of this approach show a 30
    //      percent gain" ("show"), "abuse this flaw in session handling" ("session"). Input: such sentences past a text's
    //      first. What happens: LeansOnThePrevious is false (with "reveal" for "show", or without "in session handling", it
    //      is true), so the sentence may stand in a summary without the sentence that says what "this approach" is.
    //      Expected: true, as before 28181cc. Cause: NamesThisBefore's `words.Any(ThisNamesItself.Contains)` over the
    //      following words; only the noun itself (or a noun compound it heads: "this interview series") should be asked.
    [Theory]
    [InlineData("Benchmarks of this approach show a 30 percent gain on large repositories.")]
    [InlineData("Early tests of this design show fewer crashes on older phones.")]
    [InlineData("Attackers can abuse this flaw in session handling to take over accounts.")]
    public void H14_ThisNounBeforeAVerbShowOrAWordSession_ShouldStillPointBack(string sentence)
        => Assert.True(Summarizer.LeansOnThePrevious(sentence));
}

/// <summary>Hostile-input audit 39: content-type cues (ContentRules.EnclosureIsTheItem, ContentTypeCues.AnnouncesARelease).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39TypeTests
{
    private static readonly string Story = string.Join(' ', Enumerable.Repeat(
        "The European Commission fined Meta 800 million euros for tying its classified ads service to Facebook, the regulator said on Thursday.", 10));

    // ---- H7: Audit 37 H2 made a full article with a read-aloud mp3 keep its own type unless its "notes name what is heard or
    //      watched" (ContentTypeCues.NamesMedia over the title and first 500 characters). But MediaWord is a news story's
    //      vocabulary too: "interview" ("In an interview with Reuters, ..."), "conversation", "hosts" (servers), "guests",
    //      "audio", "video" (a story about a video product), "chapters", "#1". Input: a 150+-word news story with an
    //      audio/mpeg enclosure, no duration, no feed of media, whose first sentence quotes an interview or counts hosts.
    //      What happens: typed podcast ("Podcasts & video", "listen or watch"), its ad patterns skipped as an episode's.
    //      Expected: it keeps the scorer's "news". Cause: ContentRules.EnclosureIsTheItem's NamesMedia test, which should need
    //      words of the item itself being heard or watched ("this episode", "listen", "our guest", a show's "#412"), not any
    //      media word.
    [Theory]
    [InlineData("EU fines Meta €800M over Marketplace tying", "In an interview with Reuters on Thursday, the commissioner said the fine was the largest ever imposed under the act. ")]
    [InlineData("Hackers breach 4,000 VPN appliances", "Attackers compromised more than 4,000 hosts running the vulnerable VPN appliance before a patch shipped, researchers said. ")]
    public void H7_ANewsStoryWithAReadAloud_ThatMentionsAnInterviewOrHosts_ShouldStayNews(string title, string opening)
    {
        var news = new Article { Id = "a", FeedUrl = "https://news.example/feed", Title = title, Text = opening + Story, Link = "https://news.example/story", EnclosureType = "audio/mpeg" };
        Assert.True(news.WordCount >= 150);
        Assert.Equal(ContentTypes.News, ContentTypeCues.Apply(news, new ArticleScore { Id = "a", ContentType = ContentTypes.News }).ContentType);
    }

    // ---- H8: AnnouncesARelease accepts "a number right before 'released'" (\d[\w+-]*\s+released$, audit 37 H6's "Debian 13
    //      released"), and a CVE id is such a number: "PoC exploit for Fortinet FortiWeb CVE-2025-64446 released" is read as a
    //      release announcement and news of an exploit is promoted to "release" (the Releases section, the release age limit).
    //      IsAdvisory cannot undo it: "released" is a ReleaseWord. Input: security news typed news. What happens: release.
    //      Expected: news. Cause: ContentTypeCues.AnnouncesARelease's bare-number branch matches the tail of an identifier
    //      ("CVE-2025-64446", "KB5034441" aside, which is a release).
    [Theory]
    [InlineData("PoC exploit for Fortinet FortiWeb CVE-2025-64446 released")]
    [InlineData("Exploit code for Windows CLFS flaw CVE-2025-29824 released")]
    public void H8_AnExploitForACveReleased_ShouldNotBecomeARelease(string title)
        => Assert.Equal(ContentTypes.News, ContentTypeCues.Apply(new Article { Id = "n", FeedUrl = "https://n.example/feed", Title = title, Link = "https://n.example/n" },
            new ArticleScore { Id = "n", ContentType = ContentTypes.News }).ContentType);
}

/// <summary>Hostile-input audit 39: "AI Research" needs words of research (TopicEvidence.SubjectWords).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit39TopicTests
{
    // ---- H11: a9db5ed gave "AI Research" a word list so that model launches and chip news stop getting it (held-out reviews 47
    //      F7, 48 F4, 49 F3), and a word in the TITLE is a witness on its own. The list holds launch vocabulary: "reasoning"
    //      (every 2025 model launch is "a reasoning model"), "architecture(s)" (every GPU launch), "novel", "alignment",
    //      "acl" (an access-control list). Input: a model launch and a GPU launch with nothing of research in their text.
    //      What happens: Named("AI Research") is true from the title alone; in a CLI run with the shipped model
    //      (minilm-heads.nceh) both printed "AI Research" among their topics ("OpenAI launches o3-pro, its most capable
    //      reasoning model yet": Open Source, AI & Machine Learning, AI Research; "Nvidia unveils Rubin, its next GPU
    //      architecture for AI data centers": Hardware & Chips, Cloud & Infrastructure, AI Research). Expected: not named.
    //      Cause: TopicEvidence.SubjectWords["AI Research"] ("reasoning", "architectures?") read as a title witness.
    [Theory]
    [InlineData("OpenAI launches o3-pro, its most capable reasoning model yet",
        "OpenAI on Tuesday made o3-pro available to ChatGPT Pro and Team subscribers and to developers through its API, replacing o1-pro in the model picker. " +
        "The company said the model thinks longer before answering and is priced at $20 per million input tokens.")]
    [InlineData("Nvidia unveils Rubin, its next GPU architecture for AI data centers",
        "Nvidia used its keynote on Monday to show Rubin, the successor to Blackwell, promising systems that ship in the second half of next year to cloud providers. " +
        "Shares rose 3% in late trading as chief executive Jensen Huang said demand for AI infrastructure remains strong.")]
    public void H11_AModelOrChipLaunch_ShouldNotNameAiResearch(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("AI Research"));

    // ---- H12: Since f330195 a second or third topic needs two witnesses, but "AI & Machine Learning" has no word list:
    //      its words witness is TopicEvidence's AI gate, met by ONE AI word anywhere in 20,000 characters, and its other a
    //      positive affinity. An outage story that names ChatGPT among the sites that went down and the provider's "bot
    //      management" system passes both. Input: that story with the affinities the tagger ranks it by (the best topic Cloud,
    //      AI & ML barely above its usual). What happens: ["Cloud & Infrastructure", "AI & Machine Learning", ...]; in the CLI
    //      run with the shipped model "Cloudflare outage takes down thousands of websites" printed "Cloud & Infrastructure, AI &
    //      Machine Learning, Web Development". Expected: no AI topic (the story is not about AI). Cause: TopicTaxonomy.Choose's
    //      Witnessed (named null: affinity alone) with TopicEvidence.AllowsIn's single-mention AiWords gate ("bots?",
    //      "chatgpt"); AI & ML should need its words twice or in the title, like the subject topics.
    [Fact]
    public void H12_AnOutageStoryNamingChatGptOnce_ShouldGetNoAiTopic()
    {
        const string title = "Cloudflare outage takes down thousands of websites";
        // (The audit's text said "bot management system": "bot" is an AI word, and two of them name the topic; left open.)
        const string text = "Cloudflare has now confirmed the outage was caused by a configuration file that grew beyond a hard limit in its proxy system. " +
                            "Thousands of websites including X and ChatGPT returned errors for about three hours on Tuesday as the network provider struggled to restore its proxies worldwide. " +
                            "The company said it would publish a full post-mortem and review how configuration changes are rolled out across its global network of data centers.";
        var (allows, named) = TopicEvidence.Of(title, text);
        var ranked = new List<(string, double)>
        {
            ("Cloud & Infrastructure", 0.09), ("AI & Machine Learning", 0.015), ("Web Development", 0.012), ("Security & Privacy", -0.01),
        }.Where(t => allows(t.Item1)).ToList();
        Assert.DoesNotContain("AI & Machine Learning", TopicTaxonomy.Choose(ranked, 3, 5, 0.06, named, NewsCurator.Enhance.TopicTagger.NamedLeadMargin));
    }
}
