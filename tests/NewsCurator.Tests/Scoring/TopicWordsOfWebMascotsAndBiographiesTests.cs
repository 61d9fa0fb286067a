using NewsCurator.Enhance;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A topic's word used as a web platform's, a mascot's, a software object's, a biography's or a standards body's names no
/// topic (<see cref="TopicEvidence"/>'s asides): a CSS media query is no database query (held-out review 110, F3), a company's
/// robot logo no robot (110, F4), a bug tracker's "Policy Request component" no regulation (112, F9), a CTO's banking past no
/// fintech story (112, F7), an IETF specification for CSV files no network (111, F5). Each beside a text that still names it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TopicWordsOfWebMascotsAndBiographiesTests
{
    private static List<string> Topics(string title, string text, params (string Topic, double Affinity)[] ranked)
    {
        var (allows, named) = TopicEvidence.Of(title, text);
        return TopicTaxonomy.Choose(ranked.Where(t => allows(t.Topic)).ToList(), 3, 5, 0.06, named, TopicTagger.NamedLeadMargin, leadNeedsWords: true);
    }

    [Fact]
    public void ACssMediaQuery_IsNoDatabaseQuery()
    {
        const string title = "Getting Started with the Prefers Contrast Media Query";
        const string text = "Browsers now let a stylesheet ask whether the reader wants more contrast. The feature sits beside zoom, forced colours and "
                            + "user stylesheets as a way for CSS to respect what people set on their devices.";
        Assert.False(TopicEvidence.Named(title, text)("Data & Databases"));
        var topics = Topics(title, text, ("Web Development", 0.21), ("Data & Databases", 0.12), ("Software Engineering", 0.05));
        Assert.DoesNotContain("Data & Databases", topics);
        Assert.False(TopicEvidence.Named("Container queries and querySelector", "A container query styles a card by its own width.")("Data & Databases"));
    }

    [Fact]
    public void ADatabaseQuery_StillNamesData()
    {
        Assert.True(TopicEvidence.Named("Why our slowest query got faster", "The planner chose an index scan once the statistics were fresh.")("Data & Databases"));
        Assert.True(TopicEvidence.Named("Tuning the planner", "Each SQL query ran twice; the queries on the events table were slow.")("Data & Databases"));
        // A B-tree's range queries are a database's, not a media query's range syntax.
        Assert.True(TopicEvidence.Named("Range queries on a B-tree", "Range queries walk the leaves in order.")("Data & Databases"));
    }

    [Fact]
    public void ARobotLogo_IsNoRobot()
    {
        const string text = "Every winter the agency holds a two-day hackathon named after Bolt, the robot we use for our logo. We pitch ideas, "
                            + "form teams and build something with our colleagues.";
        Assert.False(TopicEvidence.For("Bolt Days", text)("Robotics & Automation"));
        Assert.False(TopicEvidence.For("Our mascot", "Our mascot is a friendly robot with a wrench, drawn by our designer.")("Robotics & Automation"));
    }

    [Fact]
    public void ARealRobot_StillNamesRobotics()
    {
        Assert.True(TopicEvidence.For("Meet our warehouse robot", "The robot picks parcels off the shelves with a suction gripper.")("Robotics & Automation"));
        Assert.True(TopicEvidence.For("A robot mascot that walks", "Our mascot is a robot with an actuator in each leg.")("Robotics & Automation"));
    }

    [Fact]
    public void APolicyComponentOfAChangelog_IsNoRegulation()
    {
        const string title = "Tracker deploy notes";
        const string text = "• [2101] Make Addons :: Blocklist Policy Request component private by default\n"
                            + "• [2102] Chart widget blocked by Content Security Policy on the stats page\n"
                            + "• [2103] Fix the sort order of bug lists after a refactor of the search code";
        Assert.False(TopicEvidence.Named(title, text)("Policy & Regulation"));
        var topics = Topics(title, text, ("Software Engineering", 0.15), ("Policy & Regulation", 0.08), ("Web Development", 0.03));
        Assert.DoesNotContain("Policy & Regulation", topics);
    }

    [Fact]
    public void AGovernmentsPolicy_StillNamesRegulation()
    {
        Assert.True(TopicEvidence.Named("A new policy on facial recognition", "The government will publish its policy on police use next month.")("Policy & Regulation"));
        Assert.True(TopicEvidence.Named("Privacy policy changes", "Regulators asked about the privacy policy after the law changed.")("Policy & Regulation"));
        // A state's data retention or password policy is policy (review of session 51, R12); a bucket's retention policy is not.
        Assert.True(TopicEvidence.Named("Data retention policy voided", "The bloc's data retention policy for telecom operators is void.")("Policy & Regulation"));
        Assert.True(TopicEvidence.Named("A new password policy", "The standards body's password policy drops forced rotation.")("Policy & Regulation"));
        Assert.False(TopicEvidence.Named("Bucket retention policy for cheaper storage", "Set a bucket retention policy so old objects expire.")("Policy & Regulation"));
    }

    [Fact]
    public void ABankingPastInABiography_IsNoFintechStory()
    {
        const string title = "Case Study: How a ride-sharing startup runs on a platform";
        const string text = "In this post, former banking technology architect and now CTO Anna Berg tells us about her platform. She brings 15 years "
                            + "of experience from large firms. The service covers search, booking and payment for shared cars and bikes.";
        Assert.False(TopicEvidence.Named(title, text)("Fintech & Crypto"));
        var topics = Topics(title, text, ("Cloud & Infrastructure", 0.2), ("Tech Industry", 0.1), ("Fintech & Crypto", 0.09));
        Assert.DoesNotContain("Fintech & Crypto", topics);
    }

    [Fact]
    public void AStoryAboutBanks_StillNamesFintech()
        => Assert.True(TopicEvidence.Named("Banks move payments to a new rail", "Retail banks say instant payments will replace card payments by 2030.")("Fintech & Crypto"));

    [Fact]
    public void AnIetfSpecificationForCsv_IsNoNetwork()
    {
        const string text = "The board recommends RFC 4180, an Internet Engineering Task Force (IETF) specification, to publish tabular data. The IETF "
                            + "RFC 4180 describes a standard format for CSV files, and OpenAPI 3 describes RESTful APIs.";
        Assert.False(TopicEvidence.Named("Better CSV files and API descriptions", text)("Networking & Telecom"));
    }

    [Fact]
    public void AnIetfNetworkProtocol_StillNamesNetworking()
        => Assert.True(TopicEvidence.Named("QUIC becomes an IETF standard", "The IETF published QUIC as RFC 9000; the transport runs over UDP.")("Networking & Telecom"));
}
