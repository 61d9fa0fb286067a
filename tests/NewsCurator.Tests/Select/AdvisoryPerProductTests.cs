using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// One story per product's advisories from a publisher in a day (nineteenth held-out review, F3: three VMware ESXi
/// flaws of one vendor bulletin took three places of an exploited-vulnerabilities feed and pushed other vendors' out).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AdvisoryPerProductTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 4, 0, 0, 0, TimeSpan.Zero);

    private static (Dictionary<string, Article>, List<ArticleScore>) Pool(params (string Id, string Feed, string Title, string Text, DateTimeOffset? Published)[] items)
        => (items.ToDictionary(i => i.Id, i => new Article { Id = i.Id, FeedUrl = i.Feed, Title = i.Title, Text = i.Text, Published = i.Published }),
            items.Select((i, at) => new ArticleScore { Id = i.Id, TechRelevanceScore = 9 - at * 0.1, QualityScore = 8 }).ToList());

    private const string Exploitation = " Successful exploitation allows an attacker with administrative privileges on a virtual machine to run code on the host.";

    [Fact]
    public void AdvisoriesForOneProductOnOneDay_ShouldBeOneStory_WithTheOthersInItsCluster()
    {
        var (articles, scores) = Pool(
            ("a", "kev", "CVE-2025-22224 - VMware ESXi and Workstation TOCTOU Race Condition Vulnerability",
                "VMware ESXi and Workstation contain a time-of-check time-of-use race condition that leads to an out-of-bounds write." + Exploitation, Day),
            ("b", "kev", "CVE-2025-22225 - VMware ESXi Arbitrary Write Vulnerability",
                "VMware ESXi contains an arbitrary write vulnerability that lets an attacker escape the sandbox." + Exploitation, Day.AddHours(2)),
            ("c", "kev", "CVE-2025-22226 - VMware ESXi, Workstation, and Fusion Information Disclosure Vulnerability",
                "VMware ESXi, Workstation, and Fusion contain an information disclosure vulnerability due to an out-of-bounds read." + Exploitation, Day),
            ("k", "kev", "CVE-2024-53197 - Linux kernel USB Audio Driver Vulnerability",
                "In the Linux kernel, the following vulnerability has been resolved: a bogus USB device can report more configurations than were allocated.", Day),
            ("k1", "kev", "CVE-2024-53150 - Linux Kernel Out-of-Bounds Read in USB Audio",
                "In the Linux kernel, the following vulnerability has been resolved: the audio driver reads past a descriptor's end.", Day),
            // Another product of the same feed and day.
            ("k2", "kev", "CVE-2025-24054 - Microsoft Windows NTLM Hash Disclosure", "Microsoft Windows NTLM contains an external control of a file name.", Day));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(["a", "k", "k2"], selected.Select(s => s.Id).Order());
        var merged = decisions.Where(d => d.Rule == "same_story").OrderBy(d => d.ArticleId).ToList();
        Assert.Equal(["b", "c", "k1"], merged.Select(d => d.ArticleId));
        Assert.Equal(["a", "a", "k"], merged.Select(d => d.DuplicateOf));
        Assert.Contains("Linux kernel", merged[2].Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("VMware ESXi", merged[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AdvisoriesThatShareOnlyATemplateOpening_OrAnotherDay_OrAnotherPublisher_OrNoTitleWords_ShouldStayStoriesOfTheirOwn()
    {
        var (articles, scores) = Pool(
            // The feed's template opening names nothing both titles carry.
            ("t1", "nvd", "CVE-2025-1001 - Acme Router command injection", "A vulnerability was found in Acme Router 2.1 that allows command injection through the ping page.", Day),
            ("t2", "nvd", "CVE-2025-1002 - Zeta CMS SQL injection", "A vulnerability was found in Zeta CMS 4.0 that allows SQL injection through the search form.", Day),
            ("p1", "ghsa", "GHSA-abcd-efgh-ijkl: yaml-parse vulnerable to denial of service", "Affected Package: yaml-parse versions before 2.3 loop forever on deep nesting.", Day),
            ("p2", "ghsa", "GHSA-mnop-qrst-uvwx: tar-stream path traversal", "Affected Package: tar-stream versions before 1.9 write outside the target folder.", Day),
            // One product, but a week apart or from two publishers.
            ("w1", "kev", "CVE-2025-2001 - Google Chrome V8 Type Confusion", "Google Chrome V8 contains a type confusion that allows a remote attacker to corrupt the heap.", Day),
            ("w2", "kev", "CVE-2025-2002 - Google Chrome Mojo Sandbox Escape", "Google Chrome Mojo contains a flaw that allows a remote attacker to escape the sandbox.", Day.AddDays(7)),
            ("o1", "cert", "CVE-2025-2003 - Google Chrome ANGLE Out-of-Bounds Write", "Google Chrome ANGLE contains an out-of-bounds write reachable from a crafted web page.", Day),
            // One vendor's two products, and an agency opening its news: no product both name.
            ("d1", "kev2", "CVE-2024-0769 D-Link DIR-859 Router Path Traversal", "D-Link DIR-859 routers contain a path traversal in the web interface.", Day),
            ("d2", "kev2", "CVE-2024-3273 D-Link DNS-320 NAS Command Injection", "D-Link DNS-320 devices contain a command injection in a CGI script.", Day),
            ("c1", "news", "CISA adds Ivanti flaw CVE-2025-0282 to its catalog", "CISA has added an Ivanti Connect Secure flaw to its catalog of exploited vulnerabilities.", Day),
            ("c2", "news", "CISA warns Chrome sandbox escape CVE-2025-2783 is exploited", "CISA has added a Chrome sandbox escape to its catalog of exploited vulnerabilities.", Day),
            // Titles of the id alone.
            ("i1", "ids", "CVE-2025-3001", "Fabrikam Server before 3.2 lets a remote attacker read arbitrary files.", Day),
            ("i2", "ids", "CVE-2025-3002", "Fabrikam Server before 3.2 lets a remote attacker delete arbitrary files.", Day));

        var (selected, decisions, _) = Selector.Choose(articles, scores, new PipelineConfig());

        Assert.Equal(13, selected.Count);
        Assert.DoesNotContain(decisions, d => d.Rule == "same_story");
    }
}
