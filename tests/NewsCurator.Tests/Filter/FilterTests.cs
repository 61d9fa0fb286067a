using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

[Trait(Category.Name, Category.Unit)]
public sealed class FilterTests
{
    /// <summary>An article; without <paramref name="link"/> it links to a page of its own (content.require_link is on by default).</summary>
    private static Article Item(string id, string title, string text, string? link = null, int priority = 0, string feed = "https://f.example/feed") => new()
    {
        Id = id, FeedUrl = feed, Title = title, Text = text, Link = link ?? $"https://f.example/{id}", FeedPriority = priority,
        CanonicalUrl = UrlCanonicalizer.Canonicalize(link ?? $"https://f.example/{id}"), Language = LanguageDetector.Detect(title + ". " + text),
    };

    [Theory]
    [InlineData("https://Example.com/a/?utm_source=x&b=2&fbclid=y#comments", "https://example.com/a?b=2")]
    [InlineData("http://scripting.com/2017/06/23.html#a100620", "https://scripting.com/2017/06/23.html#a100620")]
    [InlineData("https://blog.example/post/#more-123", "https://blog.example/post")]
    // Whole names only: a link blog's day page has one post per anchor (hostile-input audit 32, H3).
    [InlineData("https://linkblog.example/2026/12/05.html#top-papers-at-neurips", "https://linkblog.example/2026/12/05.html#top-papers-at-neurips")]
    [InlineData("https://linkblog.example/2026/12/05.html#main-takeaways-from-the-rust-survey", "https://linkblog.example/2026/12/05.html#main-takeaways-from-the-rust-survey")]
    [InlineData("https://linkblog.example/2026/12/05.html#!/2026/12/05/kernel-scheduler", "https://linkblog.example/2026/12/05.html#!/2026/12/05/kernel-scheduler")]
    [InlineData("https://blog.example/post#comment-56", "https://blog.example/post")]
    [InlineData("https://blog.example/post#main-content", "https://blog.example/post")]
    [InlineData("https://blog.example/post#:~:text=sparse", "https://blog.example/post")]
    [InlineData("https://blog.example/post#xtor=RSS-1", "https://blog.example/post")]
    [InlineData("https://www.databreaches.net/korea-fine/?pk_campaign=feed&pk_kwd=korea-fine", "https://databreaches.net/korea-fine")]
    [InlineData("https://example.com/a?mtm_campaign=rss&id=7", "https://example.com/a?id=7")]
    [InlineData("https://example.com/a?pk=7", "https://example.com/a?pk=7")]
    [InlineData("http://www.example.com:80/a/", "https://example.com/a")]
    [InlineData("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("https://example.com:8443/x", "https://example.com:8443/x")]
    [InlineData("http://www.albertauyeung.com//cheatsheets/2020/04/14/mongo.html", "https://albertauyeung.com/cheatsheets/2020/04/14/mongo.html")]
    [InlineData("https://example.com/a//b///", "https://example.com/a/b")]
    [InlineData("https://example.com/a?next=//b", "https://example.com/a?next=//b")]
    public void Canonicalize_ShouldFoldTheVariantsOfOneUrl(string url, string expected)
        => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    [Fact]
    public void Dedupe_ACopyOfAPublishersLinkWithLongerText_ShouldNotDisplaceThePublishersOwnItem()
    {
        // Any feed could reuse a publisher's link with a longer text and put its own title and summary on the story.
        var own = Item("own", "Go 1.22 released", "The Go team released Go 1.22 with range over integers.", "https://go.dev/blog/go1.22", feed: "https://go.dev/blog/feed.atom");
        var copy = Item("copy", "BUY NOW: Go 1.22 released", Feeds.AiBody + " " + Feeds.AiBody, "https://go.dev/blog/go1.22?utm_source=x", feed: "https://spam.example/feed");
        var (kept, dropped) = new Deduplicator(3).Run([copy, own]);
        Assert.Equal(["own"], kept.Select(k => k.Id));
        Assert.Equal(("copy", "duplicate_url"), (dropped.Single().ArticleId, dropped.Single().Rule));
        // Between two feeds that are neither the link's site, the longer text still wins.
        var (aggregators, _) = new Deduplicator(3).Run([own with { FeedUrl = "https://news.example/feed" }, copy]);
        Assert.Equal(["copy"], aggregators.Select(k => k.Id));
    }

    [Fact]
    public void Dedupe_AFeedClaimingABareTldOrASharedSuffixAsItsHome_ShouldNotOwnOtherPublishersLinks()
    {
        // The channel link is the feed's own word: "https://example" made it the owner of every *.example link.
        var victim = Item("victim", "Victim Labs ships compiler 5", "Compiler 5 builds faster.", "https://victim.example/news/compiler-5", feed: "https://victim.example/feed.xml");
        var hostile = Item("hostile", "Victim Labs compiler 5 is a disaster, insiders say", Feeds.AiBody + " " + Feeds.AiBody,
            "https://victim.example/news/compiler-5", feed: "https://hostile.example/feed.xml");
        foreach (var claimed in new[] { "https://example", "https://victim.example/" })
        {
            var home = new ParsedItem { Title = "t", Link = hostile.Link, ContentHtml = hostile.Text };
            var article = ArticleNormalizer.ToArticleOrNull(home, new FeedSource(hostile.FeedUrl), "Hostile", claimed)!;
            Assert.Null(article.FeedHome);
            var (kept, _) = new Deduplicator(3).Run([hostile with { FeedHome = article.FeedHome }, victim]);
            Assert.Equal(["victim"], kept.Select(k => k.Id));
        }
    }

    [Theory]
    [InlineData("example.com", "blog.example.com", true)]
    [InlineData("feeds.example.com", "example.com", true)]
    [InlineData("example", "victim.example", false)]
    [InlineData("com", "victim.com", false)]
    [InlineData("co.uk", "victim.co.uk", false)]
    [InlineData("alice.github.io", "bob.github.io", false)]
    [InlineData("github.io", "bob.github.io", false)]
    [InlineData("bbc.co.uk", "news.bbc.co.uk", true)]
    public void SameSite_ShouldNeverLetASuffixOwnItsSubdomains(string a, string b, bool expected)
        => Assert.Equal(expected, UrlCanonicalizer.SameSite(a, b));

    [Fact]
    public void Dedupe_OfAFeedsStoriesBehindOneIndexPage_ShouldSaySo_NotCallThemCopies()
    {
        const string index = "https://institute.example.org/news/technical-reports";
        var reports = new[] { "Low-rank adaptation for efficient fine-tuning", "Unmasking bias in large language models", "Retrieval-augmented reasoning with lean models" }
            .Select((title, i) => Item($"r{i}", title, $"Technical report {i}: {title}, with its authors and DOI.", index)).ToList();

        var (kept, dropped) = new Deduplicator(3).Run(reports);

        Assert.Single(kept);
        Assert.Equal(2, dropped.Count);
        Assert.All(dropped, d => Assert.Equal("duplicate_url", d.Rule));
        Assert.All(dropped, d => Assert.Contains("which 3 items of its feed share under other titles", d.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Dedupe_OfANewsPagesItems_ShouldKeepTheNewest_NotTheLongest()
    {
        // Fiftieth held-out review, F6: NixOS News links every item to news.html, and the longest kept a 2014 advisory over
        // the 2018 release the page announced last.
        const string page = "https://distro.example.org/news.html";
        var news = new[]
        {
            Item("old", "Heartbleed vulnerability in OpenSSL", "A long advisory. " + string.Concat(Enumerable.Repeat("Upgrade every machine that serves TLS now. ", 20)), page)
                with { Published = new DateTimeOffset(2014, 5, 9, 0, 0, 0, TimeSpan.Zero) },
            Item("new", "Distro 18.09 released", "The 18.09 release is out with a new installer and kernel 4.14.", page) with { Published = new DateTimeOffset(2018, 10, 6, 0, 0, 0, TimeSpan.Zero) },
            Item("mid", "Forum opened", "We opened a forum for the community to ask questions.", page) with { Published = new DateTimeOffset(2018, 3, 1, 0, 0, 0, TimeSpan.Zero) },
        };

        var (kept, dropped) = new Deduplicator(3).Run(news);

        Assert.Equal("new", Assert.Single(kept).Id);
        Assert.All(dropped, d => Assert.Equal("duplicate_url", d.Rule));
    }

    [Fact]
    public void Dedupe_ShouldDropUrlContentAndNearDuplicatesKeepingTheBestCopy()
    {
        var original = Item("a", "Go 1.22 released with range over integers", Feeds.AiBody, "https://go.dev/blog/go1.22", priority: 1);
        var sameUrl = Item("b", "Go 1.22 is out", "short", "https://go.dev/blog/go1.22/?utm_source=rss");
        var sameContent = Item("c", "Go 1.22 released with range over integers", Feeds.AiBody, "https://mirror.example/go");
        var nearly = Item("d", "Go 1.22 is released with range over integers", Feeds.AiBody + " Updated.", "https://other.example/go");
        var different = Item("e", "Football results", Feeds.SportsBody, "https://sport.example/1");

        var (kept, dropped) = new Deduplicator(3).Run([sameUrl, sameContent, nearly, original, different]);

        Assert.Equal(["a", "e"], kept.Select(k => k.Id).Order());
        Assert.True(dropped.Single(d => d.ArticleId == "b").Rule == "duplicate_url", string.Join("; ", dropped.Select(d => $"{d.ArticleId}: {d.Rule} {d.Reason}")));
        Assert.Equal("duplicate_content", dropped.Single(d => d.ArticleId == "c").Rule);
        var near = dropped.Single(d => d.ArticleId == "d");
        Assert.Equal("near_duplicate", near.Rule);
        Assert.All(dropped, d => Assert.True(d.DuplicateOf == "a", $"{d.ArticleId}: {d.Rule} {d.Reason}"));
    }

    [Fact]
    public void Dedupe_SameBodyUnderANewTitle_ShouldMergeAcrossFeedsButNotAFeedsTemplate()
    {
        var original = Item("a", "Rust 1.80 released with lazy cells", Feeds.AiBody, "https://one.example/a", feed: "https://one.example/feed");
        var retitled = Item("b", "Rust 1.80 released with LazyCell", Feeds.AiBody, "https://two.example/b", feed: "https://two.example/feed");
        // The feed's template: three of its four items carry the same text.
        var template = Item("c", "Alarm at the station", Feeds.AiBody, "https://one.example/c", feed: "https://one.example/feed");
        var template2 = Item("d", "Fire drill on Monday", Feeds.AiBody, "https://one.example/d", feed: "https://one.example/feed");
        var own = Item("e", "A new platform opens", "The station's new platform opened on Monday after two years of building work and a month of tests.", "https://one.example/e", feed: "https://one.example/feed");

        var (kept, dropped) = new Deduplicator(3).Run([original, retitled, template, template2, own]);

        Assert.Equal(("duplicate_content", "a"), dropped.Where(d => d.ArticleId == "b").Select(d => (d.Rule, d.DuplicateOf)).Single());
        Assert.Contains(kept, k => k.Id == "c");
        Assert.Contains(kept, k => k.Id == "d");
    }

    [Fact]
    public void Dedupe_OneFeedsStoryUnderTwoTitles_ShouldKeepOne()
    {
        // Thirty-seventh held-out review, F4: TechCrunch's video and podcast pages of one segment, two of a feed's items
        // with one text, printed twice with the same summary.
        const string feed = "https://news.example/feed";
        var items = Enumerable.Range(0, 6).Select(i => Item($"o{i}", $"Other story number {i} of the day", $"Story {i} has its own text: " + new string((char)('a' + i), 60) + " and more words of its own to read.", $"https://news.example/o{i}", feed: feed))
            .Append(Item("v", "AI labs want to pump the brakes, but Amazon and SpaceX are still blasting off", Feeds.AiBody, "https://news.example/video/v", feed: feed))
            .Append(Item("p", "Sam Altman isn't the only one who wants to pump the brakes on AI", Feeds.AiBody, "https://news.example/podcast/p", feed: feed))
            .ToList();

        var (kept, dropped) = new Deduplicator(3).Run(items);

        Assert.Single(kept, k => k.Id is "v" or "p");
        var drop = dropped.Single(d => d.ArticleId is "v" or "p");
        Assert.Equal("duplicate_content", drop.Rule);
        Assert.Contains("in the same feed (2 of its 8 items)", drop.Reason);
    }

    [Theory]
    [InlineData("Save on your cloud bill", "Promo code SAVE20 at checkout takes a month off.", "promo code")]
    [InlineData("Timing for Mac", "Automatic time tracking, 30% off this week.", "% off")]
    [InlineData("Why we moved to Postgres", "This post is sponsored by Acme Cloud. Postgres has served us well.", "this post is sponsored")]
    [InlineData("Why Add Versions To Go?", "The go get command can use code that is too old, and it can use code that is too new.", null)]
    [InlineData("The Talk Show: 'Egg Freckles'", "John and a guest talk about the new iPhone. This episode is sponsored by Squarespace and Linode.", null)]
    [InlineData("State-sponsored scholarships draw students", "The programme pays tuition for 500 students a year.", null)]
    [InlineData("Kubernetes security audit", "The audit, sponsored by the CNCF, found 37 issues in the control plane.", null)]
    [InlineData("The Talk Show: 'Egg Freckles'", "A new episode with Serenity Caldwell about WWDC. Sponsored by: Squarespace: Use code gruber for 10% off your first order. Away: Save $20 with promo code TALKSHOW.", null)]
    [InlineData("217: Apology Mac Pro", "Follow-up on the Mac Pro. Brought to you by Squarespace, use code ATP for 10% off.", null)]
    [InlineData("Why we use Acme", "This post is sponsored by Acme. Get 20% off with promo code ACME.", "this post is sponsored")]
    [InlineData("Acme Cloud: 50% off all plans", "Our biggest sale, brought to you by the Acme team.", "% off")]
    [InlineData("Black Friday VPN", "Get 50% off a year of VPN this week only. Brought to you by our friends at Acme.", "% off")]
    [InlineData("Acme Cloud", "Brought to you by Acme. Get 50% off with promo code ACME.", "promo code")]
    // A meetup's thanks to its host is no paid post (twenty-second held-out review, F5); thanks for sponsoring the post is.
    [InlineData("Alex Kesling on Apache Arrow DataFusion [PWL NYC]", "We're pleased to present Alex Kesling. We'd like to thank Datadog for sponsoring the PWL NYC Meetup. DataFusion is a query engine.", null)]
    [InlineData("Rust at scale", "Thanks to Acme for hosting tonight's event and for the pizza. The talk covers async Rust.", null)]
    public void AdPatterns_ShouldMatchWholePhrasesThatMarkTheItemItselfAsPaid(string title, string text, string? pattern)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);
        var verdict = rules.CheckAds(Item("x", title, text));
        Assert.Equal(pattern is null ? null : ("ad_pattern", $"matches ad pattern '{pattern}'"), verdict);
    }

    [Fact]
    public void ThanksForSponsoring_ShouldMarkAPaidPost_ButNotAMeetupsThanksToItsHost()
    {
        // The sample config's "for sponsoring" dropped two talk pages for "thank Datadog for sponsoring the PWL NYC Meetup".
        var rules = new ContentRules(new ContentConfig(), new AdsConfig { Patterns = ["for sponsoring"] }, DateTimeOffset.UnixEpoch);

        Assert.Null(rules.CheckAds(Item("a", "DataFusion [PWL NYC]", "We'd like to thank Datadog for sponsoring the PWL NYC Meetup. DataFusion is a query engine.")));
        Assert.Equal("sponsor_thanks", rules.CheckAds(Item("b", "Why we moved to Postgres", "Thanks to Linode for sponsoring this video. Postgres has served us well."))?.Rule);
    }

    [Theory]
    // Hostile-input audit 36, H1 and H6: a sponsor's thanks in the publisher's voice, for the post, the week or the feed itself.
    [InlineData("Daring Fireball", "My thanks to Kolide for sponsoring Daring Fireball. Kolide makes sure only secure devices log in.", "sponsor_thanks")]
    [InlineData("Daring Fireball", "Many thanks to WorkOS, who sponsored this week at DF. WorkOS makes enterprise features easy.", "sponsor_thanks")]
    [InlineData("Tech News", "The banner over the stage read \"thanks to Palantir for sponsoring the show\", and hackers booed it all weekend.", null)]
    [InlineData("curl", "curl 8.12 ships HTTP/3 by default. Thanks to Vercel, Sentry and Cloudflare for sponsoring the project site and its CI.", null)]
    public void SponsorThanks_ShouldBeThePublishersOwnThanksForItsPost(string feedTitle, string text, string? rule)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);
        Assert.Equal(rule, rules.CheckAds(Item("s", "A post", text) with { FeedTitle = feedTitle })?.Rule);
    }

    [Fact]
    public void AdPatterns_ShouldMatchAtWordEdgesOnlyWhereThePatternHasThem()
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig { Patterns = ["use code", "% off", "[deal]"] }, DateTimeOffset.UnixEpoch);
        Assert.Null(rules.CheckAds(Item("a", "Reviews", "Builds break because code changes under them.")));
        Assert.Null(rules.CheckAds(Item("b", "Reviews", "We reuse codecs across the pipeline.")));
        Assert.Equal("ad_pattern", rules.CheckAds(Item("c", "Cloud", "Use code SAVE at checkout."))?.Rule);
        Assert.Equal("ad_pattern", rules.CheckAds(Item("d", "Trainers", "Everything is 20% off this week."))?.Rule);
        Assert.Equal("ad_pattern", rules.CheckAds(Item("e", "Today[deal] a cheap VPN", "Plain text."))?.Rule);
        // A hostile feed's 8 MB title of near-misses: a verdict, not a timeout (a regex with a timeout once failed a whole run here).
        var huge = string.Concat(Enumerable.Repeat("reuse codes ", 700_000));
        Assert.Null(rules.CheckAds(Item("f", huge, "Plain text.")));
        Assert.Equal("ad_pattern", rules.CheckAds(Item("g", huge + "use code", "Plain text."))?.Rule);
    }

    [Theory]
    [InlineData("The quick brown fox jumps over the lazy dog and then it runs away from the farmer who is angry.", "en")]
    [InlineData("Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln für alle Unternehmen gelten und nicht nur für die großen.", "de")]
    [InlineData("Le gouvernement a annoncé que les nouvelles règles seront appliquées dans toutes les entreprises de la région.", "fr")]
    [InlineData("Правительство объявило о новых правилах для всех компаний страны.", "ru")]
    [InlineData("東京で新しい技術の展示会が開かれました。", "ja")]
    [InlineData("ok", "und")]
    [InlineData("Nowa wersja biblioteki jest już dostępna i można ją pobrać ze strony projektu, która została przygotowana przez zespół. https://example.com/the-best-of-the-year-in-review https://example.com/for-the-web", "pl")]
    [InlineData("Sistemul de operare a fost actualizat și este disponibil pentru toți utilizatorii din această țară, care nu au mai primit noutăți.", "ro")]
    [InlineData("Bu yeni sürüm ile birlikte daha çok özellik geliyor ve kurulum için bir şey yapmanız gerekmiyor, ama değil her şey hazır.", "tr")]
    [InlineData("Versi baru dari aplikasi ini sudah tersedia dan dapat diunduh dari situs web kami untuk semua pengguna yang ada.", "id")]
    [InlineData("Phiên bản mới của ứng dụng đã được phát hành và người dùng có thể tải về trong hôm nay với những tính năng mới.", "vi")]
    [InlineData("Az új verzió már elérhető, és nem kell semmit tenni, mert a frissítés automatikusan megtörténik, ami jó hír.", "hu")]
    [InlineData("Read the release notes at https://example.com/pl/nowa-wersja-jest-juz-dostepna-dla-wszystkich and the changelog on the site for more details about it.", "en")]
    // A link post's whole text: the title's "I" was Catalan's "i", its only stop word, and the item was dropped.
    [InlineData("I Accidentally Spent over £1500 Using Google's Map API. Article URL: https://example.com/a Comments URL: https://news.example/item?id=1 Points: 1 # Comments: 0", "und")]
    [InlineData("La Generalitat i l'Ajuntament han presentat el nou pla per a la ciutat, que es farà en dues fases i amb més recursos per als barris.", "ca")]
    [InlineData("A quarter of the new builds failed in a week, and I found the cause in a cache that was never cleared.", "en")]
    public void Language_ShouldBeDetectedFromTheText(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Fact(Timeout = 60_000)]
    public async Task Language_AHostileRunOfAtSignsOrOneHugeWord_ShouldStillBeDetectedAndAddressesLeftOut()
    {
        // "\S+@\S+" backtracked over a run of '@': 20,000 in one item held Filter past its Lambda's timeout.
        await Task.Run(() =>
        {
            Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(new string('@', 200_000)));
            Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(new string('x', 100_000) + "@" + new string('y', 100_000)));
            Assert.Equal("en", LanguageDetector.Detect("Write to the team at " + new string('@', 50_000) + " and they will answer you within a day, as they have done for years."));
        });
        // Addresses are still no words: "the" in an address does not make Polish English.
        Assert.Equal("pl", LanguageDetector.Detect("Napisz do nas: the.team@the-best-company.com lub the.help@the-best.com, a odpowiemy jak najszybciej, ponieważ to jest bardzo ważne."));
    }

    [Theory]
    [InlineData("Den nye version af programmet er nu tilgængelig, og den kan hentes fra vores side sammen med noter om ændringerne, som vi har skrevet.")]
    [InlineData("Den nye versjonen av programmet er nå tilgjengelig, og den kan lastes ned fra siden vår sammen med notater om endringene som vi har skrevet.")]
    [InlineData("Nová verze programu je už k dispozici a lze ji stáhnout z našich stránek, kde jsou také poznámky o změnách, které jsme napsali.")]
    [InlineData("Nová verzia programu je už k dispozícii a dá sa stiahnuť z našej stránky, kde sú aj poznámky o zmenách, ktoré sme napísali.")]
    public void Language_CloseNeighbours_ShouldBeNeitherEnglishNorUndetermined(string text)
        => Assert.DoesNotContain(LanguageDetector.Detect(text), new[] { "en", LanguageDetector.Undetermined });

    [Fact]
    public void ContentRules_ShouldApplyLanguageLengthBlocklistAgeAndAds()
    {
        var rules = new ContentRules(
            new ContentConfig { Languages = ["en"], MinLength = 100, Blocklist = ["horoscope"], MaxAgeDays = 30 },
            new AdsConfig(), new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(rules.CheckContent(Item("ok", "A post", Feeds.AiBody) with { Published = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Equal("min_length", rules.CheckContent(Item("s", "Short", "tiny text here for you"))!.Value.Rule);
        Assert.Equal("language", rules.CheckContent(Item("de", "Neue Regeln", "Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln für alle Unternehmen gelten und nicht nur für die großen Firmen im Land."))!.Value.Rule);
        var blocked = rules.CheckContent(Item("h", "Your Horoscope today", Feeds.AiBody))!.Value;
        Assert.Equal(("blocklist", "contains blocked term 'Horoscope'"), blocked);
        Assert.Equal("too_old", rules.CheckContent(Item("o", "Old", Feeds.AiBody) with { Published = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero) })!.Value.Rule);
        Assert.Equal("sponsor_marker", rules.CheckAds(Item("ad", "[Sponsor] Timing: automatic time tracking", Feeds.AiBody))!.Value.Rule);
        Assert.Equal("ad_pattern", rules.CheckAds(Item("ad2", "Timing: automatic time tracking, 30% off this week", Feeds.AiBody))!.Value.Rule);
        Assert.Null(rules.CheckAds(Item("n", "A post", Feeds.AiBody)));
    }

    [Fact]
    public void ContentRules_MinLength_ShouldCountAHeadlineMadeOfTheTextOnce()
    {
        // Seventeenth held-out review, F3: a micro-post's title is its own opening, cut; counted twice it passed 300.
        var rules = new ContentRules(new ContentConfig { MinLength = 300 }, new AdsConfig(), DateTimeOffset.UnixEpoch);
        const string post = "I solved Semantle #41 in 24 guesses. My first guess had a similarity of 3.94. My first word in the top 1000 was at guess #14. "
                            + "Then it took ten more guesses to land on the word, which was a long way from anything I expected to find.";
        var micro = rules.CheckContent(Item("m", "I solved Semantle #41 in 24 guesses. My first guess had a similarity of 3.94. My first word in the top 1000 was at…", post))!.Value;
        Assert.Equal(("min_length", $"{post.Length} characters of title and text, below content.min_length 300"), micro);
        Assert.Equal(post.Length, ContentRules.TitleAndTextLength(Item("t", post, post)));
        // The text's paragraph break is the title's space.
        var paragraphs = post.Replace("guesses. My", "guesses.\nMy", StringComparison.Ordinal);
        Assert.Equal(paragraphs.Length, ContentRules.TitleAndTextLength(Item("p", "I solved Semantle #41 in 24 guesses. My first guess had a similarity…", paragraphs)));
        // Eighteenth held-out review, F2: an issue of three addresses is no text.
        const string links = "PDF: https://pub.example.dev/keep/webdigest/WebDigest-20250619.pdf--bed11d1d8b8f64d3b76333d43bf38326.pdf\n"
                             + "HTML: https://webdigest.example.dev/readhtml/2025/WebDigest-20250619.html\n"
                             + "Markdown: https://github.com/example/webdigest/blob/master/markdown/2025/WebDigest-20250619.md";
        Assert.Equal(("min_length", "44 characters of title and text, below content.min_length 300"), rules.CheckContent(Item("w", "Web Digest 2025-06-19", links))!.Value);
        // A headline of its own counts, as does a short one that the text happens to open with.
        Assert.Equal(12 + post.Length, ContentRules.TitleAndTextLength(Item("o", "Word puzzles", post)));
        Assert.Equal(17 + post.Length, ContentRules.TitleAndTextLength(Item("s", "I solved Semantle", post)));
    }

    [Fact]
    public void ContentRules_AStoryWithoutAWebLink_ShouldBeDroppedUnlessLinksAreNotRequired()
    {
        var rules = new ContentRules(new ContentConfig { MinLength = 10 }, new AdsConfig(), DateTimeOffset.UnixEpoch);
        var none = rules.CheckContent(Item("a", "A post", Feeds.AiBody) with { Link = null })!.Value;
        Assert.Equal("no_link", none.Rule);
        Assert.Contains("the feed gives none", none.Reason);
        var local = rules.CheckContent(Item("b", "A post", Feeds.AiBody, "file:///captures/blog/2012/post"))!.Value;
        Assert.Equal(("no_link", true), (local.Rule, local.Reason.Contains("links to file:", StringComparison.Ordinal)));
        Assert.Null(rules.CheckContent(Item("c", "A post", Feeds.AiBody, "HTTPS://e.org/post")));
        Assert.Null(new ContentRules(new ContentConfig { MinLength = 10, RequireLink = false }, new AdsConfig(), DateTimeOffset.UnixEpoch)
            .CheckContent(Item("d", "A post", Feeds.AiBody) with { Link = null }));
    }

    [Theory]
    [InlineData("Featured Advertiser", "Save on a hybrid.", "https://ads.pheedo.com/click.phdo?s=abc&p=1", "sponsor_marker")]
    [InlineData("Great deals on laptops", "See the offer.", "https://ad.doubleclick.net/ddm/clk/123;abc", "ad_link")]
    [InlineData("Spring sale", "See the offer.", "https://srv.buysellads.com/ads/click/x/ABC", "ad_link")]
    public void AdsPlacedInAFeed_ShouldBeDroppedByAnAdRule(string title, string text, string link, string rule)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig { Patterns = [] }, DateTimeOffset.UnixEpoch);
        Assert.Equal(rule, rules.CheckAds(Item("ad", title, text, link))?.Rule);
        Assert.Null(rules.CheckAds(Item("story", "Google's ad business slows", "DoubleClick revenue fell.", "https://news.example/doubleclick.net-story")));
        Assert.Null(ContentRules.AdServerHost("https://notdoubleclick.net/x"));
        Assert.Null(ContentRules.AdServerHost("https://engineering.taboola.com/posts/kafka"));
        Assert.Null(ContentRules.AdServerHost("https://ailab.criteo.com/research"));
    }

    [Fact]
    public void AdPatterns_InAnEpisodesNotes_ShouldNotMakeTheEpisodeAnAd()
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);
        const string notes = "A video essay on AI and human thought, with sources. Learn the hard way: use my code ART to get 25% off your first payment.";
        Assert.Null(rules.CheckAds(Item("v", "The AI Paradox", notes, "https://www.youtube.com/watch?v=abc123", feed: "https://www.youtube.com/feeds/videos.xml?channel_id=UC1")));
        Assert.Null(rules.CheckAds(Item("p", "Episode 12: compilers", notes) with { EnclosureType = "audio/mpeg" }));
        // A post with the same text is a promotion; an episode that says so in its title is one too.
        Assert.Equal("ad_pattern", rules.CheckAds(Item("b", "The AI Paradox", notes))?.Rule);
        Assert.Equal("ad_pattern", rules.CheckAds(Item("t", "25% off all courses this week", notes, "https://www.youtube.com/watch?v=x"))?.Rule);
        // Forty-fourth held-out review, F1: a blog's post that links a video is the blog's words, its sponsor's thanks read.
        const string thanks = "My thanks to Square for sponsoring this week's DF RSS. The entirety of their ad text: start taking payments with the SDK.";
        Assert.Equal("sponsor_thanks", rules.CheckAds(Item("df", "Square", thanks, "https://youtu.be/qYx50YBnQeM", feed: "https://daringfireball.net/feeds/json"))?.Rule);
    }

    private const string Posting = "Acme builds the scheduler behind 40 million daily rides and is growing the platform team. "
        + "What you'll do: design and operate Kubernetes services in Go. Requirements: 5+ years of experience with distributed systems. "
        + "We offer a competitive salary, equity and full-time remote work in EU time zones. Apply now at acme.example/careers.";

    [Theory]
    [InlineData("Senior Platform Engineer (Remote, EU)", Posting, "the title names a role ('Engineer') and the text says 'apply now'")]
    [InlineData("Hiring: Rust developer at Ferrous Labs", "A short note about the team.", "title opens with the hiring label 'Hiring' and names a role ('developer')")]
    [InlineData("[Hiring] ML Research Scientist", "Join us.", "title opens with the hiring label '[Hiring]'")]
    // Thirtieth held-out review, F5: a job board's bracketed kinds, and its "Apply to this job".
    [InlineData("[Hot Job] Backend Lead at Nimbus", "Nimbus builds data tools.", "title opens with the hiring label '[Hot Job]'")]
    [InlineData("[AI Job] Prompt Engineer", "Join a fast team.", "title opens with the hiring label '[AI Job]'")]
    [InlineData("Senior Data Engineer, Platform", "We move petabytes a day across three clouds. Requirements: 5+ years with Spark. We offer a competitive salary and equity. Apply to this job on our careers page.", "'apply to this job'")]
    [InlineData("Job opening - Data Analyst", "Details inside.", "title opens with the hiring label 'Job opening'")]
    [InlineData("Vacancy: head of platform", "Details inside.", "title opens with the hiring label 'Vacancy'")]
    [InlineData("We're hiring: a staff SRE", "Details inside.", "title opens with the hiring label 'We're hiring'")]
    [InlineData("Mux (YC W16) Is Hiring Engineering ICs and Managers", "We're committed to building a healthy team. We'd love to hear from you!", "'(YC W16) is hiring', Hacker News's form")]
    // Hacker News's "Who is hiring" posts (twenty-third held-out review, F2).
    [InlineData("ChipStack | lead backend engineer | Seattle/Bay Area | Full Time", "ChipStack is building tools for chip design. (Please apply there): https://wellfound.com/x", "a job board's header")]
    [InlineData("ChipStack | lead backend engineer | Seattle/Bay Area | Full TimeChipStack is building tools for reducing the time to…", "We are a seed-funded company.", "a job board's header")]
    [InlineData("Preamble | Frontend Engineer | Contract-to-hire | Pittsburgh, PA or Remote (US)", "We build AI guardrails.", "'contract-to-hire'")]
    [InlineData("Acme | Senior Backend Engineer | Berlin | $150,000 - $200,000", "We build payroll software.", "'$150,000'")]
    [InlineData("Acme | Senior Backend Engineer | Berlin | $150-200k", "We build payroll software.", "150-200k'")]
    // A job board's cards (twenty-fifth held-out review, F4).
    [InlineData("Head of Security Engineering — DriveWealth", "New York, NY, United States · pay 250000 USD", "a job board's card")]
    [InlineData("Staff / Senior Software Engineer, Security Fusion Platform — Anthropic", "San Francisco, CA; New York, NY; Seattle, WA\n$300,000 - $405,000", "'$300,000 - $405,000'")]
    [InlineData("We are looking for candidates that are excited to join us on a mission", "Remote Open Roles at DuckDuckGo: Senior Android Engineer, Staff Backend Engineer.", "the text 'open roles'")]
    public void JobPostings_ShouldBeAdsThatNameTheirRule(string title, string text, string reason)
    {
        var rules = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);
        var verdict = rules.CheckAds(Item("job", title, text))!.Value;
        Assert.Equal("job_posting", verdict.Rule);
        Assert.Contains(reason, verdict.Reason);
        Assert.Null(new ContentRules(new ContentConfig(), new AdsConfig { JobPostings = false, Patterns = [] }, DateTimeOffset.UnixEpoch).CheckAds(Item("job", title, text)));
    }

    [Theory]
    // News about hiring names no way to apply; a how-to says "to apply the patch"; a role in a title alone is no posting.
    [InlineData("YC startups are hiring fewer engineers (YC data)", "Batch companies said full-time headcount fell; salary bands stayed flat.")]
    [InlineData("Acme (YC W09) hiring freeze hits its platform team", "The company paused all full-time hiring; salary bands stay flat.")]
    [InlineData("Launch HN: Hirely (YC S23) hiring platform for clinics", "We built a tool that clinics use to schedule nurses.")]
    [InlineData("Google is hiring fewer engineers this year", "The company said requirements for new roles rose, salary bands stayed flat and full-time headcount fell 3%.")]
    [InlineData("How senior engineers review code", "To apply these habits, read the requirements first, then the tests. Benefits: fewer bugs, and full-time reviewers spend less time.")]
    [InlineData("Jobs report: US adds 150,000 jobs", "The economy added jobs in November; salary growth slowed.")]
    // Pay in a story about pay: prose, not a card.
    [InlineData("Software engineers' pay climbs again", "Median pay reached $180,000 - $220,000 for senior engineers this year. Startups paid less.")]
    [InlineData("Security engineer salaries", "A survey of 2,000 engineers put the median salary 150k in the US. Europe paid less.")]
    // Pay in news teasers and headlines that are no cards (review of session 27, F2).
    [InlineData("Apple halves App Store commission for small developers", "Developers earning under $1 million a year will pay 15% instead of 30%.")]
    [InlineData("Analysts see Bitcoin reaching $150k–$200k", "Standard Chartered analysts expect bitcoin to trade at $150,000 to $200,000 by the end of 2026")]
    [InlineData("Levels.fyi: AI engineers at top labs now earn $300k–$500k", "AI engineers at the top labs now earn between $300,000 and $500,000 a year, per new data…")]
    [InlineData("Steve Jobs: the lost interview", "An interview from 1995, restored.")]
    [InlineData("OpenRC for administrators: managing a bouncer", "How to apply the service file: copy it, then apply the changes with rc-update. Requirements: OpenRC.")]
    [InlineData("Kubernetes for developers: rolling out a Deployment", "Write the manifest, then kubectl apply at the cluster. Requirements: kubectl 1.30. Benefits: no downtime; full-time on-call not needed.")]
    [InlineData("Jobs: Apple is not working on a netbook", "Steve Jobs said the company has no plans for a netbook.")]
    [InlineData("Vacancies: UK job vacancies fall again", "Vacancies fell for the 20th month; salary growth slowed.")]
    [InlineData("Hiring - why AI startups hire fewer people", "Startups now apply AI to tasks that needed teams.")]
    [InlineData("Open Position: Why the EU's AI Act matters", "The act sets requirements for high-risk systems.")]
    [InlineData("Kubernetes 1.31 | release notes | full changelog", "The release drops in-tree cloud providers.")]
    [InlineData("Researchers break Wi-Fi encryption | Internet Security | Ars Technica", "The attack recovers keys from engineers' test routers.")]
    [InlineData("Benchmarks | Postgres vs MySQL | remote storage", "Engineers measured both databases on network disks.")]
    [InlineData("We are looking for candidates for our open-source mentorship program", "The foundation picks ten contributors each year.")]
    [InlineData("[AI] Jobs of the future are changing fast", "A report on how engineers' work shifts as models write more code.")]
    public void JobPostings_ShouldNotTakeStoriesAboutJobs(string title, string text)
        => Assert.Null(JobPosting.Why(title, text));

    [Theory]
    // A job board's items link each ad to its applicant-tracking page, and their cut text says nothing of applying
    // (thirty-fourth held-out review, F1).
    [InlineData("You're VSHNary but didn't find the job you were looking for? — vshn", "https://jobs.vshn.ch/o/youre-vshnary-but-didnt-find-the-job", "jobs site jobs.vshn.ch")]
    [InlineData("Lead Firmware Engineer — soundboks", "https://careers.soundboks.com/o/lead-firmware-engineer", "jobs site careers.soundboks.com")]
    [InlineData("Sr. Applied AI Engineer — zapier", "https://jobs.ashbyhq.com/zapier/38434b88-086c-424b", "applicant-tracking system jobs.ashbyhq.com")]
    [InlineData("Open sollicitatie — tilaa", "https://tilaa.recruitee.com/o/open-sollicitatie", "applicant-tracking system recruitee.com")]
    [InlineData("Platform team", "https://boards.greenhouse.io/acme/jobs/4012345", "greenhouse.io")]
    public void JobPostings_ShouldBeKnownByTheirApplicationPage(string title, string link, string reason)
    {
        var text = "VSHN is Switzerland's leading managed service provider for DevOps and cloud-native development.";
        var verdict = new ContentRules(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch).CheckAds(Item("job", title, text, link))!.Value;
        Assert.Equal("job_posting", verdict.Rule);
        Assert.Contains(reason, verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    // A story about hiring links to a newsroom or a blog; a jobs site's home is no posting, nor a host merely named so.
    [InlineData("https://blog.greenhouse-ventures.example/hiring-trends")]
    [InlineData("https://jobs.example.com/")]
    [InlineData("https://jobs.com/news/ai-hiring")]
    [InlineData("https://www.lever.com/blog/ats-trends")]
    [InlineData("https://news.example.com/careers-in-ai")]
    [InlineData("https://careers.example.com/about-us")]
    [InlineData("https://www.recruitee.com/blog/hiring-trends")]
    public void JobPostingPages_ShouldNotTakeOtherPages(string link) => Assert.Null(JobPosting.PostingPage(link));
}
