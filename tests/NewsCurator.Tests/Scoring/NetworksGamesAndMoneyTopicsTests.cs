using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Networks, games and money have topics of their own, witnessed by their own nouns (<see cref="TopicEvidence"/>): routing and
/// telecom posts took "Science", "Hardware &amp; Chips" or "Data &amp; Databases" (held-out review 99, F2), game-engine releases
/// "Cloud &amp; Infrastructure" (review 96, F3), an in-app trading feature "Mobile &amp; Apps" (review 97, F4). Each beside a text
/// whose like words are of another sense, which must not name the topic.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class NetworksGamesAndMoneyTopicsTests
{
    [Theory]
    [InlineData("Networking & Telecom")]
    [InlineData("Games & Graphics")]
    [InlineData("Fintech & Crypto")]
    public void TheTopicIsInTheTaxonomy_WithItsBackgroundAndField(string topic)
    {
        Assert.Contains(TopicTaxonomy.Topics, t => t.Name == topic);
        Assert.InRange(TopicTaxonomy.BackgroundMeans[topic], 0.0, 0.5);
        Assert.True(TopicTaxonomy.Fields.ContainsKey(topic));
    }

    [Theory]
    [InlineData("How a Linux host picks its source address", "With two IPv6 prefixes on one interface, the kernel's routing table decides; a wrong source IP address breaks the return path.")]
    [InlineData("Lab-testing a spine-leaf fabric in containers", "Each network switch runs in its own container; BGP sessions come up between the leaves in seconds.")]
    [InlineData("Regulator's consultation on interconnection", "Submissions cover content delivery networks, peering between carriers and internet exchange points.")]
    [InlineData("A tracker of broadband access", "The report counts telecom subscriptions by state and internet penetration in rural districts.")]
    public void RoutingAndTelecom_NameNetworking(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Networking & Telecom"));

    [Theory]
    [InlineData("React Router 7 data loaders", "The router now loads data before render; React Router hooks read it.")]
    [InlineData("A neural network for crop yields", "The network learns from satellite images; a second network checks it.")]
    [InlineData("Networking events for junior developers", "Meetups and networking events help; so do professional networking sites.")]
    public void AWebRouterANeuralNetworkOrACareersNetworking_IsNoNetworking(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("Networking & Telecom"));

    [Theory]
    [InlineData("Dev snapshot: Godot 4.5 dev 2", "This snapshot fixes the editor's import dialog and a crash on export.")]
    [InlineData("Why shaders stutter on first run", "Pipeline compilation happens at draw time; Vulkan lets the engine compile ahead.")]
    [InlineData("Studio layoffs hit the games industry", "Three studios closed this month as publishers cut budgets for next year.")]
    public void EnginesRenderingAndTheGamesIndustry_NameGames(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Games & Graphics"));

    [Theory]
    [InlineData("Server-side rendering in a Next.js app", "Server-side rendering sends HTML first; the client then hydrates the page after rendering HTML on the edge.")]
    [InlineData("Models are gaming the benchmark", "Labs keep gaming the leaderboard by training on its questions.")]
    [InlineData("Astronomers find a world with two suns", "An artist's rendering shows the planet at dusk; a rendering of the orbit follows the paper.")]
    [InlineData("A bevy of updates to the build tool", "Unity of configuration was the aim; the build now runs on steam-cleaned caches.")]
    public void WebRenderingOrGamingAMetric_IsNoGames(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("Games & Graphics"));

    [Theory]
    [InlineData("Social app to add in-app trading of stocks", "Users will buy shares without leaving the feed, its product head said.")]
    [InlineData("Crypto crash wipes out a year of gains", "Bitcoin fell below its spring low as exchanges saw record withdrawals.")]
    [InlineData("Bridge exploit drains a lending protocol", "The attacker forged messages on a cross-chain bridge and took stablecoins worth millions.")]
    public void TradingPaymentsAndBlockchains_NameFintech(string title, string text)
        => Assert.True(TopicEvidence.Named(title, text)("Fintech & Crypto"));

    [Theory]
    [InlineData("Startup raises $40M to build developer tools", "The funding round values the company at $400M; investors include two venture firms.")]
    [InlineData("Go 1.25 moves crypto/tls to a new API", "The crypto packages gain post-quantum key exchange; crypto/rand is faster.")]
    public void AFundingRoundOrCryptography_IsNoFintech(string title, string text)
        => Assert.False(TopicEvidence.Named(title, text)("Fintech & Crypto"));
}
