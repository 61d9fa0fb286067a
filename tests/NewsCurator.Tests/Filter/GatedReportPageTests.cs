using System.Text;
using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Held-out review 93, F7: a trade site's feed carried its sponsored "Spotlight" report, a download page on its resource
/// library's host, and it passed as a story (ad probability 0.036). A report, guide or e-book whose link is a resource
/// library's download page is the publisher's promotion; news about a report, linked to an article, stays a story.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class GatedReportPageTests
{
    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private const string Blurb = "<p>Technology leaders are planning next year's budgets with an eye on resilience, cost and measurable results. " +
                                 "This issue looks at the trends and platforms that will shape enterprise computing in the year ahead.</p>";

    private static Article Normalized(string title, string link)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>Trade IT</title><link>https://www.tradeit.example/</link><item><title>{title}</title><link>{link}</link>" +
                  $"<description><![CDATA[{Blurb}]]></description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://www.tradeit.example/feed/")).Items.Single(),
            new FeedSource("https://www.tradeit.example/feed/"), "Trade IT");
    }

    [Theory]
    [InlineData("Cloud Spotlight: Planning the 2027 infrastructure budget", "https://eu.resources.tradeit.example/resources/download-the-2027-cloud-spotlight-report/")]
    [InlineData("The CIO's guide to platform engineering", "https://www.tradeit.example/whitepapers/cio-guide-platform-engineering")]
    [InlineData("Free eBook: Securing your software supply chain", "https://www.tradeit.example/ebooks/securing-the-supply-chain/")]
    public void AReportOnAResourceLibrarysDownloadPage_ShouldBePromotion(string title, string link)
        => Assert.Equal("house_ad", Rules.CheckAds(Normalized(title, link))?.Rule);

    [Theory]
    // News about a report, linked to the article.
    [InlineData("Analyst report finds cloud budgets rising in 2027", "https://www.tradeit.example/article/4150001/analyst-report-finds-cloud-budgets-rising.html")]
    // A download page with no report in its title: a software release.
    [InlineData("Toolkit 3.2 released with faster builds", "https://www.tradeit.example/download/toolkit-3-2/")]
    // A vendor's blog kept under a resources path.
    [InlineData("Our guide to zero-downtime database migrations", "https://www.vendor.example/resources/blog/zero-downtime-migrations")]
    public void OtherPages_ShouldStayStories(string title, string link)
        => Assert.Null(Rules.CheckAds(Normalized(title, link)));
}
