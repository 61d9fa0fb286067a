using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 89, F7: an advisory body's serial before the headline ("2026-009: Critical Vulnerabilities in ...") names
/// the bulletin in the publisher's archive, not the story; headlines kept it.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FilingNumberTitleTests
{
    private static string TitleOf(string title, string? published)
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://cert.example.org/advisories/x", DateText = published,
            SummaryHtml = "<p>Several flaws in the product let a remote attacker run code on the server without logging in.</p>" },
            new FeedSource("https://cert.example.org/feed.xml"), "Example CERT").Title;

    private const string March2025 = "Tue, 04 Mar 2025 09:00:00 +0000";

    [Theory]
    [InlineData("2025-014: Critical Vulnerabilities in Acme Mail Gateway")]
    [InlineData("2025-0207: High Vulnerability in the Widget Kernel Driver")]
    public void ASerialOfTheItemsYear_ShouldLeaveTheHeadline(string title)
        => Assert.DoesNotMatch(@"^2025-", TitleOf(title, March2025));

    [Theory]
    [InlineData("2025: The Year in Review for Our Security Team")]
    [InlineData("2024-2025: What Changed in Browser Security")]
    [InlineData("CVE-2025-1234: Remote Code Execution in Acme Mail Gateway")]
    [InlineData("2019-014: Lessons From an Old Incident Report")]
    public void AYearARangeACveOrAnotherYearsSerial_ShouldStay(string title)
        => Assert.Equal(title, TitleOf(title, March2025));
}
