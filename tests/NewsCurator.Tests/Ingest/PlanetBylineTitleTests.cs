using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 112, F1: a planet writes its byline before every headline ("Name: title", "Name - title"); the label is
/// the author, not the headline. Decided by the feed's habit: a product's name before one title's colon stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PlanetBylineTitleTests
{
    private static List<Article> Feed(params string[] titles)
        => [.. titles.Select((t, i) => new Article { Id = $"p{i}", FeedUrl = "https://planet.example/rss20.xml", Title = t })];

    [Fact]
    public void AnAuthorLabelOnMostTitles_WithSeveralNames_ShouldGoAndBecomeTheAuthor()
    {
        var articles = FeedAuthorLabels.Strip(Feed(
            "Marta Kowalski: Tuning the allocator for small objects",
            "Olu: Why our cache warms up so slowly",
            "Marta Kowalski: A week of profiling the scheduler",
            "Olu: Notes from the storage meetup in Lagos"));
        Assert.Equal("Tuning the allocator for small objects", articles[0].Title);
        Assert.Equal("Marta Kowalski", articles[0].Author);
        Assert.Equal("Why our cache warms up so slowly", articles[1].Title);
        Assert.Equal("Olu", articles[1].Author);
    }

    [Fact]
    public void ADashedLabel_ShouldGo_AndAnAuthorTheItemNamesStays()
    {
        var feed = Feed(
            "Ines Duarte - How we organised a local hack day with three laptops",
            "Kenji Sato - Translating the onboarding guide into Japanese",
            "Ines Duarte - Our first community call of the year",
            "Ravi Menon - Lessons from running a campus workshop");
        feed[1] = feed[1] with { Author = "ksato@example.org (Kenji Sato)" };
        var articles = FeedAuthorLabels.Strip(feed);
        Assert.Equal("How we organised a local hack day with three laptops", articles[0].Title);
        Assert.Equal("Translating the onboarding guide into Japanese", articles[1].Title);
        Assert.Equal("ksato@example.org (Kenji Sato)", articles[1].Author);
    }

    [Fact]
    public void AProductBeforeAColon_OrOneNameOnEveryTitle_ShouldStay()
    {
        // A release blog: one name, no byline.
        var product = Feed("Zephyrine: faster cold starts", "Zephyrine: a new plugin API", "Zephyrine: dropping the old config format", "Zephyrine: what is next");
        Assert.Equal(product.Select(a => a.Title), FeedAuthorLabels.Strip(product).Select(a => a.Title));
        // Headlines whose colons are their own, few and with versions or type labels.
        var news = Feed("Rust 1.80: what is new in the compiler", "Show HN: a tiny database in one file", "Ask HN: how do you test migrations?",
            "The quiet death of the desktop app", "Postgres 17 - a first look at incremental backups");
        Assert.Equal(news.Select(a => a.Title), FeedAuthorLabels.Strip(news).Select(a => a.Title));
    }

    [Fact]
    public void ProjectsNamedBeforeTheirStories_OrKickersThatNeverRecur_ShouldStay()
    {
        // A foundation's feed of its projects' news: the name recurs like a byline, but the story names it again.
        var projects = Feed("Kubernetes: 1.31 removes the in-tree cloud code", "Envoy: the proxy gains a QUIC listener", "Kubernetes: SIG Node's plans for the next cycle",
            "Envoy: a security release for header parsing");
        projects = [.. projects.Select(a => a with { Text = $"The {a.Title.Split(':')[0]} maintainers describe what changed and what operators should test first." })];
        Assert.Equal(projects.Select(a => a.Title), FeedAuthorLabels.Strip(projects).Select(a => a.Title));
        // Each label a different word and none an author: kickers, not bylines.
        var kickers = Feed("Good: Nvidia ships the H200 GPU for model training", "Slow: PostgreSQL 17 speeds up vacuum", "Broken: Linux 6.10 adds a memory sealing call",
            "Unfaithful: OpenSSL 3.3 adds QUIC server support");
        Assert.Equal(kickers.Select(a => a.Title), FeedAuthorLabels.Strip(kickers).Select(a => a.Title));
    }

    [Fact]
    public void PackageScopesAndWireKickers_ShouldStayInTheirTitles_AndCreditNoOne()
    {
        // Review of session 51, R1: a commit feed's package scopes read as handles, a wire service's kickers as names.
        var commits = Feed("runtime: reduce stop-the-world pause during mark termination", "compiler: inline small closures passed to generic functions",
            "runtime: make goroutine preemption cheaper on arm64 machines", "linker: drop dead method tables from stripped binaries",
            "compiler: better bounds check elimination for range loops");
        var stripped = FeedAuthorLabels.Strip(commits);
        Assert.Equal(commits.Select(a => a.Title), stripped.Select(a => a.Title));
        Assert.All(stripped, a => Assert.Null(a.Author));
        var wire = Feed("Explainer: How the EU rules change model audits for labs", "Factbox: What chipmakers have said about export limits",
            "Explainer: Why undersea cables keep getting cut in the strait", "Factbox: Big tech layoffs announced so far this year",
            "Insight: Data centers strain power grids across the state");
        Assert.Equal(wire.Select(a => a.Title), FeedAuthorLabels.Strip(wire).Select(a => a.Title));
        // One kicker that ran twice among others that never recur: still no planet.
        var kickers = Feed("Good: Nvidia ships a new GPU for model training", "Slow: PostgreSQL 17 speeds up vacuum", "Good: Linux 6.10 adds a memory sealing call",
            "Broken: OpenSSL 3.3 adds QUIC server support", "Unfaithful: a summary that misreads its source");
        Assert.Equal(kickers.Select(a => a.Title), FeedAuthorLabels.Strip(kickers).Select(a => a.Title));
    }

    [Fact]
    public void AHandleThatIsTheItemsAuthor_ShouldStillGo()
    {
        var feed = Feed("antirez: Why I wrote a new data structure for the cache", "mjg: Notes on lock contention in the file system layer",
            "antirez: A week with the new eviction code", "mjg: Profiling page faults on very large machines");
        feed = [.. feed.Select(a => a with { Author = a.Title.Split(':')[0] })];
        var articles = FeedAuthorLabels.Strip(feed);
        Assert.Equal("Why I wrote a new data structure for the cache", articles[0].Title);
        Assert.Equal("Notes on lock contention in the file system layer", articles[1].Title);
    }

    [Fact]
    public void ALabelInsideTheAuthorsName_OrNamedInLowerCase_IsTheSubject_AndShouldStay()
    {
        // "Go" is no byline of "Gordon Smith" or "Diego Alvarez", nor "Rust" of "Rusty Russell": the texts name the languages.
        var authors = new[] { "Diego Alvarez", "Rusty Russell", "Diego Alvarez", "Rusty Russell", "Gordon Smith" };
        var languages = Feed("Go: generics one year on in a large codebase", "Rust: async closures finally land on stable", "Go: the new iterator functions in practice",
            "Rust: what the next edition will change", "Go: profiling with the new execution tracer");
        languages = [.. languages.Select((a, i) => a with { Author = authors[i], Text = "Notes from a team that writes Go and Rust side by side in production." })];
        Assert.Equal(languages.Select(a => a.Title), FeedAuthorLabels.Strip(languages).Select(a => a.Title));
        // A project's name that its text writes in lower case is still named again.
        var projects = Feed("Kubernetes: the in-tree cloud code is removed", "Envoy: the proxy gains a QUIC listener", "Kubernetes: SIG Node's plans for the next cycle",
            "Envoy: a security release for header parsing");
        projects = [.. projects.Select(a => a with { Text = $"What changed in {a.Title.Split(':')[0].ToLowerInvariant()} this month, and what operators should test first." })];
        Assert.Equal(projects.Select(a => a.Title), FeedAuthorLabels.Strip(projects).Select(a => a.Title));
    }
}
