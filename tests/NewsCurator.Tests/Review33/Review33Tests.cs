using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Review33;

/// <summary>Review of session 33's change (444a281..b4eebf7), Select: DifferentSubjects and the Period names.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33SelectTests
{
    // ---- R1: a capital at a sentence's start is read as a name ----

    private const string HackersTitle = "Hackers exploit critical Citrix Bleed 2 flaw in NetScaler appliances";
    private const string HackersText = "Hackers are exploiting the critical Citrix Bleed 2 flaw in NetScaler ADC and Gateway appliances, researchers warned on Monday. Citrix urged admins to patch.";
    private const string AttackersTitle = "Attackers exploit critical Citrix Bleed 2 flaw in NetScaler appliances";
    private const string AttackersText = "Attackers began exploiting the Citrix Bleed 2 flaw in NetScaler appliances days before a patch. Citrix has since fixed it.";

    [Fact]
    public void DifferentSubjects_AWordCapitalisedOnlyWhereItOpensASentence_IsNoName()
        // Each text writes its opening word only at the start of its first sentence, as leads do: no sign of a name.
        => Assert.False(TitleNames.DifferentSubjects(HackersTitle, HackersText, AttackersTitle, AttackersText));

    [Fact]
    public void SameStory_OneEventReworded_ShouldStillBeOneStory_WhenTheLeadsOpenOnTheTitlesFirstWords()
    {
        var (selected, _) = Run((Story("a", "first.example", HackersTitle, HackersText), 1.0, 9),
            (Story("b", "second.example", AttackersTitle, AttackersText, 0.2), 0.85, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
    }

    // ---- R2: a name that opens in lower case ("iPhone", "macOS") is never read as one ----

    private const string IPhoneTitle = "iPhone 17 sales hit record in Q3 2026 on AI demand";
    private const string IPhoneText = "iPhone 17 sales rose 12 percent in the quarter. Apple said the iPhone 17 Pro sold out in China.";
    private const string GalaxyTitle = "Galaxy S26 sales hit record in Q3 2026 on AI demand";
    private const string GalaxyText = "Galaxy S26 sales rose 9 percent in the quarter. Samsung said the Galaxy S26 Ultra sold out in Korea.";

    [Fact]
    public void DifferentSubjects_ANameWrittenWithALowerCaseFirstLetter_IsStillAName()
        => Assert.True(TitleNames.DifferentSubjects(IPhoneTitle, IPhoneText, GalaxyTitle, GalaxyText));

    [Fact]
    public void SameStory_TwoProductsUnderOneHeadlineTemplate_ShouldStayTwoStories_WhenOneNameOpensInLowerCase()
    {
        var (selected, decisions) = Run((Story("a", "first.example", IPhoneTitle, IPhoneText), 1.0, 9),
            (Story("b", "second.example", GalaxyTitle, GalaxyText, 0.2), 0.83, 8.9));
        Assert.True(selected.Any(s => s.Id == "b"), decisions.FirstOrDefault(d => d.ArticleId == "b" && d.Outcome != Outcomes.Selected)?.Reason);
    }

    // ---- R3: the subject before a colon is skipped as if it were a label ----

    private const string IntelTitle = "Intel Q3 2026: revenue hits record on AI chip demand";
    private const string IntelText = "Chipmaker Intel reported record revenue for the quarter, and analysts said Intel data-centre chips sold out.";
    private const string AmdTitle = "AMD Q3 2026: revenue hits record on AI chip demand";
    private const string AmdText = "Chipmaker AMD reported record revenue for the quarter, and analysts said AMD Instinct accelerators sold out.";

    [Fact]
    public void DifferentSubjects_TheCompanyNamedBeforeTheColon_IsTheSubject()
        => Assert.True(TitleNames.DifferentSubjects(IntelTitle, IntelText, AmdTitle, AmdText));

    [Fact]
    public void SameStory_TwoCompaniesResultsUnderOneColonTemplate_ShouldStayTwoStories()
    {
        var (selected, decisions) = Run((Story("a", "first.example", IntelTitle, IntelText), 1.0, 9),
            (Story("b", "second.example", AmdTitle, AmdText, 0.2), 0.83, 8.9));
        Assert.True(selected.Any(s => s.Id == "b"), decisions.FirstOrDefault(d => d.ArticleId == "b" && d.Outcome != Outcomes.Selected)?.Reason);
    }

    // ---- R4: a version number is read as a bare number, and one event's two tellings no longer share two names ----

    [Theory]
    [InlineData("Chrome 138 fixes actively exploited V8 zero-day", "Google patches V8 zero-day in Chrome 138")]
    [InlineData("Linux 6.12 lands with PREEMPT_RT merged", "Torvalds ships Linux 6.12: PREEMPT_RT is finally in")]
    public void SameEvent_TwoTellingsSharingAProductAndItsVersion_ShouldStillBeOneEvent(string first, string second)
    {
        var (selected, _) = Run((Story("a", "first.example", first, first + "."), 1.0, 9), (Story("b", "second.example", second, second + ".", 0.2), 0.84, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
    }
}

/// <summary>Review of session 33's change: a person's profile page (SitePages.Profile).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33ProfileTests
{
    private static string? Check(string title, string link, string text)
        => SitePages.Of(new Article { Id = "a", FeedUrl = "https://site.example.org/feed.xml", Title = title, Text = text, Link = link, Language = "en" });

    // ---- R5: a biography's opening is read as a profile page, whatever the page is ----

    [Theory]
    // An obituary titled by the name, opening on what the person was.
    [InlineData("Bram Moolenaar", "https://blog.example.org/2023/08/bram-moolenaar/",
        "Bram Moolenaar was the author and maintainer of Vim for more than thirty years. He died on 3 August 2023, his family announced on the Vim mailing list, and the project's maintainers have promised to keep Vim going. Thousands of developers have posted their thanks.")]
    // A podcast's episode titled by its guest, whose show notes open on the guest's bio.
    [InlineData("Kelsey Hightower", "https://podcast.example.org/episodes/412/",
        "Kelsey Hightower is a former principal engineer at Google. In this episode we talk about why he retired, what Kubernetes got wrong about developer experience, and why he thinks most companies should not run their own clusters at all. Recorded live at KubeCon.")]
    public void AStoryTitledByAPersonsName_OverWhatThePersonIs_ShouldStay(string title, string link, string text)
        => Assert.Null(Check(title, link, text));
}

/// <summary>Review of session 33's change: summaries (Tidy's series navigation, BeforeTrailingClause).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33SummaryTests
{
    // ---- R6: "part"/"post" without a word's end ----

    [Theory]
    [InlineData("Acme and Globex will co-design the chip (this is the first partnership between the two rivals since 2019).")]
    [InlineData("NIST finalised the standard on Tuesday (this is the first post-quantum signature scheme it has approved).")]
    public void Tidy_AParenthesisAboutAPartnershipOrPostQuantum_IsNoSeriesNavigation(string sentence)
        => Assert.Equal(sentence, Summarizer.Tidy(sentence));

    // ---- R7: a label or a part of a law that says something ----

    [Theory]
    [InlineData("The Pro plan now costs $30 a month (previously: $20).")]
    [InlineData("A clean build now takes 1.8 seconds (previously: 4.2 seconds on the same machine).")]
    [InlineData("Ofcom can now fine platforms up to 10% of their revenue (Part 3 of the Online Safety Act) for failing to remove illegal content.")]
    public void Tidy_AParenthesisThatCarriesAFact_ShouldStay(string sentence)
        => Assert.Equal(sentence, Summarizer.Tidy(sentence));

    // ---- R8: a dropped consequence that overturns the kept claim, with no contrast word ----

    [Theory]
    [InlineData("A study published in Nature last spring reported that the new sodium battery chemistry stores three times as much energy per kilogram as the best lithium-ion cells on the market while costing less than half as much to make at scale, after which the journal withdrew the paper over fabricated measurements.")]
    [InlineData("Acme told all of its remote employees in a company-wide memo on Monday that they would have to move within fifty miles of one of its four offices by the end of the year or lose their jobs, prompting a backlash among staff so fierce that the company scrapped the plan entirely two days later and apologised.")]
    public void BeforeTrailingClause_ShouldNotDropALaterEventThatUndoesTheClaim(string sentence)
        => Assert.Null(Summarizer.BeforeTrailingClause(sentence));

    // ---- R9: the contrast list reads tech vocabulary as contradiction ----

    [Theory]
    [InlineData("Researchers published a working exploit for the critical authentication bypass in the widely deployed FortiWeb web application firewall that lets an unauthenticated attacker create administrator accounts on any exposed appliance, including the steps for reverse engineering the patch the vendor quietly shipped to its customers last week.",
        "Researchers published a working exploit for the critical authentication bypass in the widely deployed FortiWeb web application firewall that lets an unauthenticated attacker create administrator accounts on any exposed appliance.")]
    [InlineData("Google released Android 16 to Pixel phones on Tuesday with a redesigned notification shade, live updates for rides and deliveries, a desktop mode for external displays and stricter limits on apps running in the background, including several features that are not yet available on phones from other makers.",
        "Google released Android 16 to Pixel phones on Tuesday with a redesigned notification shade, live updates for rides and deliveries, a desktop mode for external displays and stricter limits on apps running in the background.")]
    public void BeforeTrailingClause_ReverseEngineeringOrNotYet_IsNoContradiction(string sentence, string expected)
        => Assert.Equal(expected, Summarizer.BeforeTrailingClause(sentence));
}

/// <summary>Review of session 33's change: a home link without a scheme (ArticleNormalizer.HomeOf).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review33HomeTests
{
    private static Article Item(string feedUrl, string home, string link)
        => ArticleNormalizer.ToArticleOrNull(new ParsedItem { Guid = link, Title = "Episode 12: shipping a compiler", Link = link, ContentHtml = "<p>We talk compilers.</p>" },
            new FeedSource(feedUrl), "Show", home)!;

    // ---- R10 ----

    [Fact]
    public void AHomeWrittenWithoutItsScheme_IsNoPathOnTheFeedHost()
    {
        // Two shows on one podcast host, each naming its website as the host's form took it ("www.showone.com"): read as a
        // relative path, both homes became the host's site, and the two shows shared one publisher's cap.
        var one = Item("https://feeds.buzzsprout.com/111.rss", "www.showone.com", "https://www.buzzsprout.com/111/episodes/1");
        var two = Item("https://feeds.buzzsprout.com/222.rss", "www.showtwo.com", "https://www.buzzsprout.com/222/episodes/1");
        Assert.NotEqual(Selector.PublisherOf(one), Selector.PublisherOf(two));
    }
}
