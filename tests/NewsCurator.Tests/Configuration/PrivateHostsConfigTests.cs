using NewsCurator.Configuration;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Configuration;

/// <summary>
/// fetch.allow_private_hosts takes host names and addresses only (hostile-input audit 51, H5): an entry copied from the
/// browser, "https://wiki.corp.acme.com/", named no host, so the listed intranet looked public and a public feed's link into
/// it was printed. The config now stops at load, naming the entry and the host to list.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PrivateHostsConfigTests
{
    private static PipelineConfig Load(string entry)
        => ConfigLoader.Parse($"feeds: {{urls: [\"https://e.org/feed\"]}}\nfetch: {{allow_private_hosts: [\"{entry}\"]}}\n", "newsletter.yaml");

    [Theory]
    [InlineData("https://wiki.corp.acme.com/", "'wiki.corp.acme.com'")]
    [InlineData("http://10.0.0.5:8080/feeds", "'10.0.0.5:8080'")]
    public void AUrl_ShouldStopTheRun_NamingItsHost(string entry, string host)
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(entry));
        Assert.Contains("allow_private_hosts[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains(host, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*.corp.acme.com")]
    [InlineData("wiki.corp.acme.com/pages")]
    [InlineData("wiki corp")]
    public void WhatIsNoHost_ShouldStopTheRun(string entry)
        => Assert.Contains("a host name or an IP address", Assert.Throws<ConfigurationException>(() => Load(entry)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("wiki.corp.acme.com")]
    [InlineData("wiki.corp.acme.com:8443")]
    [InlineData("10.0.0.5")]
    [InlineData("[fd00::1]")]
    [InlineData("bücher.example")]
    [InlineData("*")]
    public void AHostOrAnAddress_ShouldLoad(string entry)
        => Assert.Equal([entry], Load(entry).Fetch.AllowPrivateHosts);
}
