using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Deks the dek feeds missed on held-out feeds: a launch dek that names its subject first (review 66, F8), a one-sentence
/// dek under a full headline a few characters short (review 68, F4; review 66, F1), a feed of subtitles without a stop
/// (review 68, F4), and a lab's feed whose scraper left "[0]" for two descriptions (review 66, F1). Each beside what must
/// still be held to content.min_length.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DekShapeTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string feed, string title, string text, int n)
        => new() { Id = $"{feed}-{n}", FeedUrl = feed, Title = title, Text = text, Link = $"https://{new Uri(feed).Host}/post/{n}", Language = "en" };

    private static List<Article> Feed(string feed, params (string Title, string Dek)[] items) => [.. items.Select((x, i) => Item(feed, x.Title, x.Dek, i))];

    private static DekFeeds Counted(IEnumerable<Article> items)
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var a in items) deks.Add(a);
        return deks;
    }

    private static string? Rule(DekFeeds deks, Article article) => Rules.CheckContent(article, deks)?.Rule;

    // cosine-blog.rss (held-out review 66): its launch posts' deks.
    private static readonly (string Title, string Dek)[] Cosine =
    [
        ("Cosine raises a Series A to build autonomous engineers", "We raised a new round to grow the team that trains our models and to bring Genie to more enterprise customers."),
        ("How we evaluate coding agents on real repositories", "A look at the benchmark we built from real pull requests, and why public leaderboards miss what customers need."),
        ("Genie now supports self-hosted deployments for regulated industries", "Banks and hospitals can now run Genie inside their own cloud accounts, with no code leaving their networks."),
        ("Introducing Lumen Outpost", "Introducing Lumen Outpost, Cosine's targeted post-trained coding model built to reduce slop, improve behaviour, and strengthen performance in niche languages."),
    ];

    [Fact]
    public void ADekThatOpensOnItsHeadline_AndGoesOnWithAClause_ShouldBeADek()
    {
        var items = Feed("https://cosine.example/rss.xml", Cosine);
        var deks = Counted(items);

        Assert.True(deks.GivesDeks("https://cosine.example/rss.xml"));
        Assert.Null(Rule(deks, items[^1]));
    }

    [Fact]
    public void AHeadlineThatIsTheTextsOpeningSentence_OrItsCutOpening_ShouldStillBeNoDek()
    {
        const string feed = "https://notes.example/feed";
        var items = Feed(feed,
            ("We rebuilt the build graph this week", "We rebuilt the build graph this week. Every change now rebuilds only the files that depend on it, and the cache survives restarts."),
            ("The compiler now caches the whole graph", "The compiler now caches the whole graph. A restart of the build server keeps every entry it had, so the first build is fast too."),
            ("Incremental builds now reach the editor", "Incremental builds now reach the editor. The language server reads the same graph the build does and shows the same errors."),
            ("Introducing Lumen Outpost, a new coding model…", "Introducing Lumen Outpost, a new coding model built to reduce slop, improve behaviour, and strengthen performance in niche languages."),
            ("Introducing Lumen Outpost", "Introducing Lumen Outpost, our new model."));
        var deks = Counted(items);

        Assert.False(deks.GivesDeks(feed));
        Assert.All(items, a => Assert.Equal("min_length", Rule(deks, a)));
    }

    // ars.rss (held-out review 68): headlines over one-sentence deks.
    private static readonly (string Title, string Dek)[] Ars =
    [
        ("US to pay TotalEnergies $1 billion to stop developing offshore wind in US", "Payment reimburses the company for two leases, one for a massive 3 GW wind farm."),
        ("LG Display starts mass-producing LTPO-like 1 Hz LCD displays for laptops", "Dell XPS laptops will be the first to use the display tech that reaches up to 120 Hz."),
        ("After hackers hit an Iowa company, cars around the country failed to start", "If you don't calibrate your interlock in time, your vehicle is dead."),
        ("Trump's MAHA pick for surgeon general flounders amid GOP doubts", "She stalled over MAHA woo-woo, anti-vaccine views, and lacking medical background."),
        ("Self-propagating malware poisons open source software and wipes Iran-based machines", "Development houses: It's time to check your networks for infections."),
        ("Study says roads bring more fire to forests; USDA wants more roads to fight fires", "Opponents say the proposed rule would be a giveaway to the timber industry."),
    ];

    [Fact]
    public void AOneSentenceDekUnderAFullHeadline_ShouldBeADek_HoweverFewItsCharacters()
    {
        var items = Feed("https://arstechnica.example/feed", Ars);
        var deks = Counted(items);

        Assert.Null(Rule(deks, items[2]));
        Assert.All(items, a => Assert.Null(Rule(deks, a)));
    }

    [Fact]
    public void AShortDekUnderALabel_OrTwoShortSentences_OrAFragment_ShouldStillBeHeldToTheLength()
    {
        const string feed = "https://arstechnica.example/feed";
        var items = Feed(feed, Ars).Concat(Feed(feed,
            ("GPT-Live System Card", "A new generation of voice models for natural conversations."),
            ("After hackers hit an Iowa company, cars failed to start", "Cars failed. Drivers were stuck for hours."),
            ("After hackers hit an Iowa company, cars around the country failed to start", "Interlocks, explained in brief for every driver today"),
            ("After hackers hit an Iowa company, cars around the country failed to start", "If you don't calibrate your interlock in time, your…"))
            .Select(a => a with { Id = a.Id + "-x", Link = a.Link + "x" })).ToList();
        var deks = Counted(items);

        Assert.True(deks.GivesDeks(feed));
        Assert.All(items.TakeLast(4), a => Assert.Equal("min_length", Rule(deks, a)));
    }

    // sciam-physics-2016.rss (held-out review 68): subtitles without a stop, one finished dek.
    private static readonly (string Title, string Dek)[] SciAm =
    [
        ("Whistling Sling Bullets Were Roman Troops' Secret Weapon", "Soldiers 1,500 years ago used drilled projectiles to intimidate enemies with a shrill, buzzing sound"),
        ("Is Particle Physics About to Crack Wide Open?", "Hints of an unexpected new particle could be confirmed within days—and if it is, the Standard Model could be going down"),
        ("Go to the (White) Light", "An energy-efficient alternative to LEDs has greater focusing power, for microscopes and spotlights. Christopher Intagliata reports."),
        ("Google Moves Closer to a Universal Quantum Computer", "Combining the best of analog and digital approaches could yield a full-scale multipurpose quantum computer"),
        ("The Documentary Fastball Tosses Some Physics at Fans", "A movie about baseball's primary pitch is a hit"),
    ];

    [Fact]
    public void AFeedWhoseDeksAreSubtitlesWithoutAStop_ShouldHaveThemScored()
    {
        var items = Feed("https://sciam.example/physics.xml", SciAm);
        var deks = Counted(items);

        Assert.True(deks.GivesDeks("https://sciam.example/physics.xml"));
        // The fifth, 99 characters of title and subtitle, is under the dek's floor as in any feed.
        Assert.All(items.Take(4), a => Assert.Null(Rule(deks, a)));
    }

    [Fact]
    public void AFeedOfTeasersCutWithoutAMark_ShouldStillBeHeldToTheLength()
    {
        // The same subtitles beside one cut on a word that leads on, or one cut with its mark: no feed of subtitles.
        foreach (var (title, cut) in new[]
                 {
                     ("Physicists find a new way to cool atoms with lasers", "Researchers at three labs used a pair of lasers to slow the atoms of a cloud to the"),
                     ("Physicists find a new way to cool atoms with lasers", "Researchers at three labs used a pair of lasers to slow the atoms of a cloud…"),
                 })
        {
            const string feed = "https://cut.example/physics.xml";
            var items = Feed(feed, [.. SciAm, (title, cut)]);
            var deks = Counted(items);

            Assert.All(items.Where(a => !a.Text.EndsWith('.')), a => Assert.Equal("min_length", Rule(deks, a)));
        }
    }

    // openai-system-cards.rss (held-out review 66): five deks, three abstracts; its "[0]" items are blank after ingest.
    private static readonly (string Title, string Dek)[] SystemCards =
    [
        ("GPT-6 Sol and GPT-6 Luna: October 2026 update", ""),
        ("Addendum to GPT-6 Astra System Card: GPT-6.1 Sol", "Safety evaluations and safeguards for GPT-6.1 Sol, an addendum to the GPT-6 Astra system card."),
        ("ChatGPT Images 2.5 System Card", ""),
        ("GPT-6 Astra System Card", "Today, we are releasing GPT-6 Astra, the most capable model we have ever broadly deployed. Astra is our first model to reach the Critical level of cybersecurity capability under our Preparedness Framework."),
        ("GPT-5.6 — August Updates", "Starting today, we’re updating ChatGPT with a more capable model and expanding access for everyone. Free and Go users will get a new default model for everyday chats. Plus and Pro users will get an updated GPT-5.6 Sol with a slider that lets them choose how much effort ChatGPT uses for a response. These models will replace GPT-5.5 Instant."),
        ("GPT-5.6 System Card", "GPT-5.6 is a new family of three models: Sol, our new flagship model; Terra, a capable lower-cost option; and Luna, our fastest and most cost-efficient model. The safeguards we have built for this launch—our most robust yet—are built to deliver these models safely and at scale, around the world."),
        ("GPT-Live System Card", "GPT-Live-1 and GPT-Live-1 mini are a new generation of voice models designed to make conversations with AI feel more natural and intelligent."),
        ("GPT-Rosalind-5.5 System Card", "GPT-Rosalind-5.5 is a new model in the GPT-Rosalind series, our frontier reasoning model built to support research across biology, drug discovery, and translational medicine. We are deploying it in research preview to trusted organizations, providing access limited to qualified scientists, research institutes and government partners who are working on beneficial uses and who have a strong security posture. It is available today."),
    ];

    [Fact]
    public void ALabsFeed_WithItsPlaceholderDescriptionsBlank_ShouldHaveItsDeksScored()
    {
        var items = Feed("https://openai.example/system-cards.rss", SystemCards);
        var deks = Counted(items);

        Assert.True(deks.GivesDeks("https://openai.example/system-cards.rss"));
        Assert.Null(Rule(deks, items[3]));
        Assert.Null(Rule(deks, items[6]));
        Assert.Null(Rule(deks, items[1]));
    }
}
