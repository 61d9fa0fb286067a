using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;
using static NewsCurator.Tests.Support.SameEventPool;

namespace NewsCurator.Tests.Review34b;

/// <summary>Review 34b (d1c0c64..HEAD): same_series (Selector.OtherIssueOfSeries / IssueNumber / NewestReleasesFirst).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34bSeriesTests
{
    private static readonly DateTimeOffset Day = new(2025, 5, 1, 8, 0, 0, TimeSpan.Zero);

    private static Article Item(string id, string feed, string title, string text, DateTimeOffset? published)
        => new() { Id = id, FeedUrl = feed, Title = title, Link = $"{feed.Replace("/feed", "", StringComparison.Ordinal)}/{id}", Text = text, Published = published };

    private static (List<SelectedArticle> Selected, List<Decision> Decisions) Choose(params (Article Article, double Relevance)[] items)
    {
        var articles = items.ToDictionary(i => i.Article.Id, i => i.Article);
        var scores = items.Select(i => new ArticleScore { Id = i.Article.Id, TechRelevanceScore = i.Relevance, QualityScore = 7 }).ToList();
        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig { Select = new SelectConfig { MaxStaleDays = 0 } }, Day.AddDays(2));
        return (selected, decisions);
    }

    // ---- R1: IssueNumber's "#\s*\d+" reads the '#' of a language's name as an issue mark: "What's new in C# 13" and
    //      "What's new in F# 9" (one .NET blog, one release day) are two "issues" of one series (their words but the
    //      numbers are the same, "C#"/"F#" being too short to count), and F#'s post is dropped as same_series.
    //      Fix: an issue mark is '#' not glued to a letter ((?<![\w+])#\s*\d+), and both titles' differing number must be
    //      the one IssueNumber matched (the issue number is what differs, not a version or a language's number).
    [Fact]
    public void TwoLanguagesReleaseNotes_ShouldNotBeIssuesOfOneSeries()
    {
        var (selected, decisions) = Choose(
            (Item("cs", "https://devblogs.example/dotnet/feed", "What's new in C# 13", "C# 13 adds params collections, a new lock type and partial properties. " +
                "Each is explained with examples for library authors.", Day), 9),
            (Item("fs", "https://devblogs.example/dotnet/feed", "What's new in F# 9", "F# 9 brings nullable reference types, discriminated union properties and " +
                "faster compilation. The post walks through each with code.", Day), 8.5));
        Assert.DoesNotContain(decisions, d => d.ArticleId == "fs" && d.Rule == "same_series");
        Assert.Contains(selected, s => s.Id == "fs");
    }

    // ---- R2: NewestReleasesFirst orders a series' issues by version (none: 0.0 for every issue title) and then by date;
    //      an undated feed's issues keep their rank order, so the better-scored OLDER issue (#204) is kept and the newest
    //      (#205) dropped as same_series, the reverse of "one issue per newsletter, the newest".
    //      Fix: order issues by their issue number (the number IssueNumber matched) before the date, or at least where
    //      dates are missing or equal.
    [Fact]
    public void UndatedIssues_ShouldKeepTheNewestNumber()
    {
        var (selected, decisions) = Choose(
            (Item("n204", "https://digest.example/feed", "Open source digest #204", "This week a cost estimator for clusters and a linter for infrastructure code " +
                "lead the issue, with releases of database tools.", null), 9),
            (Item("n205", "https://digest.example/feed", "Open source digest #205", "This time a secrets agent, serverless snippets and a look back at the " +
                "conference talks, with a tutorial on tracing.", null), 8));
        Assert.Contains(selected, s => s.Id == "n205");
        Assert.Contains(decisions, d => d.ArticleId == "n204" && d.Rule == "same_series");
    }

    // ---- R3: IssueNumber takes "Episode N" and "Ep. N" as an issue's number, so a show whose titles are its name and
    //      episode number ("Late Night Linux – Episode 301", "– Episode 302") gives the newsletter one episode; the README
    //      and commit speak of newsletter issues (a digest superseded by the next), but two episodes are two discussions,
    //      neither superseding the other (RunPresentTests' catalogue had to be given distinct topics to keep passing).
    //      Fix: limit same_series to digests (IssueOfASeries' newsletter/digest/weekly words, or the feed typed so), or
    //      drop "episode|ep." from IssueNumber.
    [Fact]
    public void TwoEpisodesOfAShow_ShouldStayTwoStories()
    {
        var (selected, decisions) = Choose(
            (Item("e301", "https://latenightlinux.example/feed", "Late Night Linux – Episode 301", "Joe tries Bazzite on a handheld, Félim finds a kernel " +
                "regression in suspend, and Will explains why the distro dropped X11 support.", Day.AddDays(-3)), 8.5),
            (Item("e302", "https://latenightlinux.example/feed", "Late Night Linux – Episode 302", "A listener's home lab built on recycled thin clients, the " +
                "GNOME foundation's budget, and a discovery about ZFS snapshots.", Day), 8));
        Assert.DoesNotContain(decisions, d => d.Rule == "same_series");
        Assert.Equal(2, selected.Count);
    }
}

/// <summary>Review 34b: a shared CVE/GHSA/KB/ZDI id vetoes DifferentNames (TitleNames.SharesAnIdentifier).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34bIdentifierTests
{
    // ---- R4: SharesAnIdentifier counts ANY id found anywhere in 20,000 characters of either text. Security reporting
    //      routinely cites an earlier, related flaw by its id ("last week the agency added CVE-2025-64446"), so two
    //      genuinely different KEV additions (SameEventTests' own example of two subjects under one template) become one
    //      event and the Ivanti story is dropped as same_story. A roundup listing a month's CVEs does the same to every
    //      story about any one of them.
    //      Fix: compare each story's own identifier (named in its title, or the first named in its opening sentences),
    //      not the union of every id in the text; or require the shared ids to be all (or most) of each story's ids.
    [Fact]
    public void AnEarlierFlawCitedByItsId_ShouldNotMergeTwoKevAdditions()
    {
        var (selected, decisions) = Run(
            (Story("a", "first.example", "CISA adds Fortinet FortiWeb flaw to KEV catalog",
                "CISA added CVE-2025-64446, a path traversal flaw in Fortinet FortiWeb, to its KEV catalog. Analysts said Fortinet gave no outlook."), 1.0, 9),
            (Story("b", "second.example", "CISA adds Ivanti EPMM flaw to KEV catalog",
                "CISA added CVE-2025-4427 in Ivanti EPMM to its KEV catalog. Analysts said Ivanti gave no outlook. Last week the agency added CVE-2025-64446.", 0.2), 0.83, 8.9));
        Assert.DoesNotContain(decisions, d => d.ArticleId == "b" && d.Rule == "same_story");
        Assert.Contains(selected, s => s.Id == "b");
    }
}

/// <summary>Review 34b: Lede.AfterTitle's `continues` and SitePages.LicenceText.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review34bTextTests
{
    // ---- R5: `continues` (a comma or dash glued to the headline) only blocks the name-by-form cut; an opener word after
    //      the comma still cuts. A wire-style lead that is the headline plus its attribution ("..., The Wall Street Journal
    //      reported") loses the headline and the summary opens on "The Wall Street Journal reported ...", a sentence
    //      without its subject: the H1 harm this commit set out to mend, by another path.
    //      Fix: when `continues` is true return the text whatever the first word is (the headline is the sentence's start).
    [Fact]
    public void AHeadlineGoingOnPastACommaIntoAnOpener_ShouldKeepItsWords()
    {
        const string text = "Nvidia to invest $5 billion in Intel, The Wall Street Journal reported on Thursday, citing people familiar with the matter.";
        Assert.Equal(text, Lede.Of("Nvidia to invest $5 billion in Intel", text));
    }

    // ---- R6: LicenceOpening takes a licence's NAME followed by "version" ("GNU General Public License version",
    //      "Mozilla Public License, version") as the licence's own text. News about a licence opens with exactly those words,
    //      under a short title: the post is dropped as a site's licence page.
    //      Fix: match only the licences' legal clauses (the GPL's "Version 3, 29 June 2007" header / "Everyone is permitted
    //      to copy and distribute verbatim copies", the MPL's "1. Definitions"), not the licence's name + "version".
    [Theory]
    [InlineData("GPLv3 turns 18", "GNU General Public License version 3 was published 18 years ago today, after a drafting process that took eighteen months.")]
    public void NewsAboutALicence_ShouldStayAStory(string title, string text)
        => Assert.Null(SitePages.Of(new Article { Id = "a", FeedUrl = "https://lwn.example/feed", Title = title, Text = text, Link = "https://lwn.example/Articles/1001/" }));
}
