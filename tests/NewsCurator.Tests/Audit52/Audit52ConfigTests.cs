using NewsCurator.Configuration;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit52;

/// <summary>
/// Hostile-input audit 52: fetch.allow_private_hosts' load check (<c>ConfigValueChecks.PrivateHosts</c>). The check reads an
/// entry as a host by parsing "http://{entry}/": an IPv6 address written bare, as the matcher (<c>PublicNetwork.HostKey</c>)
/// reads it, stops the run: "::1", "fd00::1" and "fe80::1", which the matcher lists, cannot be written.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit52ConfigTests
{
    private static PipelineConfig Load(string entry)
        => ConfigLoader.Parse($"feeds: {{urls: [\"https://e.org/feed\"]}}\nfetch: {{allow_private_hosts: [\"{entry}\"]}}\n", "newsletter.yaml");

    [Theory]
    [InlineData("fd00::1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    public void ABareIpv6Address_ShouldLoad(string entry)
        => Assert.Equal([entry], Load(entry).Fetch.AllowPrivateHosts);

}
