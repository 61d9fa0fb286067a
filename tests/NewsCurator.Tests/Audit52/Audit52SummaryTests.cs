using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit52;

/// <summary>
/// Hostile-input audit 52: <c>Summarizer</c>'s bare-host link kept as its host (<c>BareHostUrl</c>) turns a link the checker
/// refused into words it passes, a private host's among them: an intranet's name and a private address reach the newsletter.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit52SummaryTests
{
    [Theory]
    [InlineData("http://grafana.corp.internal/", "grafana.corp.internal")]
    [InlineData("http://10.20.0.5", "10.20.0.5")]
    public void APrivateHostsBareLink_ShouldNotReachTheSummary(string link, string host)
    {
        var text = $"The new GPU cluster's load dashboard now lives at {link} for every engineer on the platform team. " +
                   "It shows each node's memory use, temperature and queue depth in one view. The old dashboards will be removed next month.";
        var summary = Summarizer.Summarize(new Article { Id = "a", FeedUrl = "https://blog.example.com/feed", Title = "A new cluster dashboard", Text = text }, "", new PipelineConfig().Enhance.SummaryLength, false).Text;
        Assert.DoesNotContain(host, summary ?? "", StringComparison.Ordinal);
    }
}
