using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A scraper's page titles carry the site's name after every headline, and a scraped card its date and section glued
/// before it; the headline is the story (thirty-fifth held-out review, F1).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FeedTitleSuffixesTests
{
    private static List<Article> Titles(params string[] titles)
        => [.. titles.Select((t, i) => new Article { Id = $"a{i}", FeedUrl = "https://scrape.example/feed.xml", Title = t })];

    [Fact]
    public void SharedSiteNames_ShouldGo_WhereMostTitlesEndInOne()
    {
        var stripped = FeedTitleSuffixes.Strip(Titles(
            "Improving our alignment and security efforts | Anthropic News",
            "Automated researchers can reliably mitigate alignment failures | Anthropic Research",
            "Enabling independent research on how people use Claude | Anthropic Research",
            "Claude for Chrome is now generally available | Anthropic News",
            "Careers"));
        Assert.Equal(["Improving our alignment and security efforts", "Automated researchers can reliably mitigate alignment failures",
            "Enabling independent research on how people use Claude", "Claude for Chrome is now generally available", "Careers"], stripped.Select(a => a.Title));
    }

    [Fact]
    public void AMixerOfPageTitles_ShouldLoseEverySiteName()
    {
        var stripped = FeedTitleSuffixes.Strip(Titles(
            "Getting the most out of Opus 5.5 in Claude and Claude Code | Hacker News: Front Page",
            "LeCun has zero concerns about AI wiping out humanity | Hacker News: Front Page",
            "Free and open-source AI coding tool Pi 1.0 is released | GIGAZINE",
            "Meta opens an SDK for gadgets that talk to its Muse agent | ITmedia NEWS"));
        Assert.Equal(["Getting the most out of Opus 5.5 in Claude and Claude Code", "LeCun has zero concerns about AI wiping out humanity",
            "Free and open-source AI coding tool Pi 1.0 is released", "Meta opens an SDK for gadgets that talk to its Muse agent"], stripped.Select(a => a.Title));
    }

    [Fact]
    public void APublishersNameAfterADash_ShouldGo_WhereMostTitlesShareIt_OrTheLinksAreGoogleNews()
    {
        // Thirty-sixth held-out review, F8: a Google News search for one site kept " - Les Echos" on every title.
        var one = FeedTitleSuffixes.Strip(Titles(
            "Budget : le patronat uni pour préserver les allègements de charges - Les Echos",
            "La BCE maintient ses taux directeurs pour la troisième fois - Les Echos",
            "Les startups françaises de l'IA lèvent deux milliards - Les Echos"));
        Assert.Equal(["Budget : le patronat uni pour préserver les allègements de charges", "La BCE maintient ses taux directeurs pour la troisième fois",
            "Les startups françaises de l'IA lèvent deux milliards"], one.Select(a => a.Title));
        // A Google News feed names a different publisher after each headline.
        List<Article> google = [.. new[] { "Nvidia agrees to buy Hugging Face for $13 billion - Reuters", "OpenAI delays its public offering - Financial Times",
            "EU tells AI labs to tighten model testing - POLITICO Europe" }
            .Select((t, i) => new Article { Id = $"g{i}", FeedUrl = "https://news.google.com/rss/search?q=ai", Title = t, Link = $"https://news.google.com/rss/articles/CBMi{i}?oc=5" })];
        Assert.Equal(["Nvidia agrees to buy Hugging Face for $13 billion", "OpenAI delays its public offering", "EU tells AI labs to tighten model testing"],
            FeedTitleSuffixes.Strip(google).Select(a => a.Title));
        // A headline's own dash stays where the feed shares no name after it.
        var own = FeedTitleSuffixes.Strip(Titles("Rust 1.80 - the good parts", "Go 1.23 - what changed in range", "Zig 0.13 - a tour of the build system"));
        Assert.Equal(["Rust 1.80 - the good parts", "Go 1.23 - what changed in range", "Zig 0.13 - a tour of the build system"], own.Select(a => a.Title));
    }

    [Fact]
    public void AShowsLabelAndDay_ShouldGo_WhereMostTitlesOpenWithThem()
    {
        var stripped = FeedTitleSuffixes.StripDatedLabels(Titles(
            "AI News Jun 30 — Meituan open sources LongCat-2.0, the 1.6T model",
            "AI News Jun 29 — Prompt injection is exploiting enterprise AI agents",
            "Anthropic is bringing back Claude Fable 5 globally after the order",
            "AI Tech Daily | Jul 02 — Enterprises lost Claude Fable 5 for a few weeks"));
        Assert.Equal(["Meituan open sources LongCat-2.0, the 1.6T model", "Prompt injection is exploiting enterprise AI agents",
            "Anthropic is bringing back Claude Fable 5 globally after the order", "Enterprises lost Claude Fable 5 for a few weeks"], stripped.Select(a => a.Title));
        // One dated title among others is its own ("Kubernetes 1.30 - April 17, 2024: ..." names its subject).
        string[] one = ["Kubernetes 1.30 - April 17, 2024: what is new in it", "Rust 1.80 is out with LazyCell", "Why we left the cloud for bare metal"];
        Assert.Equal(one, FeedTitleSuffixes.StripDatedLabels(Titles(one)).Select(a => a.Title));
        // A release feed's calendar versions are no dates (code review 49, R12).
        string[] calver = ["2024.10.1: Bug fixes and performance", "2024.9.2: New dashboard and agents", "2024.9.0: Faster sync", "Roadmap for next year"];
        Assert.Equal(calver, FeedTitleSuffixes.StripDatedLabels(Titles(calver)).Select(a => a.Title));
    }

    [Theory]
    // Each suffix a title's own.
    [InlineData("Rust 1.80 | release notes", "Kubernetes 1.31 | what changed", "Postgres 17 · the new vacuum", "Why we left the cloud")]
    // Shared by too few.
    [InlineData("Rust 1.80 is out | Acme Blog", "Go 1.23 is out | Acme Blog", "Zig 0.14 is out", "Nim 2.2 is out", "Odin news")]
    // A job board's fields: the last one shared, the title still fields.
    [InlineData("ChipStack | lead backend engineer | Seattle | Full Time", "Preamble | Frontend Engineer | Pittsburgh | Full Time", "Acme | SRE | Berlin | Full Time")]
    public void Titles_WithoutASharedSiteName_ShouldStay(params string[] titles)
        => Assert.Equal(titles, FeedTitleSuffixes.Strip(Titles(titles)).Select(a => a.Title));

    [Fact]
    public async Task AScrapedCardsGluedDateAndSection_ShouldGo()
    {
        var body = """
            <rss version="2.0"><channel><title>Research</title><link>https://scrape.example/</link>
            <item><title>Aug 28, 2026AlignmentAutomated researchers can reliably mitigate alignment failures</title><link>https://scrape.example/a</link><description>Text.</description></item>
            <item><title>Aug 26, 2026Societal ImpactsEnabling independent research on how people use Claude</title><link>https://scrape.example/b</link><description>Text.</description></item>
            <item><title>May 5, 2026 marks ten years of the project</title><link>https://scrape.example/c</link><description>Text.</description></item>
            </channel></rss>
            """;
        var source = new FeedSource("https://scrape.example/feed.xml");
        var (_, articles, _) = await IngestStage.FetchAndParseAsync(StaticFetcher.Body(Encoding.UTF8.GetBytes(body)), source, source.Url, null, default);
        Assert.Equal(["Automated researchers can reliably mitigate alignment failures", "Enabling independent research on how people use Claude", "May 5, 2026 marks ten years of the project"],
            articles.Select(a => a.Title));
    }

    [Fact]
    public void ANumericDateOpeningMostTitles_ShouldGo_WhereTheFeedWritesItAsALabel()
    {
        // Held-out review 100, F10: a distribution's news titles each open with "DD/MM/YYYY: ".
        var stripped = FeedTitleSuffixes.StripDatedLabels(Titles(
            "14/03/2021: Toolchain needs a rebuild after the libc bump",
            "02/01/2021: Package manager 2.4 released",
            "2020-11-30 - Repository moved to a new host",
            "Welcome to the new site"));
        Assert.Equal(["Toolchain needs a rebuild after the libc bump", "Package manager 2.4 released", "Repository moved to a new host",
            "Welcome to the new site"], stripped.Select(a => a.Title));
        // A year alone is a subject, and one dated title among others is its own.
        string[] subjects = ["2025: the year in review", "2024: what we shipped", "2023: our first year", "Why we left the cloud"];
        Assert.Equal(subjects, FeedTitleSuffixes.StripDatedLabels(Titles(subjects)).Select(a => a.Title));
        string[] one = ["31/12/2024: the night the build broke", "Rust 1.80 is out with LazyCell", "Why we left the cloud for bare metal"];
        Assert.Equal(one, FeedTitleSuffixes.StripDatedLabels(Titles(one)).Select(a => a.Title));
        // A release feed's calendar versions are no dates (code review 49, R12).
        string[] calver = ["2024.10.1: Bug fixes and performance", "2024.9.2: New dashboard and agents", "2024.9.0: Faster sync", "Roadmap for next year"];
        Assert.Equal(calver, FeedTitleSuffixes.StripDatedLabels(Titles(calver)).Select(a => a.Title));
    }
}
