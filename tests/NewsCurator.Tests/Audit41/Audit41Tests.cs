using System.Diagnostics;
using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using Xunit.Abstractions;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Audit41;

/// <summary>Hostile-input audit 41: LinkLists (H1, H3).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41LinkListTests
{
    // ---- H1: LinkLists.IsLabelledAddress (LinkLists.cs:27-31) takes any line of up to eight words ending in an address for a
    //      "label + addresses" line, so GitHub's generated release notes ("* Fix X by @bob in https://github.com/.../pull/102")
    //      and a microblog post's lines ("New post: Why I left Kubernetes https://...") are all taken off: the release's every
    //      change, or the whole post, leaves the text. Expected: those lines stay (they are the story).
    [Theory]
    [InlineData("What's Changed\n* Add ARM64 Linux builds by @alice in https://github.com/o/r/pull/101\n* Fix crash when the config file is empty by @bob in https://github.com/o/r/pull/102\n"
                + "* Support Python 3.13 by @carol in https://github.com/o/r/pull/103\n\nFull Changelog: https://github.com/o/r/compare/v1.0.0...v1.1.0", "Add ARM64 Linux builds")]
    [InlineData("What's Changed\n* Add ARM64 Linux builds by @alice in https://github.com/o/r/pull/101\n* Support Python 3.13 by @carol in https://github.com/o/r/pull/103",
        "Support Python 3.13")]
    [InlineData("New post: why we left Kubernetes https://blog.example/leaving-k8s\nThe KubeCon talk version is up too https://youtu.be/AAAAAAAAAAA",
        "why we left Kubernetes")]
    public void H1_LinesWhoseWordsAreTheStory_ShouldStay(string text, string story)
        => Assert.Contains(story, LinkLists.Without(text), StringComparison.Ordinal);

    // ---- H3: a label is "at most eight words" counted by spaces (LinkLists.cs:30), and Japanese or Chinese prose has no
    //      spaces: a paragraph of two sentences that ends on its source's address is one "word" of label. Two such
    //      paragraphs and the story is gone. Expected: the prose stays.
    [Fact]
    public void H3_CjkParagraphsEndingOnTheirSource_ShouldStay()
    {
        const string text = "新しいモデルは従来より二倍速く、消費電力も半分になったと同社は発表した。詳細は公式ブログを参照 https://example.jp/blog/1\n"
                            + "同社は来年春に一般向けの提供を始める予定で、価格はまだ明らかにしていない。発表資料 https://example.jp/pr/2";
        var without = LinkLists.Without(text);
        Assert.Contains("二倍速く", without, StringComparison.Ordinal);
        Assert.Contains("来年春", without, StringComparison.Ordinal);
    }
}

/// <summary>Hostile-input audit 41: Select's clips (Clips.cs): H2, H4.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41ClipTests
{
    private static Article Video(string id, string title, string text, double daysLater) => new()
    {
        Id = id, FeedUrl = "https://www.youtube.com/feeds/videos.xml?channel_id=UCmaker", FeedHome = "https://www.youtube.com/@maker", Title = title, Text = text,
        Link = $"https://www.youtube.com/watch?v={id}", Published = Day.AddDays(daysLater),
    };

    // ---- H2: Clips.IsClip (Clips.cs:51-53) calls an item a clip when "full|complete|longer ... video|stream|version|interview"
    //      appears anywhere in its first 5,000 characters, and Links (Clips.cs:21-22) then makes it give way to ANY chosen item
    //      its text links. A channel's part 2 whose description links part 1 and mentions "the full stream" is dropped as "a
    //      clip of" part 1; a news story quoting "the full interview" that links an earlier story is dropped as a clip of it.
    //      Expected: both chosen (neither is a clip of the page it links).
    [Fact]
    public void H2_APart2ThatLinksPart1AndMentionsTheFullStream_ShouldNotBeItsClip()
    {
        var part1 = Video("AAAAAAAAAAA", "Building a CNC router, part 1: the frame", "I cut and bolt together the aluminium frame and square the gantry for the spindle.", 0);
        var part2 = Video("BBBBBBBBBBB", "Building a CNC router, part 2: the electronics",
            "Today I wire up the stepper drivers, the limit switches and the controller board.\nPart 1: https://www.youtube.com/watch?v=AAAAAAAAAAA\n"
            + "The full stream with all my mistakes is on the second channel.", 1);
        Assert.False(Clips.IsClipOf(part2, part1.Link));
        var (selected, decisions) = Run((part1, 1.0, 9), (part2, 0.0, 8.9));
        Assert.Contains(selected, s => s.Id == part2.Id);
        Assert.DoesNotContain(decisions, d => d.ArticleId == part2.Id && d.Rule == "same_story");
    }

    [Fact]
    public void H2_ANewsStoryQuotingTheFullInterviewThatLinksAnEarlierStory_ShouldNotBeItsClip()
    {
        var earlier = Story("earlier", "news.example", "Chipmaker names new chief executive after months of search");
        var story = Story("later", "news.example", "New chipmaker chief plans to split off the foundry business",
            "The company's new chief executive said on Thursday that he would split off the foundry within two years. "
            + "In the full interview, he said customers had asked for a separate company. Earlier: https://news.example/earlier", 1);
        Assert.False(Clips.IsClipOf(story, earlier.Link));
    }

    // ---- H4: AfterTheirFull (Clips.cs:25-41) moves each clip after the page it links, one clip at a time. A full video whose
    //      own description says "the whole video" and links its Short is a "clip" too: the Short is moved after the full video,
    //      then the full video after the Short, and the Short is chosen first; the full video then gives way to it as "a clip
    //      of it". Expected: the full video chosen, the Short dropped.
    [Fact]
    public void H4_AFullVideoAndItsShortThatLinkEachOther_TheFullVideoShouldWin()
    {
        var shortClip = Video("SSSSSSSSSSS", "The one trick that fixed my 3D prints #shorts",
            "Tightening the belts was the one change that fixed the ringing on every print after two weeks of tuning.\nFull video: https://youtu.be/FFFFFFFFFFF", 1) with
        {
            Link = "https://www.youtube.com/shorts/SSSSSSSSSSS",
        };
        var full = Video("FFFFFFFFFFF", "Tuning a cheap 3D printer until it beats a premium one",
            "Here is the whole video of two weeks of tuning: belts, extruder steps, input shaping and pressure advance.\n"
            + "The 60-second version: https://www.youtube.com/shorts/SSSSSSSSSSS", 0);
        var (selected, decisions) = Run((shortClip, 1.0, 9), (full, 0.0, 8.9));
        Assert.Contains(selected, s => s.Id == full.Id);
        Assert.DoesNotContain(decisions, d => d.ArticleId == full.Id && d.Rule == "same_story");
    }
}

/// <summary>Hostile-input audit 41: topics (TopicEvidence.Haystack): H5, H10.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41TopicTests(ITestOutputHelper output)
{
    // ---- H5: TopicEvidence.Address (TopicEvidence.cs:124-126) takes "word.ai" / "word.io" / "word.net" for a web address and
    //      removes it before the AI field's evidence is read, so a company whose name is its domain ("Character.AI", "C3.ai")
    //      no longer says "AI": a story about it alone is refused every AI topic. Expected: the AI field offered.
    [Theory]
    [InlineData("Character.AI bars teenagers from open-ended chats", "Character.AI will stop users under 18 from open-ended conversations with its characters from next month, the company said.")]
    [InlineData("C3.ai shares fall 20% after it withdraws its forecast", "C3.ai said on Wednesday that its founder would step down as chief executive for health reasons.")]
    public void H5_ACompanyNamedByItsDomain_ShouldStillSayAI(string title, string text)
        => Assert.True(TopicEvidence.For(title, text)("AI & Machine Learning"));

    // ---- H10 (slow path): the same Address regex (TopicEvidence.cs:124-126) backtracks: "[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|...)"
    //      over a run of dotted tokens with no listed ending is read to the run's end from every start, so its cost grows with the
    //      square of the run (measured per call warm on this shared 2-core machine: 4,950 characters 32 ms, 9,900 158 ms, 19,800 548 ms, the first call about 2 s;
    //      Named, For and Of each build the haystack). No time is asserted: the outcome only (no AI field from such a text).
    [Fact]
    public void H10_ADottedRunOfTwentyThousandCharacters_IsReadToAnOutcome()
    {
        foreach (var n in new[] { 6_600, 3_300, 6_600, 1_650 })
        {
            var text = new StringBuilder().Insert(0, "a.b", n).ToString();
            var watch = Stopwatch.StartNew();
            Assert.False(TopicEvidence.For("A dotted text", text)("AI & Machine Learning"));
            output.WriteLine($"TopicEvidence.For over {text.Length} dotted characters: {watch.ElapsedMilliseconds} ms");
        }
    }
}

/// <summary>Hostile-input audit 41: same story in title case (TitleNames.HasOwnName): H6.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41SameStoryTests
{
    // ---- H6: HasOwnName (TitleNames.cs:263, WritesInLowerCase 268-272) now takes a capitalised slot word of a title-case headline for a name unless
    //      its own text writes it in lower case; a word its text never uses at all ("Emergency", "Urgent", adjectives of the
    //      headline only) counts as a name, and two tellings of one event are kept as two stories. Expected: one story.
    [Fact]
    public void H6_TwoTitleCaseTellingsThatDifferInAnAdjectiveTheirTextsNeverUse_ShouldStayOneStory()
    {
        // The contrast: where each text writes its word in lower case ("an emergency fix", "an urgent update"), one story.
        var (s2, d2) = Run(
            (Story("a", "securityweek.example", "Apple Rushes Out Emergency Update for Exploited iPhone Flaw")
                with { Text = "Apple shipped an emergency fix on Monday for a flaw that attackers used against specific people, the company said." }, 1.0, 9),
            (Story("b", "thehackernews.example", "Apple Rushes Out Urgent Update for Exploited iPhone Flaw", 0.2)
                with { Text = "The company patched the bug on Monday in an urgent update and said it may have been used in an extremely sophisticated attack." }, 0.5, 8.9));
        Assert.True(s2.All(s => s.Id != "b"), "the same headlines over texts that write the words in lower case are merged: " + string.Join(";", d2.Where(d => d.ArticleId == "b").Select(d => d.Rule)));
        var (selected, decisions) = Run(
            (Story("a", "securityweek.example", "Apple Rushes Out Emergency Update for Exploited iPhone Flaw")
                with { Text = "Apple shipped a fix on Monday for a flaw that attackers used against specific people, the company said." }, 1.0, 9),
            (Story("b", "thehackernews.example", "Apple Rushes Out Urgent Update for Exploited iPhone Flaw", 0.2)
                with { Text = "The company patched the bug on Monday and said it may have been used in an extremely sophisticated attack." }, 0.5, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }
}

/// <summary>Hostile-input audit 41: summaries (Summarizer.LeansOnThePrevious): H7.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41SummaryTests
{
    // ---- H7: the new back-reference phrases (Summarizer.cs:84-85) match by prefix, so "In the previous quarter, ..." and "In
    //      the previous round of talks, ..." lean on a sentence left out, and a comma-less "Because" (Summarizer.cs:413) makes
    //      a sentence that carries its own clause lean too. Expected: these stand alone.
    [Theory]
    [InlineData("In the previous quarter, revenue rose 12 percent to $4.1 billion on strong data-centre sales.")]
    [InlineData("In the previous round of talks the two sides agreed on a ceasefire that collapsed within a week.")]
    [InlineData("Because the model runs entirely on the phone no recording ever leaves the device.")]
    public void H7_SentencesThatStandAlone_ShouldNotLean(string sentence)
        => Assert.False(Summarizer.LeansOnThePrevious(sentence));
}

/// <summary>Hostile-input audit 41: items linking into one page (HomeLinkedItems.NamesItsEntry): H9.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41HomeLinkedTests
{
    // ---- H9: NamesItsEntry (HomeLinkedItems.cs:40-47) takes an anchor that spells half the title's words for a journal's
    //      own entry, and a static-site generator names every heading's anchor by its words ("#openai-ships-gpt-5"), so an
    //      AI-written digest's edition page with slug anchors keeps every item on the bot's page again (the twenty-fifth
    //      held-out review's F1, only with readable anchors). Expected: each item links its outlet, as with "#s-5d9c41".
    [Fact]
    public void H9_ADigestEditionWithSlugAnchors_ShouldLinkEachItemsOutlet()
    {
        static ParsedItem Item(string slug, string title, string outlet) => new()
        {
            Title = title, Link = $"https://bot.example.io/editions/2026-10-05.html#{slug}",
            SummaryHtml = $"<p>A rewrite of the outlet's story.</p><ul><li><a href=\"{outlet}\">outlet</a></li></ul>",
        };
        var (items, warning) = HomeLinkedItems.Resolve(
            [Item("openai-ships-gpt-5-to-all-users", "OpenAI ships GPT-5 to all users", "https://openai.example/index/gpt-5"),
             Item("ibm-bob-writes-code", "IBM's Bob writes code", "https://siliconangle.example/2026/10/04/bob")], "https://bot.example.io");
        Assert.Equal(["https://openai.example/index/gpt-5", "https://siliconangle.example/2026/10/04/bob"], items.Select(i => i.Link));
        Assert.NotNull(warning);
    }
}

/// <summary>Hostile-input audit 41: calls to action (Summarizer.CallToAction): H8.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit41CallToActionTests
{
    // ---- H8: the creator's-ask alternatives added to CallToAction (Summarizer.cs:198-199) are unanchored, so a news sentence
    //      that reports a product's "leave a comment" or "hit the like button" feature is refused as the creator asking the
    //      viewer (no summary's). Expected: a sentence about others doing it is no call to action.
    [Theory]
    [InlineData("The new Docs feature lets anyone with view access leave a comment on a selected passage.")]
    [InlineData("In a test, YouTube hides the like count until viewers hit the like button themselves.")]
    public void H8_ANewsSentenceAboutCommentsOrLikes_IsNoCallToAction(string sentence)
        => Assert.False(Summarizer.IsCallToAction(sentence));
}
