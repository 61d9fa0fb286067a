using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>A title that says what the article is outweighs the scorer's guess: a launch filed under "opinion" (fifth held-out review, F7).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ContentTypeCuesTests
{
    private static string? TypeOf(string title, string guessed) => TypeOf(new Article { Id = "a", FeedUrl = "f", Title = title }, guessed);

    private static string? TypeOf(Article article, string guessed) => ContentTypeCues.Apply(article, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("Introducing Mistral AI Studio.", ContentTypes.Opinion, ContentTypes.Release)]
    [InlineData("Announcing .NET 10", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Say hello to the new inference API", ContentTypes.Other, ContentTypes.Release)]
    [InlineData("Now available: Postgres 18 on every plan", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Introducing our sponsor, a GPU cloud", ContentTypes.Sponsored, ContentTypes.Sponsored)]
    [InlineData("Introducing the team: episode 12", ContentTypes.Podcast, ContentTypes.Podcast)]
    [InlineData("Why introducing types late is hard", ContentTypes.Opinion, ContentTypes.Opinion)]
    [InlineData("Mistral AI Studio is here", ContentTypes.Opinion, ContentTypes.Opinion)]
    [InlineData("Visual Studio Team System 2008 SP1 Now Available!", ContentTypes.Other, ContentTypes.Release)]
    [InlineData("Updated Debian 11: 11.6 released", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Why nothing gets released on Fridays", ContentTypes.Opinion, ContentTypes.Opinion)]
    [InlineData("Is the new model now available in Europe? Not yet", ContentTypes.News, ContentTypes.News)]
    // Hostile-input audit 37, H6: a count before "released", a plural noun after "Announcing".
    [InlineData("Personal data of 4 million voters released", ContentTypes.News, ContentTypes.News)]
    [InlineData("Announcing layoffs by Zoom call is cruel, and it keeps happening", ContentTypes.Opinion, ContentTypes.Opinion)]
    [InlineData("Rust 1.90.0 released", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Debian 13 released", ContentTypes.News, ContentTypes.Release)]
    [InlineData("GPT-5 is released", ContentTypes.News, ContentTypes.Release)]
    [InlineData("Announcing v201605 of the AdWords API", ContentTypes.News, ContentTypes.Release)]
    public void Title_ThatAnnouncesARelease_ShouldMakeItOne_ButNotAnAdOrAnEpisode(string title, string guessed, string expected)
        => Assert.Equal(expected, TypeOf(title, guessed));

    [Theory]
    // Thirty-second held-out review, F3: an advisory names the version that fixes the flaw, and is no release for it.
    [InlineData("Automation Web Platform <= 4.8.6 - Unauthenticated Authentication Bypass via 'otp_transient' Token Disclosure", ContentTypes.News)]
    [InlineData("The WP Remote WordPress Plugin < 6.65 - Unauthenticated Site Takeover via Brute Force", ContentTypes.News)]
    [InlineData("WS Form LITE <= 1.10.80 - Unauthenticated PHP Object Injection via Form Submission", ContentTypes.News)]
    [InlineData("CVE-2026-1234: libfoo before 2.3.1 allows heap overflow", ContentTypes.News)]
    [InlineData("GHSA-abcd-efgh-ijkl: tar-fs path traversal", ContentTypes.News)]
    // Releases stay releases: a security release, a version that names a fix, a plain release.
    [InlineData("Node.js 20.11.1 security release fixes CVE-2024-22019", ContentTypes.Release)]
    [InlineData("OctoPrint 1.10.3 released", ContentTypes.Release)]
    [InlineData("Postgres 18 is here with async I/O", ContentTypes.Release)]
    [InlineData("Rust 1.80: faster builds for crates up to 2x", ContentTypes.Release)]
    public void Advisory_TypedARelease_ShouldBeNews(string title, string expected) => Assert.Equal(expected, TypeOf(title, ContentTypes.Release));

    [Theory]
    // A course, an event or an award announced is no product release (twenty-fifth held-out review, F6).
    [InlineData("Announcing AI Driven Data Engineering", "This Dagster University course shows how to build a production-ready ELT pipeline from prompts.", ContentTypes.News)]
    [InlineData("Announcing our 2027 summit speakers", "Meet the people on stage in Lisbon.", ContentTypes.News)]
    [InlineData("Introducing the Research Fellowship", "Apply by March.", ContentTypes.News)]
    // A product whose text goes on about something else keeps the release.
    [InlineData("Announcing Dagster 1.13", "Dagster 1.13 adds asset checks and a faster UI; see the changelog for the rest.", ContentTypes.Release)]
    // Words a release's notes use (review of session 27, F7).
    [InlineData("Announcing TypeScript 5.2", "TypeScript 5.2 adds decorator metadata for classes and the using keyword.", ContentTypes.Release)]
    [InlineData("Introducing the all-new Kindle Paperwhite", "Read e-books longer: the new Kindle lasts twelve weeks.", ContentTypes.Release)]
    [InlineData("Announcing Gemini 2.0 Flash", "At today's keynote we shipped Gemini 2.0 Flash to every developer.", ContentTypes.Release)]
    [InlineData("Announcing our Spring Launch Event", "Join us online on March 3.", ContentTypes.News)]
    public void AnAnnouncedCourseOrEvent_ShouldNotBeMadeARelease(string title, string text, string expected)
    {
        Assert.Equal(expected, TypeOf(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, ContentTypes.News));
        // Where the scorer typed it a release itself, a course or an event goes to "other"; a release stays one.
        Assert.Equal(expected == ContentTypes.Release ? ContentTypes.Release : ContentTypes.Other,
            TypeOf(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, ContentTypes.Release));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=abc123", null, ContentTypes.Release, ContentTypes.Podcast)]
    [InlineData("https://youtu.be/abc123", null, ContentTypes.Opinion, ContentTypes.Podcast)]
    [InlineData("https://vimeo.com/123456", null, ContentTypes.News, ContentTypes.Podcast)]
    [InlineData("https://example.org/talk", "video/*", ContentTypes.Tutorial, ContentTypes.Podcast)]
    [InlineData("https://example.org/ep/12", "audio/mpeg", ContentTypes.Opinion, ContentTypes.Podcast)]
    [InlineData("https://www.youtube.com/watch?v=ad", null, ContentTypes.Sponsored, ContentTypes.Sponsored)]
    [InlineData("https://www.youtube.com/@channel", null, ContentTypes.News, ContentTypes.News)]
    [InlineData("https://example.org/post", "image/jpeg", ContentTypes.Opinion, ContentTypes.Opinion)]
    public void AVideoOrEpisode_ShouldBeTypedPodcast_WhateverItsTextReadsLike(string link, string? enclosure, string guessed, string expected)
        => Assert.Equal(expected, TypeOf(new Article { Id = "a", FeedUrl = "f", Title = "Live stream: building agents", Link = link, EnclosureType = enclosure }, guessed));

    [Fact]
    public void AnArticle_WithAReadAloudOrAClipAttached_ShouldKeepItsOwnType()
    {
        // Hostile-input audit 37, H2: news sites attach a read-aloud mp3 or an explainer video to full articles.
        var story = string.Join(' ', Enumerable.Repeat("The European Commission fined Meta 800 million euros for tying its classified ads service to Facebook, the regulator said on Thursday.", 10));
        var news = new Article { Id = "a", FeedUrl = "f", Title = "EU fines Meta €800M over Marketplace tying", Text = story, Link = "https://example.org/news/meta", EnclosureType = "audio/mpeg" };
        Assert.Equal(ContentTypes.News, TypeOf(news, ContentTypes.News));
        Assert.Equal(ContentTypes.News, TypeOf(news with { EnclosureType = "video/mp4" }, ContentTypes.News));
        // An episode says so: a running time, notes that name what is heard, or too few words to be an article.
        Assert.Equal(ContentTypes.Podcast, TypeOf(news with { DurationSeconds = 1800 }, ContentTypes.News));
        Assert.Equal(ContentTypes.Podcast, TypeOf(news with { Text = "This week our guest explains the ruling. " + story }, ContentTypes.News));
        Assert.Equal(ContentTypes.Podcast, TypeOf(news with { Text = "Why the Commission fined Meta, and what it means for Marketplace." }, ContentTypes.Opinion));
    }

    [Theory]
    // Forty-fifth held-out review, F3: the head's episode with nothing to hear or watch is no episode.
    [InlineData("61 Best Early Amazon Prime Day Deals", "Save on headphones, laptops and video games before the sale starts.", ContentTypes.Other)]
    [InlineData("Episode 12: agents in production", "We talk with Ana about agents.", ContentTypes.Podcast)]
    [InlineData("Building agents, live", "In this video we build an agent from scratch.", ContentTypes.Podcast)]
    public void AnEpisodeGuess_WithNoMediaOrWordOfOne_ShouldNotStayAnEpisode(string title, string text, string expected)
        => Assert.Equal(expected, TypeOf(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text, Link = "https://example.org/post" }, ContentTypes.Podcast));

    [Theory]
    // A planet's copy of show notes: the enclosure is gone, the notes name the episode's audio (held-out review 8, F5).
    [InlineData("2017-030-Vulnerability OSINT", "This week, we discuss vulnerability OSINT.\nDirect Link: http://traffic.libsyn.com/brakesec/2017-030.mp3\nSubscribe to the podcast on iTunes.", ContentTypes.Podcast)]
    [InlineData("Episode 12: agents", "We talk about agents with Ana.\nDownload (https://cdn.example.org/ep12.m4a?dl=1)", ContentTypes.Podcast)]
    // A speech model's post links a sample, a podcast page names no audio file, a path that only contains ".mp3": articles.
    [InlineData("A faster TTS model", "Our new model speaks 40 languages. Hear a sample: https://example.org/samples/en.mp3", ContentTypes.News)]
    [InlineData("The podcast industry in 2025", "Podcast ad revenue grew 12%. Read the report at https://example.org/report.pdf", ContentTypes.News)]
    [InlineData("Episode numbers", "Our podcast page moved to https://example.org/mp3s.mp3x/list", ContentTypes.News)]
    public void ShowNotes_ThatNameTheirOwnAudioFile_ShouldBeAnEpisode(string title, string text, string expected)
        => Assert.Equal(expected, TypeOf(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text, Link = "https://example.org/post" }, ContentTypes.News));

    [Theory]
    // Twenty-first held-out review, F7: arXiv abstracts typed "tutorial" and "other".
    [InlineData("https://arxiv.org/abs/2506.01234", ContentTypes.Tutorial, ContentTypes.Research)]
    [InlineData("http://arxiv.org/abs/2506.01234v2", ContentTypes.Other, ContentTypes.Research)]
    [InlineData("https://openreview.net/forum?id=abc", ContentTypes.News, ContentTypes.Research)]
    [InlineData("https://aclanthology.org/2023.acl-long.1/", ContentTypes.Opinion, ContentTypes.Research)]
    [InlineData("https://doi.org/10.1145/3600006.3613165", ContentTypes.Other, ContentTypes.Research)]
    // Fiftieth held-out review, F3: Hugging Face's paper pages carry the arXiv id; its listing is no paper.
    [InlineData("https://huggingface.co/papers/2506.14837", ContentTypes.Tutorial, ContentTypes.Research)]
    [InlineData("https://huggingface.co/papers", ContentTypes.News, ContentTypes.News)]
    [InlineData("https://huggingface.co/blog/smolvla", ContentTypes.News, ContentTypes.News)]
    // An ad or a job keeps its type; a page about papers is no paper; arXiv's listing is no paper.
    [InlineData("https://arxiv.org/abs/2506.01234", ContentTypes.Sponsored, ContentTypes.Sponsored)]
    [InlineData("https://example.org/arxiv.org/abs/1", ContentTypes.News, ContentTypes.News)]
    [InlineData("https://arxiv.org/list/cs.LG/recent", ContentTypes.News, ContentTypes.News)]
    [InlineData("https://aclanthology.org/events/acl-2024/", ContentTypes.Other, ContentTypes.Other)]
    // A DOI or ACM address also names a journal's news and a magazine's column: those keep their type.
    [InlineData("https://doi.org/10.1038/d41586-025-01234-5", ContentTypes.News, ContentTypes.News)]
    [InlineData("https://dl.acm.org/doi/10.1145/3650000", ContentTypes.Opinion, ContentTypes.Opinion)]
    public void APapersOwnPage_ShouldBeResearch(string link, string guessed, string expected)
        => Assert.Equal(expected, TypeOf(new Article { Id = "a", FeedUrl = "f", Title = "Robust Federated Learning against Noisy Clients", Link = link }, guessed));

    [Theory]
    [InlineData("Robust Federated Learning against Noisy Clients via Masked Optimization", ContentTypes.Other)]
    [InlineData("Learning Rust in a weekend", ContentTypes.Tutorial)]
    [InlineData("Rust: learning the borrow checker", ContentTypes.Tutorial)]
    [InlineData("Rust — learning the borrow checker", ContentTypes.Tutorial)]
    [InlineData("Learn Go with tests", ContentTypes.Tutorial)]
    public void LearningInAFieldsName_ShouldNotConfirmATutorial(string title, string expected)
        => Assert.Equal(expected, TypeOf(title, ContentTypes.Tutorial));

    [Theory]
    // Fifteenth held-out review, F2: advisories and an abstract the type head filed under "Tutorials & guides".
    [InlineData("[vulncheck] CVE-2022-1026 - kyocera net_viewer Insufficiently Protected Credentials", "Kyocera net_viewer stores credentials insufficiently protected. Upgrade to the latest version from the download center.", ContentTypes.Other)]
    [InlineData("CVE-2024-21683 - Confluence Data Center and Server Remote Code Execution", "An authenticated attacker can execute code. You can upgrade to the latest version to fix it.", ContentTypes.Other)]
    // Twenty-third held-out review, F3: GitHub's advisories for Actions, whose products are named "create" and "run".
    [InlineData("gajira-create GitHub action vulnerable to arbitrary code execution", "GHSA-4xqx-pqpj-9fqw. An attacker can execute arbitrary code in the context of a GitHub runner.", ContentTypes.Other)]
    [InlineData("run-terraform allows for RCE via terraform plan", "GHSA-f9qj-7gh3-mhj4. A malicious actor could send a PR with a malicious payload.", ContentTypes.Other)]
    [InlineData("Toward Secure Compilation: Leakage Detection for Masked Implementation", "Masking is a countermeasure against side-channel attacks. This paper presents a leakage detection pass for compilers.", ContentTypes.Other)]
    // Fiftieth held-out review, F3: an abstract's "First, we ..." narrates; a distribution's notice of a flaw with the
    // commands that check a machine is an advisory.
    [InlineData("Improved Iterative Refinement for Chart-to-Code Generation", "Chart-to-code generation is hard for MLLMs. First, we distinguish two tasks. Finally, the results improve on both benchmarks.", ContentTypes.Other)]
    [InlineData("Heartbleed vulnerability in OpenSSL", "NixOS is affected by the OpenSSL bug.\n$ nix-store -qR /run/current-system | grep openssl", ContentTypes.Other)]
    // Tutorials show how: in the title, or in steps, code and the second person in the text.
    [InlineData("How to patch CVE-2024-21683 on Confluence", "Stop the service and apply the hotfix.", ContentTypes.Tutorial)]
    [InlineData("A Beginner's Guide to Machine Learning", "Machine learning finds patterns in data.", ContentTypes.Tutorial)]
    [InlineData("Structured logging in Go", "First, add the package.\nThen configure the handler.", ContentTypes.Tutorial)]
    [InlineData("Structured logging in Go", "The handler writes JSON.\nlogger := slog.New(handler);\nlogger.Info(\"started\");", ContentTypes.Tutorial)]
    [InlineData("Structured logging in Go", "You'll need Go 1.21 for the slog package.", ContentTypes.Tutorial)]
    [InlineData("Structured logging in Go", "Logs matter. Next, configure the handler to write JSON.", ContentTypes.Tutorial)]
    public void ATutorial_ShouldShowHowToDoSomething_ElseItHasNoHeading(string title, string text, string expected)
        => Assert.Equal(expected, TypeOf(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text, Link = "https://example.org/post" }, ContentTypes.Tutorial));

    [Fact]
    public void AYouTubeEntry_ShouldBeAVideo_WithNoReadingTimeFromItsDescription()
    {
        // YouTube's channel feeds give no enclosure: media:group/media:content of a Flash player, and a /watch link
        // (here, as on other video hosts' feeds, a link elsewhere must not hide it).
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:yt="http://www.youtube.com/xml/schemas/2015">
            <title>Channel</title><link rel="alternate" href="https://www.youtube.com/channel/UC1"/>
            <entry><id>yt:video:abc</id><yt:videoId>abc</yt:videoId><title>Building agents, live</title>
              <link rel="alternate" href="https://example.org/live/abc"/><published>2025-06-01T10:00:00Z</published>
              <media:group><media:title>Building agents, live</media:title>
                <media:content url="https://www.youtube.com/v/abc?version=3" type="application/x-shockwave-flash" width="640" height="390"/>
                <media:description>Fifty minutes of building an agent from scratch with the new SDK.</media:description></media:group></entry>
            </feed>
            """;
        var item = NewsCurator.Ingest.FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(atom), new Uri("https://www.youtube.com/feeds/videos.xml?channel_id=UC1")).Items.Single();
        Assert.Equal("video/*", item.EnclosureType);
        var article = NewsCurator.Ingest.ArticleNormalizer.ToArticle(item, new FeedSource("https://www.youtube.com/feeds/videos.xml?channel_id=UC1"), "Channel");
        var score = ContentTypeCues.Apply(article, new ArticleScore { Id = article.Id, ContentType = ContentTypes.Release });
        Assert.Equal(ContentTypes.Podcast, score.ContentType);

        var enhanced = NewsCurator.Enhance.EnhanceStage.Enhance(article, score, 1, new NewsCurator.Configuration.EnhanceConfig());
        var entry = NewsCurator.Newsletter.NewsletterRenderer.ToEntry(enhanced);
        Assert.Null(entry.ReadingTime);
        Assert.True(entry.IsEpisode);
    }
}
