using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A word whose common tech sense is another topic's names no topic by itself (<see cref="TopicEvidence"/>): the "AWS
/// Management Console" is no games console and "GitHub Copilot" no open-source story (held-out review 69, F3); a sports
/// team's management app is no workplace story (review 71, F4). Each beside a text that still names the topic.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AmbiguousTopicWordsTests
{
    [Fact]
    public void AWebConsole_IsNoHardware_ButAGamesConsoleIs()
    {
        var named = TopicEvidence.Named("The AWS Management Console Raises Security Concerns",
            "There has been an ongoing debate over how secure cloud computing is. Some consider that Amazon’s - Web based – AWS Management Console is creating more opportunities to hackers.");
        Assert.False(named("Hardware & Chips"));
        Assert.True(named("Cloud & Infrastructure"));
        Assert.True(named("Security & Privacy"));
        Assert.True(TopicEvidence.Named("Nintendo's next games console leaks", "The handheld console ships next spring.")("Hardware & Chips"));
        Assert.True(TopicEvidence.Named("Xbox console prices rise again", "Microsoft raised the price of the Xbox console.")("Hardware & Chips"));
    }

    [Fact]
    public void AGitHubProductNote_IsNoOpenSource_ButALicenceStoryIs()
    {
        var named = TopicEvidence.Named("Discover local models in GitHub Copilot CLI",
            "GitHub Copilot CLI makes it easier to choose a local model without leaving your existing workflow. Starting in CLI version 1.0.94-0, use /model to "
            + "discover supported models from a running local Ollama instance, alongside your configured models and cloud models provided by GitHub Copilot.");
        Assert.False(named("Open Source"));
        Assert.True(named("Developer Tools"));
        Assert.True(TopicEvidence.Named("Redis returns to an open source licence", "The maintainers on GitHub moved the project to the AGPL.")("Open Source"));
    }

    [Fact]
    public void ASwiftPost_NamesProgrammingLanguages_ButTheSingerDoesNot()
    {
        var named = TopicEvidence.Named("Swift: when to reach for guard",
            "In my code-base I keep turning if statements into guard statements. Here is when each one fits, with an enum of session types.");
        Assert.True(named("Programming Languages"));
        Assert.True(TopicEvidence.Named("A tour of our code-base", "How the modules fit together.")("Software Engineering"));
        Assert.False(TopicEvidence.Named("Ticket sites strain under demand", "Fans of Taylor Swift crashed the sales queue again.")("Programming Languages"));
        Assert.False(TopicEvidence.Named("Regulators act swiftly", "A swift response followed the outage.")("Programming Languages"));
    }

    [Fact]
    public void ASportsTeamManagementApp_IsNoCareersStory()
    {
        const string title = "TeamSpot — A sport team management app built with Flutter and Firebase";
        const string text = "TeamSpot is a cross-platform, graphically appealing sport management app, completely free and dedicated to groups of friends or coaches "
                            + "that struggle to schedule and organize games, practices or regular group activities. Alternatives are often dedicated to club management "
                            + "and, therefore, too complex and not easy to use. To join a team you only need a TeamSpot invitation code.";
        Assert.False(TopicEvidence.Named(title, text)("Careers & Culture"));
        Assert.True(TopicEvidence.Named(title, text)("Mobile & Apps"));
    }

    [Theory]
    [InlineData("Cloudflare Workers get a bigger CPU budget", "Service workers and web workers run the code; 50 workers per account.")]
    [InlineData("The European Union fines Apple", "The European Union said the fine follows its rules. In an interview with Reuters, the commissioner said more would come.")]
    [InlineData("Better user onboarding in our app", "Customer onboarding takes two screens now, and holiday promotions appear in the app.")]
    public void WordsOfAnotherSense_AreNoCareersStory(string title, string text) => Assert.False(TopicEvidence.Named(title, text)("Careers & Culture"));

    [Theory]
    [InlineData("Layoffs hit another 1,200 engineers", "The company laid off staff across its cloud unit.")]
    [InlineData("Our remote work policy, one year on", "Employees choose where they work; remote work stays.")]
    [InlineData("Warehouse workers vote to join a union", "The workers said the union would negotiate pay.")]
    [InlineData("What I learned from 40 job interviews", "Technical interviews reward practice; a promotion to staff engineer took two years.")]
    public void StoriesOfWork_StillNameCareers(string title, string text) => Assert.True(TopicEvidence.Named(title, text)("Careers & Culture"));

    [Fact]
    public void HackerNewsAndAHackathon_AreNoSecurityStory_ButAHackIs()
    {
        Assert.False(TopicEvidence.Named("Show HN: my hackathon project", "It reached the front page of Hacker News after the hackathon.")("Security & Privacy"));
        Assert.True(TopicEvidence.Named("Hackers steal 2 million records", "The attackers hacked the firm's VPN.")("Security & Privacy"));
    }

    [Fact]
    public void ProtocolServersAndAtomFeeds_AreNoCloudNorScience()
    {
        Assert.False(TopicEvidence.Named("Writing MCP servers in Go", "Two MCP servers and a language server, each in a few lines.")("Cloud & Infrastructure"));
        Assert.True(TopicEvidence.Named("Our servers moved to Frankfurt", "The servers now run in a new data center.")("Cloud & Infrastructure"));
        Assert.False(TopicEvidence.Named("A reader for RSS and Atom", "It reads Atom feeds and RSS and Atom side by side.")("Science"));
        Assert.True(TopicEvidence.Named("Imaging single atoms", "Physicists imaged atoms in a lattice.")("Science"));
    }
}
