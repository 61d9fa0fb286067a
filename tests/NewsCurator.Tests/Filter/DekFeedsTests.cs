using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A feed of headlines and deks (twenty-second held-out review, F1: seven of a frontier lab's eight announcements fell
/// under content.min_length, one at 299 of 300): its deks are held to a third of the length; other feeds' short items
/// are not.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DekFeedsTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string feed, string title, string text, int n)
        => new() { Id = $"{feed}-{n}", FeedUrl = feed, Title = title, Text = text, Link = $"https://{new Uri(feed).Host}/post/{n}", Language = "en" };

    private static readonly (string Title, string Dek)[] Lab =
    [
        ("Gemini 2.5 Flash-Lite is now ready for scaled production use", "Gemini 2.5 Flash-Lite, previously in preview, is now stable and generally available. This cost-efficient model provides high quality in a small size."),
        ("AlphaGenome: AI for better understanding the genome", "Introducing a new AI model that predicts how variants in human DNA affect the regulatory processes that control genes."),
        ("Gemini Robotics On-Device brings AI to local robotic devices", "We are introducing an efficient, on-device robotics model with general-purpose dexterity and fast task adaptation."),
        ("We are expanding our Gemini 2.5 family of models", "Gemini 2.5 Flash and Pro are now generally available, and we are introducing 2.5 Flash-Lite, our most cost-efficient model yet."),
    ];

    private static (string Rule, string Reason)? Verdict(DekFeeds deks, Article article) => Rules.CheckContent(article, deks);

    [Fact]
    public void AFeedOfDeks_ShouldHaveItsDeksScored()
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        var items = Lab.Select((x, i) => Item("https://deepmind.example/blog/rss.xml", x.Title, x.Dek, i)).ToList();
        items.ForEach(deks.Add);

        Assert.All(items, a => Assert.Null(Verdict(deks, a)));
        // Without the feed's count (a feed of one dek), the dek is a one-liner like any other.
        Assert.Equal("min_length", Rules.CheckContent(items[0])?.Rule);
    }

    [Fact]
    public void HeadlinesWithoutText_ShouldNotCountAgainstAFeedsDeks()
    {
        // Thirty-eighth held-out review, F2: a lab's feed of two headlines alone and one dek held the dek to the full length.
        var deks = new DekFeeds(new ContentConfig().MinLength);
        var items = new[]
        {
            Item("https://lab.example/news.xml", "Introducing Gemini 3.8 Live and 3.8 Live Extended Thinking", "", 0),
            Item("https://lab.example/news.xml", "Introducing WeatherNext 3, our most advanced global weather model", "", 1),
            Item("https://lab.example/news.xml", "AlphaGenome Atlas: a predictive map of every possible DNA letter change",
                "AlphaGenome Atlas maps the molecular effects of 9 billion single-letter DNA variants across the human genome.", 2),
        };
        foreach (var a in items) deks.Add(a);

        Assert.True(deks.GivesDeks("https://lab.example/news.xml"));
        Assert.Null(Verdict(deks, items[2]));
        // A feed of headlines alone gives no deks.
        var bare = new DekFeeds(new ContentConfig().MinLength);
        foreach (var i in Enumerable.Range(0, 3)) bare.Add(Item("https://links.example/rss", $"A link post about compilers number {i}", "", i));
        Assert.False(bare.GivesDeks("https://links.example/rss"));
    }

    [Fact]
    public void ASubtitleWithoutItsStop_InAFeedOfFinishedDeks_ShouldBeADek_ButNotInAFeedOfCutTeasers()
    {
        // Fifty-third held-out review, F3: a researcher's feed of finished deks, its newest (a CVE analysis) without a stop.
        const string feed = "https://researcher.example/index.xml";
        var deks = new DekFeeds(new ContentConfig().MinLength);
        var items = Lab.Select((x, i) => Item(feed, x.Title, x.Dek, i)).Append(Item(feed, "Breaking down CVE-2026-25049: how TypeScript types failed a workflow tool",
            "Deep technical analysis of how type confusion bypassed the security patch and why TypeScript types aren't runtime security boundaries", 9)).ToList();
        items.ForEach(deks.Add);
        Assert.Null(Verdict(deks, items[^1]));

        // A feed that finishes few of its texts (deks ending on dates, a generator's) reads a stop-less text as cut.
        const string cut = "https://updates.example/rss";
        var teasers = new DekFeeds(new ContentConfig().MinLength);
        var cutItems = Enumerable.Range(0, 4).Select(i => Item(cut, $"Retirement of the classic storage tier in region {i + 1}",
                $"The classic storage tier in region {i + 1} is retired and its volumes move to the new tier on January {10 + i}th, 2026", i))
            .Append(Item(cut, "Rebuilding the ingestion service from scratch",
                "In this post we walk through how we rebuilt the ingestion service from scratch in six weeks and what the new design gives developers", 5)).ToList();
        cutItems.ForEach(teasers.Add);
        Assert.True(teasers.GivesDeks(cut));
        Assert.Equal("min_length", Verdict(teasers, cutItems[^1])?.Rule);
    }

    [Fact]
    public void DeksWhoseGeneratorDroppedTheFinalStop_ShouldCount_AndTeasersCutMidSentenceShouldNot()
    {
        // Twenty-ninth held-out review, F7: a cloud provider's update feed, half of its deks without a final stop.
        var deks = new DekFeeds(new ContentConfig().MinLength);
        var updates = new[]
        {
            ("Retirement: custom text analytics for health", "Support for custom text analytics for health (preview) in Azure AI Language is ending on January 10th, 2025"),
            ("Retirement: custom sentiment analysis", "Support for custom sentiment analysis (preview) in Azure AI Language is ending on January 10th, 2025"),
            ("Generally Available: Storage account default egress limit increase", "The default maximum egress for general-purpose v2 and Blob storage accounts has been increased to 200 Gbps in most regions."),
            ("Public Preview: DiskANN indexing on Azure Database for PostgreSQL", "Use one of the fastest vector indexing algorithms for enhanced retrieval performance and accuracy in PostgreSQL."),
        }.Select((x, i) => Item("https://azure.example/updates.xml", x.Item1, x.Item2, i)).ToList();
        var cut = Enumerable.Range(0, 4).Select(i => Item("https://cut.example/rss", $"A new vulnerability in the kernel, report {i}",
            "A new vulnerability has been discovered in the Linux kernel that can lead to a privilege escalation on hosts that run a", i)).ToList();
        foreach (var a in updates.Concat(cut)) deks.Add(a);

        Assert.All(updates, a => Assert.Null(Verdict(deks, a)));
        Assert.All(cut, a => Assert.Equal("min_length", Verdict(deks, a)?.Rule));
    }

    [Fact]
    public void ShortItemsOfOtherFeeds_ShouldStillBeHeldToTheLength()
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        const string Long = "The compiler team rewrote the incremental build graph so that a change to one file rebuilds only what depends on it. " +
                            "Builds of the largest projects dropped from minutes to seconds, and the cache now survives restarts of the build server. " +
                            "The next release moves the graph into the language server, so editors see the same dependencies the build does.";
        // A feed of full posts with one short one; a feed whose every post shares a boilerplate title; teasers cut mid-sentence.
        var mixed = Enumerable.Range(0, 4).Select(i => Item("https://blog.example/feed", $"A long post about builds, part {i}", Long, i))
            .Append(Item("https://blog.example/feed", "A short note about our new release process", Lab[0].Dek, 9)).ToList();
        var toots = Enumerable.Range(0, 4).Select(i => Item("https://social.example/@darius.rss", "New status by darius", Lab[i].Dek, i)).ToList();
        var teasers = Enumerable.Range(0, 4).Select(i => Item("https://ads.example/rss", $"Lessons for adults, item {i}", "Paid lessons for adults of every level, weekday evenings, first class free [...]", i)).ToList();
        foreach (var a in mixed.Concat(toots).Concat(teasers)) deks.Add(a);

        Assert.Equal("min_length", Verdict(deks, mixed[^1])?.Rule);
        Assert.All(toots, a => Assert.Equal("min_length", Verdict(deks, a)?.Rule));
        Assert.All(teasers, a => Assert.Equal("min_length", Verdict(deks, a)?.Rule));
    }

    [Fact]
    public void AnIssueOfHeadlinesOverOneSentence_ShouldBeADek_ButAShortHeadlineOverAShortSentenceNot()
    {
        // Held-out review 61, F1: an AI newsletter's issues, titled by the headlines they carry, over one sentence of the
        // editor's letter (74-119 characters): four of five fell under the text's floor and the whole feed was dropped.
        const string feed = "https://batch.example/feed";
        var issues = new[]
        {
            ("GPT-5.5 Outperforms (and Hallucinates), Kimi K2.6 Leads Open LLMs, AI Strains Climate Pledges", "The ways we prompt AI are very different in 2026 than 2022 when ChatGPT came out."),
            ("GLM 5.1 Thinks Strategically, Data-Center Revolt Intensifies, Humanoid Robots Get to Work", "Coding agents are accelerating different types of software work to different degrees."),
            ("China Thwarts Meta's Agentic Ambition, U.S. Evaluates Upcoming Models, AI Diagnoses Mammograms", "We've been working on an AI companion shaped by my personality and my writing."),
            ("Seedance Makes A Splash, Nvidia's AI-Guided Chip Designs, Helping Robots Not Forget", "There will be no AI jobpocalypse, whatever the headlines said this week."),
        }.Select((x, i) => Item(feed, x.Item1, x.Item2, i)).ToList();
        var deks = new DekFeeds(new ContentConfig().MinLength);
        issues.ForEach(deks.Add);
        Assert.All(issues, a => Assert.Null(Verdict(deks, a)));

        // Short headlines over short sentences are no deks, however many a feed has.
        const string shortFeed = "https://short.example/feed";
        var notes = Enumerable.Range(0, 4).Select(i => Item(shortFeed, $"Quick note number {i}", "We shipped a small fix to the login page today.", i)).ToList();
        var other = new DekFeeds(new ContentConfig().MinLength);
        notes.ForEach(other.Add);
        Assert.All(notes, a => Assert.Equal("min_length", Verdict(other, a)?.Rule));
    }

    /// <summary>Held-out review 64, F1: Network World's news feed, each item a headline over a one- or two-sentence dek.</summary>
    private static readonly (string Title, string Dek)[] NewsWire =
    [
        ("Microsoft to address Yammer integration plans at SharePoint conference", "Microsoft will shine the spotlight this week on SharePoint's new 2013 version at a conference devoted to the popular collaboration server, but recently acquired Yammer may grab substantial attention."),
        ("Cray bumps IBM from Top500 supercomputer top spot", "The U.S. Department of Energy Oak Ridge National Laboratory's newly installed Titan system, a Cray XK7, has been anointed as the world's fastest supercomputer in the newly released 40th edition of the Top500 compilation of the world's fastest supercomputers."),
        ("Windows 8 security unshaken by antivirus vendor's claims", "Bitdefender raises worry over trusting included antivirus software, but one analyst said Windows 8's core security picks up the slack"),
        ("Firefox turns 8 and gets a key security boost", "Between Android and Firefox, this has been a big week for milestones in the world of free and open source software."),
        ("Pirate Bay co-founder now suspected of serious fraud and another data intrusion", "Swedish authorities now suspects Pirate Bay co-founder Gottfrid Svartholm Warg of serious fraud and another data intrusion in addition to the alleged hacking of IT company Logica that led to his arrest, public prosecutor Henrik Olin said Monday."),
        ("EBay returns to China with new site focused on selling clothing", "EBay launched a new e-commerce business in China with a local partner on Monday, marking the company's re-entry into an ultra-competitive market that once eluded its grasp. But this time, the company is focusing on a smaller market segment with a site geared at selling popular clothing brands to consumers."),
        ("Intel ships 60-core Xeon Phi processor", "Intel hopes to deliver performance and power-efficiency breakthroughs to servers with the new Xeon Phi family of processors, the first model of which is now shipping to customers, the company said on Monday."),
        ("UN's civil aviation body recommends cybersecurity task force", "The U.N.'s civil aviation body will recommend creating a cybersecurity task force at a meeting next week in Canada, as new technologies introduced into aviation systems are increasing the risk of cyberattacks."),
        ("Manufacturer sues IBM over SAP project 'disaster'", "IBM has been slapped with a multimillion dollar lawsuit by chemical products manufacturer Avantor Performance Materials, which alleges that IBM lied about the suitability of a SAP-based software package it sells in order to win Avantor's business."),
        ("Three simple rules for buying a new laptop", "This is the time of year when friends, family members, casual acquaintances, and people in the street stop me to ask about buying a new PC."),
        ("Symantec broadens encryption options for Apple mobile devices, Dropbox file-sharing", "Symantec this week announced two new data encryption options, one that is file-based encryption for use with Dropbox, and the second that works as an extension to the Apple iOS mail client to encrypt and decrypt documents."),
    ];

    [Fact]
    public void AFeedOfDeks_SomeLongEnoughForTheLength_ShouldHaveItsShortDeksScored()
    {
        // Held-out review 64, F1: the deks that reached content.min_length counted against the feed's share, and seven of
        // Network World's eleven deks were dropped at min_length.
        const string feed = "https://networkworld.example/news.rdf";
        var deks = new DekFeeds(new ContentConfig().MinLength);
        var items = NewsWire.Select((x, i) => Item(feed, x.Title, x.Dek, i)).ToList();
        items.ForEach(deks.Add);

        Assert.True(deks.GivesDeks(feed));
        Assert.All(items, a => Assert.Null(Verdict(deks, a)));
    }

    [Fact]
    public void AFeedOfFullPosts_WithAFewShortOnes_ShouldStillHoldTheShortOnesToTheLength()
    {
        // Posts of paragraphs, or single paragraphs past twice content.min_length, are bodies, not deks: a blog with a few
        // short notes among them stays held to the length, however long its posts.
        const string feed = "https://essays.example/feed";
        var paragraphs = string.Join("\n", Enumerable.Repeat("The compiler team rewrote the incremental build graph so that a change to one file rebuilds only what depends on it.", 3));
        var oneLongParagraph = "Builds of the largest projects dropped from minutes to seconds, and the cache now survives restarts of the build server, " +
                               string.Join(", ", Enumerable.Repeat("which the team measured across a dozen repositories of every size and language", 6)) + ".";
        var items = Enumerable.Range(0, 3).Select(i => Item(feed, $"How we rebuilt the build graph, part {i}", paragraphs, i))
            .Concat(Enumerable.Range(3, 2).Select(i => Item(feed, $"Measuring the new build cache, part {i}", oneLongParagraph, i)))
            .Concat(NewsWire.Skip(2).Take(2).Select((x, i) => Item(feed, x.Title, x.Dek, 10 + i))).ToList();
        var deks = new DekFeeds(new ContentConfig().MinLength);
        items.ForEach(deks.Add);

        Assert.False(deks.GivesDeks(feed));
        Assert.All(items.TakeLast(2), a => Assert.Equal("min_length", Verdict(deks, a)?.Rule));
    }

    [Fact]
    public void ATwoItemFeedOfFinishedDeks_ShouldHaveItsDekScored()
    {
        // Held-out review 64, F2: Threatpost's feed gave its latest two stories, each a headline over one finished sentence;
        // the APT story (193 characters) was dropped at min_length, the feed too small to count.
        const string feed = "https://threatpost.example/feed/";
        var items = new[]
        {
            Item(feed, "Student Loan Breach Exposes 2.5M Records", "2.5 million people were affected, in a breach that could spell more trouble down the line.", 0),
            Item(feed, "Watering Hole Attacks Push ScanBox Keylogger",
                "Researchers uncover a watering hole attack likely carried out by APT TA423, which attempts to plant the ScanBox JavaScript-based reconnaissance tool.", 1),
        };
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var a in items) deks.Add(a);

        Assert.Null(Verdict(deks, items[1]));
        // The shorter one, under the characters' floor, is one whole sentence under a six-word headline: the story told in
        // brief (held-out review 68, F4).
        Assert.Null(Verdict(deks, items[0]));
    }

    [Fact]
    public void ASmallFeed_OfOneItem_OrWithACutTeaserALinkPostOrABoilerplateTitle_ShouldStillBeHeldToTheLength()
    {
        var dek = ("Watering Hole Attacks Push ScanBox Keylogger",
            "Researchers uncover a watering hole attack likely carried out by APT TA423, which attempts to plant the ScanBox JavaScript-based reconnaissance tool.");
        var feeds = new Dictionary<string, Article[]>
        {
            // One item alone: no second title shows the feed's habit.
            ["https://one.example/feed"] = [Item("https://one.example/feed", dek.Item1, dek.Item2, 0)],
            // A dek beside a teaser cut mid-sentence, or beside a one-line link post.
            ["https://cut.example/feed"] = [Item("https://cut.example/feed", dek.Item1, dek.Item2, 0),
                Item("https://cut.example/feed", "Paid lessons for adults this autumn", "Paid lessons for adults of every level, weekday evenings, first class free [...]", 1)],
            ["https://links.example/feed"] = [Item("https://links.example/feed", dek.Item1, dek.Item2, 0),
                Item("https://links.example/feed", "A link post about compilers", "Link", 1)],
            // Two statuses under one boilerplate title.
            ["https://social.example/@darius.rss"] = [Item("https://social.example/@darius.rss", "New status by darius", dek.Item2, 0),
                Item("https://social.example/@darius.rss", "New status by darius", Lab[1].Dek, 1)],
        };
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var a in feeds.Values.SelectMany(f => f)) deks.Add(a);

        Assert.All(feeds.Values.SelectMany(f => f), a => Assert.Equal("min_length", Verdict(deks, a)?.Rule));
    }
}
