using NewsCurator.Enhance;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A topic's word used as something else names no topic (<see cref="TopicEvidence"/>'s asides): a star as a figure of speech
/// and a data scientist's job title are no science (held-out review 63, F7), a phone number is no mobile beat (review 64, F5),
/// where a benchmark ran is no operating-systems story (review 65, F5). Each beside a text that still names the topic.
/// Affinities are the reviews' own (cosine minus the topic's background mean).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicAsidesTests
{
    private static List<string> Topics(string title, string text, params (string Topic, double Affinity)[] ranked)
    {
        var (allows, named) = TopicEvidence.Of(title, text);
        return TopicTaxonomy.Choose(ranked.Where(t => allows(t.Topic)).ToList(), 3, 5, 0.06, named, TopicTagger.NamedLeadMargin);
    }

    [Fact]
    public void ANorthStarEngineer_IsNoScience()
    {
        const string title = "Migrating Legacy Like a North Star Engineer";
        const string text = "Betting on AI, their \u201cNorth Star\u201d is: 1 engineer, 1 month, 1 million lines of code. Legacy is their main headache. "
                            + "What can be more tempting than just waiting a little until the North Star Engineer emerges? For board members contemplating "
                            + "to await this north star revolution, here is some advice. Perhaps Microsoft can pull off some North Star Engineering magic.";
        Assert.False(TopicEvidence.Named(title, text)("Science"));
        var topics = Topics(title, text, ("Programming Languages", 0.261), ("Software Engineering", 0.221), ("Careers & Culture", 0.201),
            ("Developer Tools", 0.191), ("Data & Databases", 0.183), ("Science", 0.167));
        Assert.DoesNotContain("Science", topics);
    }

    [Fact]
    public void ABookForDataScientists_IsNoScience_ButData()
    {
        const string title = "Book Review: Software Engineering for Data Scientists";
        const string text = "As a Software Engineer (backend Web Development then Search) turned Data Scientist, I was particularly interested in what "
                            + "the book Software Engineering for Data Scientists by Andrew Treadway had to say about the reverse transition.";
        var named = TopicEvidence.Named(title, text);
        Assert.False(named("Science"));
        Assert.True(named("Data & Databases"));
        var topics = Topics(title, text, ("Careers & Culture", 0.394), ("Software Engineering", 0.384), ("Data & Databases", 0.373), ("Science", 0.165));
        Assert.DoesNotContain("Science", topics);
        Assert.Contains("Data & Databases", topics);
    }

    [Fact]
    public void StarsAndScientistsOfScience_StillNameIt()
    {
        Assert.True(TopicEvidence.Named("Astronomers watch a star swallow its planet", "The star brightened a hundredfold.")("Science"));
        Assert.True(TopicEvidence.Named("A binary caught merging", "Two stars orbiting each other merged; all stars in the cluster are young.")("Science"));
        Assert.True(TopicEvidence.Named("Physicists measure the muon again", "Scientists at Fermilab report the result.")("Science"));
        Assert.True(TopicEvidence.Named("Polaris is not where it was", "The North Star drifts, and astronomers measured the stars near it.")("Science"));
    }

    [Fact]
    public void APhoneNumberOfAPrivacyControl_IsNoMobileStory()
    {
        const string title = "This Hidden Facebook Tool Lets Users Remove Their Email or Phone Number Shared by Others";
        const string text = "Facebook appears to have silently rolled out a tool that allows users to remove their contact information, such as phone "
                            + "numbers and email addresses, uploaded by others. The existence of the tool, which is buried inside a Help Center page about "
                            + "\"Friending,\" was first reported by Business Insider last week. It's offered as a way for \"Non-users\" to \"exercise their "
                            + "rights under applicable laws.\"";
        Assert.False(TopicEvidence.Named(title, text)("Mobile & Apps"));
        var topics = Topics(title, text, ("Security & Privacy", 0.107), ("Mobile & Apps", 0.003), ("Policy & Regulation", -0.068), ("Tech Industry", -0.142));
        Assert.Equal(["Security & Privacy"], topics);
    }

    [Fact]
    public void PhonesAndPhoneMakers_StillNameMobile()
    {
        Assert.True(TopicEvidence.Named("Phone makers cut prices", "Cheaper handsets arrive this fall.")("Mobile & Apps"));
        Assert.True(TopicEvidence.Named("Google's update bricks some devices", "Owners of Android phones report boot loops; other phones are fine.")("Mobile & Apps"));
        // A phone call in the title still leaves the phones of the text.
        Assert.True(TopicEvidence.Named("Scam phone calls rise", "Phones now flag spam, and new phones block it by default.")("Mobile & Apps"));
    }

    [Fact]
    public void WhereABenchmarkRan_IsNoOperatingSystemsStory()
    {
        const string title = "I timed Grok Build TUI against Claude Code on the same task. One was 6x faster.";
        const string text = "A small benchmark I ran in WSL on June 3, 2026. Both tools, one prompt, three runs each. I keep two coding CLIs on this "
                            + "machine: Grok Build TUI and Claude Code. The setup: Both tools live in WSL Ubuntu and were already authenticated. Grok is "
                            + "the grok binary. Claude is the claude Code CLI. I picked a task: an LRU cache with tests, and asked both to write code.";
        Assert.False(TopicEvidence.Named(title, text)("Operating Systems"));
        var topics = Topics(title, text, ("Operating Systems", 0.158), ("Software Engineering", 0.141), ("Cloud & Infrastructure", 0.111), ("Developer Tools", 0.108));
        Assert.Equal("Software Engineering", topics[0]);
        Assert.DoesNotContain("Operating Systems", topics);
    }

    [Fact]
    public void AnOperatingSystemsStory_StillNamesIt_ThoughItRanThere()
    {
        Assert.True(TopicEvidence.Named("WSL 2 gets systemd", "Ubuntu in WSL now boots with systemd; I tested it on Windows 11.")("Operating Systems"));
        Assert.True(TopicEvidence.Named("A faster scheduler", "I ran the new kernel on Ubuntu 24.04; the Linux scheduler patch halves latency.")("Operating Systems"));
    }
}
