using NewsCurator.Configuration;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Review36;

/// <summary>Review 36 (git diff 16552a1..68d5be7): ingest findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review36IngestTests
{
    private const string Long = "The company said on Tuesday that its new storage engine cuts the cost of keeping old snapshots by more than half for most customers";

    // R1: SubmittedStory.Submission closes the submission at the first straight quote, so a straight-quoted word inside a
    // straight-quoted submission cuts it there and the rest is appended with a stray mark (the H5 defect, for straight quotes).
    [Fact]
    public void R1_AStraightQuotedWordInsideAStraightQuotedSubmission_ShouldStayQuoted()
    {
        var text = $"BrianFagioli writes \"{Long}, and it called the release a \"preview\" of the product.\"";
        var result = SubmittedStory.WithoutCredit(text);
        Assert.Equal($"{Long}, and it called the release a \"preview\" of the product.", result);
    }

    // R1 (curly opening): a straight mark cannot close a submission a curly mark opened; the inch mark of '6" display' did.
    [Fact]
    public void R1_AnInchMarkInsideACurlyQuotedSubmission_ShouldNotCloseIt()
    {
        var text = $"BrianFagioli writes \u201c{Long}, and the phone has a 6\" display that folds in half.\u201d";
        Assert.Equal($"{Long}, and the phone has a 6\" display that folds in half.", SubmittedStory.WithoutCredit(text));
    }

    // R2: HomeLinkedItems.NamesItsEntry exempts anchors that slug their titles, the form every static-site generator writes
    // for a heading's id, so an AI digest's edition page with heading anchors links the bot again (25th held-out review, F1).
    [Fact]
    public void R2_ADigestsEditionPageWithHeadingSlugAnchors_ShouldStillLinkTheOutlets()
    {
        static ParsedItem Item(string anchor, string title, string outlet) => new()
        {
            Title = title, Link = $"https://bot.example.io/editions/2026-10-05.html#{anchor}",
            ContentHtml = $"<p>A rewrite of the outlet's story.</p><ul><li><a href=\"{outlet}\">outlet</a></li></ul>",
        };
        var (items, warning) = HomeLinkedItems.Resolve(
            [Item("a-harness-for-testing-agents", "A harness for testing agents", "https://www.marktechpost.com/2026/10/03/harness"),
             Item("ibm-s-bob-writes-code", "IBM's Bob writes code", "https://siliconangle.com/2026/10/04/bob")], "https://bot.example.io/");
        Assert.Equal(["https://www.marktechpost.com/2026/10/03/harness", "https://siliconangle.com/2026/10/04/bob"], items.Select(i => i.Link));
        Assert.NotNull(warning);
    }
}

/// <summary>Review 36: selection findings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review36SelectTests
{
    private static readonly DateTimeOffset RunStart = new(2026, 2, 20, 6, 0, 0, TimeSpan.Zero);

    private static (Article, ArticleScore) Video(string id, string channel, string link, string title, string text, double relevance) => (
        new Article { Id = id, FeedUrl = $"https://www.youtube.com/feeds/videos.xml?channel_id={channel}", FeedHome = $"https://www.youtube.com/channel/{channel}", FeedTitle = channel,
            Title = title, Link = link, Text = text, Published = RunStart.AddDays(-1) },
        new ArticleScore { Id = id, TechRelevanceScore = relevance, QualityScore = 6 });

    // R3: Clips.AfterTheirFull moves a clip below its full piece wherever that ranks; where the full piece ranks below the
    // issue's last place, neither is printed, and the story the clip ranked first for is lost.
    [Fact]
    public async Task R3_AShortWhoseFullVideoRanksBelowTheIssue_ShouldNotLoseTheStory()
    {
        var input = new List<(Article, ArticleScore)>
        {
            Video("short", "UC1", "https://www.youtube.com/shorts/WLCiZ04W5CQ", "This ESP32 board has a secret", "The board hides a second radio. Full video here: https://youtu.be/jyhVxC0ipE8", 9),
            Video("a", "UC2", "https://www.youtube.com/watch?v=Wir1jBqvQEs", "Soldering a tiny SMD LED matrix", "How the matrix was soldered and driven from the microcontroller.", 8),
            Video("b", "UC3", "https://www.youtube.com/watch?v=Xy2jBqvQEs0", "Repairing a vintage oscilloscope", "The power supply, its capacitors and the trace that came back.", 7),
            Video("full", "UC1", "https://www.youtube.com/watch?v=jyhVxC0ipE8", "Reverse engineering a cheap ESP32 display board", "A long look at the board, its radio and its display driver, with schematics.", 5),
        };
        var decisions = new List<Decision>();
        var config = new PipelineConfig { Select = new SelectConfig { MaxArticles = 2 } };
        var result = await new Selector(config, asOf: RunStart).ChooseAsync(() => input.ToAsyncEnumerable(), decisions.Add);
        Assert.True(result.Selected.Any(s => s.Article.Id is "short" or "full"), string.Join("\n", decisions.Select(d => $"{d.ArticleId} {d.Rule} {d.Reason}")));
    }

    // R4: HasOwnName takes a title-case slot word its own text never uses for a name (WritesInLowerCase needs a lower-case
    // use), so two tellings of one event differing in a headline adjective their short texts do not repeat stay two.
    [Theory]
    [InlineData("Microsoft Patches Critical Flaw Exploited in Attacks", "Microsoft patched a flaw in Exchange Server that attackers used this month.",
        "Microsoft Patches Severe Flaw Exploited in Attacks", "Microsoft fixed a flaw in Exchange Server, already used in attacks.")]
    public void R4_OneEventUnderOneTitleCaseTemplate_AdjectiveNotInTheText_ShouldStayOneStory(string titleA, string textA, string titleB, string textB)
    {
        var (selected, decisions) = Run(
            (Story("a", "securityweek.example", titleA) with { Text = textA }, 1.0, 9),
            (Story("b", "thehackernews.example", titleB, 0.2) with { Text = textB }, 0.5, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }
}

/// <summary>Review 36: types and topics.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review36ScoringTests
{
    // R5: the H7 mend of ContentTypeCues.Advisory refuses only a determiner right before "Vulnerability In"; any other
    // title-case word (an adjective, an ordinal) still makes a title-case tutorial an advisory, as the sentence-case
    // headline is not.
    [Theory]
    [InlineData("Finding A Critical Vulnerability In Your Rails App With Brakeman")]
    [InlineData("Fixing Your First Vulnerability In An Open Source Project")]
    public void R5_ATitleCaseTutorialWithAnAdjectiveBeforeVulnerability_ShouldStayATutorial(string title)
    {
        const string text = "In this walkthrough you'll add a scanner to a project and read its report.\n" +
                            "1. Install the tool\n2. Run it against the repository\n" +
                            "$ gem install brakeman\n$ brakeman -o report.html\n" +
                            "Let's look at the first warning it prints and fix it.";
        var article = new Article { Id = "t", FeedUrl = "https://sec.example/feed", Title = title, Text = text, Link = "https://sec.example/2025/12/scanning" };
        Assert.Equal(ContentTypes.Tutorial, ContentTypeCues.Apply(article with { Title = title[..1] + title[1..].ToLowerInvariant() }, new ArticleScore { Id = "t", ContentType = ContentTypes.Tutorial }).ContentType);
        Assert.Equal(ContentTypes.Tutorial, ContentTypeCues.Apply(article, new ArticleScore { Id = "t", ContentType = ContentTypes.Tutorial }).ContentType);
    }

    // R6: TopicEvidence.Address takes any word before ".com"/".ai"/... for a web address and blanks it before the topic
    // lists are read, so the names the lists hold with their dots ("amazon\.com" of Tech Industry) or as company names
    // ("Character.AI") no longer count.
    [Fact]
    public void R6_ACompanyNamedByItsDomain_ShouldStillNameItsTopic()
    {
        // Twice: one passing word names no subject topic (TopicEvidence.MinMentions); the review's single mention never did.
        Assert.True(TopicEvidence.Named("Warehouse robots move more parcels", "Amazon.com said its warehouse robots moved twice as many parcels this year. Amazon.com plans more.")("Tech Industry"));
    }
}
