using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A topic's word in another sense names no topic: a bare "#schema" (schema.org markup) is no database's (held-out review 117,
/// F6), a website pointed to is no Web Development (review 118, F4); and a field's own names do name one: the open social web's
/// standards are the web's (review 117, F6), "OSDev" is operating-system development (review 119, F8).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class StrayTopicWordsTests
{
    [Fact]
    public void AHashtagSchema_IsNoDatabase()
    {
        // The note is its own title, as its feed gave it: a title's word names a topic on its own.
        const string note = "I.e. #AMP is #openwashing not #openweb, similar to #schema before it.";
        var named = TopicEvidence.Named(note, note + "\nIt has appearances or aspects of being open, but in practice is proprietarily controlled.");
        Assert.False(named("Data & Databases"));
    }

    [Theory]
    [InlineData("Zero-downtime schema migrations in Postgres", "We run every schema migration behind a flag.")]
    [InlineData("Designing a database schema for events", "The table schema keeps one row per event and an index on time.")]
    [InlineData("Validating payloads with JSON Schema", "A JSON schema describes each message; a schema registry keeps their versions.")]
    public void ADatasSchema_StillNamesDataAndDatabases(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Data & Databases"));

    [Fact]
    public void TheOpenSocialWebsStandards_NameWebDevelopment()
    {
        const string text = "Bridgy Fed connects your IndieWeb site with federated social networks like Mastodon and Hubzilla. If your site can send and "
                            + "receive webmentions, Bridgy Fed can federate it with the fediverse!";
        var named = TopicEvidence.Named("Bridgy Fed", text);
        Assert.True(named("Web Development"));
        Assert.False(named("Networking & Telecom"));
    }

    // The finding's probe: a project page pointed to.
    [Fact]
    public void AProjectWebsitePointedTo_IsNoWebDevelopment()
    {
        var named = TopicEvidence.Named("Official website of: Literature Meets Data: A Synergistic Approach to Hypothesis Generation",
            "Checkout the project website for our latest paper on hypothesis generation - Literature Meets Data: A Synergistic Approach to Hypothesis Generation!");
        Assert.False(named("Web Development"));
    }

    // The finding's counter-probe and others: a site built, sped up or redesigned names it.
    [Theory]
    [InlineData("Why our website got 40% faster", "We moved our website's images to AVIF and cut the largest contentful paint in half.")]
    [InlineData("Building an accessible website with plain HTML", "No framework: the website is HTML and a little CSS.")]
    [InlineData("Redesigning the BBC website", "The new website loads in half the time on phones.")]
    public void AWebsiteBuilt_StillNamesWebDevelopment(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Web Development"));

    // The finding's probe: an OS-development newsletter names Operating Systems.
    [Fact]
    public void AnOsDevNewsletter_NamesOperatingSystems()
    {
        var named = TopicEvidence.Named("This Month in Rust OSDev: September 2024",
            "Welcome to a new issue of This Month in Rust OSDev. In these posts, we give a regular overview of notable changes in the Rust operating system development ecosystem.");
        Assert.True(named("Operating Systems"));
        Assert.True(named("Programming Languages"));
        var topics = TopicTaxonomy.Choose([("Programming Languages", 0.30), ("Operating Systems", 0.22), ("Developer Tools", 0.20)], 3, 5, 0.06, named,
            NewsCurator.Enhance.TopicTagger.NamedLeadMargin, leadNeedsWords: true);
        Assert.Contains("Operating Systems", topics);
    }

    // Review 119, F8's tweet names no topic: its "Programming Languages" is the encoder's nearest, alone (not a word's).
    [Fact]
    public void ATweetNamingNoLanguage_NamesNone()
    {
        var named = TopicEvidence.Named("Tweet 1029425508977659904 by yuzuemu",
            "There’s now an open-source emulator that runs BotW in-game :) Check out this great video from @B5od_Gaming showing… https://t.co/QWS2s4NDUa");
        Assert.False(named("Programming Languages"));
    }
}
