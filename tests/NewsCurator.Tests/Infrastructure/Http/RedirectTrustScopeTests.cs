using NewsCurator.Infrastructure.Http;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Infrastructure.Http;

/// <summary>
/// A redirect chain keeps a trusted feed's trust only while it stays on the hosts fetch.allow_private_hosts lists: a public
/// page the trusted feed linked to could redirect its full-text fetch into any listed private host (hostile-input audit
/// 49, H5). No loopback test can stand for the public middle hop (every loopback name is private), so the rule is held here.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RedirectTrustScopeTests
{
    private static readonly NetworkGuard Guard = new(["rss.lan", "wiki.lan"]);

    [Fact]
    public void AHopThroughAPublicHost_ShouldJudgeTheRestOfTheChainForThatHost()
    {
        var scope = Guard.ScopeAfterHop("rss.lan", "news.example.com");
        Assert.Equal("news.example.com", scope);
        Assert.False(Guard.IsHostAllowed("wiki.lan", scope));
        Assert.False(Guard.IsHostAllowed("rss.lan", scope));
    }

    [Fact]
    public void AHopAmongTheListedHosts_ShouldKeepTheTrustedFeedsScope()
    {
        var scope = Guard.ScopeAfterHop("rss.lan", "rss.lan");
        Assert.Equal("rss.lan", scope);
        Assert.True(Guard.IsHostAllowed("wiki.lan", Guard.ScopeAfterHop(scope, "wiki.lan")));
    }
}
