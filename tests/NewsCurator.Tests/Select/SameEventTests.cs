using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Select;

/// <summary>
/// One event told by two publishers on the same days is one story where the tellings embed close and their titles share
/// rare names (forty-first held-out review, F1: SonicWall's SMA 100 patch at cosine 0.87 printed twice).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SameEventTests
{
    [Fact]
    public void TwoPublishersTellingOneEvent_ShouldPrintIt_Once_AndSayWhy()
    {
        var (selected, decisions) = Run(
            (Story("a", "bleepingcomputer.com", "SonicWall urges admins to patch critical RCE flaw in SMA 100 devices"), 1.0, 9),
            (Story("b", "securityweek.com", "SonicWall Patches Critical SMA 100 Vulnerability, Warns of Recent Malware Attack", 0.5), 0.867, 8.9));
        Assert.Contains(selected, s => s.Id == "a");
        var drop = decisions.Single(d => d.ArticleId == "b");
        Assert.Equal(("same_story", "a"), (drop.Rule, drop.DuplicateOf));
        Assert.Contains("the same event from another publisher", drop.Reason, StringComparison.Ordinal);
        Assert.Contains("'SonicWall'", drop.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.78, 0, "SonicWall Patches Critical SMA 100 Vulnerability")]           // not close enough in meaning
    [InlineData(0.87, 5, "SonicWall Patches Critical SMA 100 Vulnerability")]           // days apart: a later development
    [InlineData(0.87, 0, "SonicWall reports quarterly revenue up 12 percent")]          // one shared name: a company, not an event
    public void TwoStories_ShouldStayTwo_WithoutEveryOneOfTheSigns(double cosine, double daysLater, string title)
    {
        var (selected, _) = Run(
            (Story("a", "bleepingcomputer.com", "SonicWall urges admins to patch critical RCE flaw in SMA 100 devices"), 1.0, 9),
            (Story("b", "securityweek.com", title, daysLater), cosine, 8.9));
        Assert.Contains(selected, s => s.Id == "b");
    }

    [Theory]
    [InlineData("Intel Q3 2026 revenue hits record on AI chip demand", "Intel", "AMD Q3 2026 revenue hits record on AI chip demand", "AMD")]
    [InlineData("Nvidia reports record Q3 2026 revenue", "Nvidia", "Arm reports record Q3 2026 revenue", "Arm")]
    [InlineData("Debian 13 released with Linux 6.12 and GNOME 48", "Debian", "Fedora 43 released with Linux 6.12 and GNOME 48", "Fedora")]
    [InlineData("Microsoft Fixes Actively Exploited Windows Zero-Day In Patch Tuesday", "Microsoft", "Adobe Fixes Actively Exploited Acrobat Zero-Day In Patch Tuesday", "Adobe")]
    [InlineData("BREAKING: OPENAI LAUNCHES NEW FLAGSHIP MODEL", "OpenAI", "BREAKING: ANTHROPIC LAUNCHES NEW FLAGSHIP MODEL", "Anthropic")]
    // Hostile-input audit 37: one actor opens both (H1), and a brand named like a month (H7).
    [InlineData("CISA adds Fortinet FortiWeb flaw to KEV catalog", "Fortinet", "CISA adds Ivanti EPMM flaw to KEV catalog", "Ivanti")]
    [InlineData("Google fixes Chrome zero-day exploited in attacks", "Chrome", "Google fixes Android zero-day exploited in attacks", "Android")]
    [InlineData("August smart lock recall covers 2 million units", "August", "Yale smart lock recall covers 2 million units", "Yale")]
    public void TwoSubjectsUnderOneHeadlineTemplate_ShouldStayTwoStories(string first, string firstName, string second, string secondName)
    {
        // Hostile-input audit 34, H2 and H3: a quarter and a year were the shared "names", and the template's words the overlap.
        var (selected, _) = Run((Story("a", "first.example", first) with { Text = $"{first}. Analysts said {firstName} gave no outlook." }, 1.0, 9),
            (Story("b", "second.example", second, 0.2) with { Text = $"{second}. Analysts said {secondName} gave no outlook." }, 0.83, 8.9));
        Assert.Contains(selected, s => s.Id == "b");
    }

    [Theory]
    [InlineData("SonicWall urges admins to patch critical RCE flaw in SMA 100 devices", "Critical SMA 100 flaw patched by SonicWall, Mandiant says", false)]
    [InlineData("Patch now: SonicWall SMA flaw exploited", "Hackers exploit SonicWall SMA flaw", false)]
    [InlineData("Clorox sues Cognizant over cyberattack", "Cognizant hit with $380M lawsuit by Clorox", false)]
    [InlineData("Intel's Q3 revenue beats estimates", "AMD's Q3 revenue beats estimates", true)]
    public void DifferentSubjects_ShouldTellTwoCompaniesNewsFromOneEventToldTwice(string a, string b, bool different)
    {
        static string Text(string title) => $"{title}. Shares of {title.Split(' ')[0].Replace("'s", "", StringComparison.Ordinal)} moved.";
        Assert.Equal(different, TitleNames.DifferentSubjects(a, Text(a), b, Text(b)));
    }

    [Theory]
    // Hostile-input audit 35: one event in two headlines of their own, one text naming the other's subject (H5); a label both share word for word (H6); a
    // company named by a common word that its text also uses once in lower case (H8).
    [InlineData("CrowdStrike update crashes Windows PCs worldwide", "The outage hit banks, said CrowdStrike on Friday.",
        "Delta grounds flights as Windows PCs crash", "Flights stopped after the CrowdStrike outage, said Delta chief executive Ed Bastian.", false)]
    [InlineData("Security: Intel patches 12 flaws in firmware", "The fixes, said Intel, cover servers.",
        "Security: AMD patches 12 flaws in firmware", "The fixes, said AMD, cover laptops.", true)]
    [InlineData("Block cuts 8% of staff", "Shares of Block rose after Block said it would block new hiring.",
        "Snap cuts 8% of staff", "Shares of Snap fell.", true)]
    public void DifferentSubjects_ShouldNeedTextsThatNeverNameEachOther_AndReadNamesByMostUses(string a, string textA, string b, string textB, bool different)
        => Assert.Equal(different, TitleNames.DifferentSubjects(a, textA, b, textB));

    [Fact]
    public void DifferentSubjects_ShouldReadAFirstWordAsANameOnlyWhereItsTextCapitalisesIt()
    {
        // The same event under two openings: the texts write "hackers" and "attackers" in lower case.
        Assert.False(TitleNames.DifferentSubjects("Hackers exploit SonicWall SMA flaw", "Criminal hackers exploited the flaw in SMA devices.",
            "Attackers exploit SonicWall SMA flaw", "Attackers used it; the attackers then moved on."));
        // Two companies' news: each text names its company with a capital inside a sentence.
        Assert.True(TitleNames.DifferentSubjects("Nvidia reports record Q3 2026 revenue", "Revenue rose. Demand for Nvidia chips sold them out.",
            "Arm reports record Q3 2026 revenue", "Royalties rose, said Arm on Monday."));
        // A word the text uses only to open its sentences is no name.
        Assert.False(TitleNames.DifferentSubjects("Nvidia reports record Q3 2026 revenue", "Nvidia said revenue rose. Nvidia's chips sold out.",
            "Arm reports record Q3 2026 revenue", "Arm said its royalties rose."));
        // A word the text never uses is no evidence either way.
        Assert.False(TitleNames.DifferentSubjects("Nvidia reports record Q3 2026 revenue", "Revenue rose.", "Arm reports record Q3 2026 revenue", "Royalties rose."));
    }

    [Fact]
    public void OneEventRetold_UnderOneActor_ShouldBePrintedOnce()
    {
        // A name only one headline has, which the other story's text uses, is no second subject.
        var (selected, decisions) = Run(
            (Story("a", "first.example", "CISA adds Fortinet FortiWeb flaw to KEV catalog") with { Text = "CISA added the FortiWeb path traversal flaw to its KEV catalog." }, 1.0, 9),
            (Story("b", "second.example", "CISA adds FortiWeb flaw to KEV catalog", 0.2) with { Text = "The agency added the Fortinet FortiWeb bug to the KEV list." }, 0.5, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
        // A month that dates the news is no subject: the two headlines are one story on the same day.
        Assert.False(TitleNames.DifferentSubjects("December Patch Tuesday fixes 57 flaws", "Microsoft fixed 57 flaws.",
            "In December, Patch Tuesday fixes 57 flaws", "Microsoft fixed 57 flaws in December."));
    }

    [Fact]
    public void OneFlawUnderTwoNamesOfItsProduct_ShouldBePrintedOnce()
    {
        // Hostile-input audit 38, H2: one CVE, "WebKit" in one headline and "iOS" in the other.
        var (selected, decisions) = Run(
            (Story("a", "first.example", "Apple fixes WebKit zero-day exploited in sophisticated attack") with { Text = "Apple patched CVE-2026-43300 in WebKit on iPhones, iPads and Macs." }, 1.0, 9),
            (Story("b", "second.example", "Apple fixes iOS zero-day exploited in sophisticated attack", 0.2) with { Text = "iOS 26.1.2 fixes CVE-2026-43300 in the browser engine." }, 0.5, 8.9));
        Assert.DoesNotContain(selected, s => s.Id == "b");
        Assert.Contains(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
    }

    [Fact]
    public void OnePublishersFollowUp_ShouldStay()
    {
        var (selected, _) = Run(
            (Story("a", "bleepingcomputer.com", "SonicWall urges admins to patch critical RCE flaw in SMA 100 devices"), 1.0, 9),
            (Story("b", "bleepingcomputer.com", "SonicWall SMA 100 flaw now exploited in attacks, CISA warns", 0.5), 0.87, 8.9));
        Assert.Contains(selected, s => s.Id == "b");
    }

    [Fact]
    public void ARepeatPastThePublishersCap_ShouldBeNamedTheSameStory_NotTheCap()
    {
        // The record gave the publisher's cap for a second newsroom's telling of a chosen story (forty-first held-out review, F1).
        var own = Enumerable.Range(1, 3).Select(i => (Story($"s{i}", "securityweek.com", $"Weekly item {i} about zebra firmware"), 0.1 * i, 9.5)).ToArray();
        var (_, decisions) = Run([
            (Story("a", "bleepingcomputer.com", "SonicWall urges admins to patch critical RCE flaw in SMA 100 devices"), 1.0, 9.8),
            .. own,
            (Story("b", "securityweek.com", "SonicWall Patches Critical SMA 100 Vulnerability", 0.5), 0.87, 8.9)]);
        Assert.Equal("same_story", decisions.Single(d => d.ArticleId == "b").Rule);
    }
}
