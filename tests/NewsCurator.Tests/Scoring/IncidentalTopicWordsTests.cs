using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Words a topic's list shares with an incidental sense (held-out reviews 105 F5 F6, 108 F5): a program's start-up is no
/// startup company, a metaphor's "robotic co-pilot" no robot, per-platform install paths no operating-system story; and an
/// IDE's features name Developer Tools where its release note never says "IDE".
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class IncidentalTopicWordsTests
{
    [Fact]
    public void AProgramsStartup_ShouldNotNameTechIndustry()
        => Assert.False(TopicEvidence.Named("Modeller 4.2.1 is out",
            "A new Skip Build On Startup option is available. It can speed up the tool's startup when the first build takes long; startup time drops by half.")("Tech Industry"));

    [Fact]
    public void AStartupCompany_ShouldStillNameTechIndustry()
        => Assert.True(TopicEvidence.Named("A startup raises its first round",
            "The startup, founded last year, says startups in the field struggle to hire; startup funding fell in the spring.")("Tech Industry"));

    [Fact]
    public void AnIdePluginsFeatures_ShouldNameDeveloperTools()
        => Assert.True(TopicEvidence.Named("PlusPlus Helper 2024.1 EAP: faster completion",
            "Code completion now works in inactive preprocessor branches, new inspections and quick-fixes catch unused includes, and inlay hints show parameter names.")("Developer Tools"));

    [Fact]
    public void AnArticleWithoutToolsOrFeatures_ShouldStillNotNameDeveloperTools()
        => Assert.False(TopicEvidence.Named("Why our team writes design docs", "We write a one-page design doc before any large change and review it together.")("Developer Tools"));

    [Fact]
    public void ARoboticMetaphor_ShouldNotAllowRobotics()
        => Assert.False(TopicEvidence.For("A chip designed with a model's help",
            "The language model acted as a robotic co-pilot for our hardware design, writing Verilog that we checked by hand.")("Robotics & Automation"));

    [Fact]
    public void ARoboticArm_ShouldStillAllowRobotics()
        => Assert.True(TopicEvidence.For("A robotic arm that sorts parcels", "The arm picks 900 parcels an hour.")("Robotics & Automation"));

    [Fact]
    public void PerPlatformInstallPaths_ShouldNotNameOperatingSystems()
        => Assert.False(TopicEvidence.Named("Launcher 3.0 is available",
            "Tools now install to paths that conform to operating system guidelines (%LocalAppData%\\Programs for Windows, ~/Applications for macOS, and ~/.local/share/launcher for Linux). On Linux, the cache directory now conforms to operating system guidelines too.")("Operating Systems"));

    [Fact]
    public void AnOsStory_ShouldStillNameOperatingSystems()
        => Assert.True(TopicEvidence.Named("A scheduler rewrite lands",
            "The Linux kernel's new scheduler cuts latency for desktop tasks, and the operating system boots faster.")("Operating Systems"));
}
