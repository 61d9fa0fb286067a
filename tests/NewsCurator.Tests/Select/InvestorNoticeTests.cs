using NewsCurator.Configuration;
using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A company's release sent by a wire other than PR Newswire ("(GLOBE NEWSWIRE) --", "--(BUSINESS WIRE)--"), behind a highlights
/// box, is a press release and pays its charge (held-out review 109, F1); a listed company's calendar notice to its investors (a
/// conference appearance, an earnings date, a dividend) takes no place (held-out review 109, F2). A reporter's story, and a
/// company's launch told in a release, keep their place.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class InvestorNoticeTests
{
    private static Article Item(string id, string title, string text)
        => new() { Id = id, FeedUrl = $"https://{id}.example/feed/", Title = title, Link = $"https://{id}.example/2026/post/", Text = text, Language = "en" };

    private static async Task<List<Decision>> Decide(params Article[] articles)
    {
        var decisions = new List<Decision>();
        await new Selector(new PipelineConfig()).ChooseAsync(
            () => articles.Select(a => (a, new ArticleScore { Id = a.Id, TechRelevanceScore = 6.5, QualityScore = 5.5 })).ToAsyncEnumerable(), decisions.Add);
        return decisions;
    }

    [Theory]
    [InlineData("News Highlights Quarrytech will ship its Basalt accelerator to three cloud providers. Basalt doubles training throughput per watt. "
        + "AUSTIN, Texas, Feb. 10, 2026 (GLOBE NEWSWIRE) -- Quarrytech (NASDAQ: QRRY) announced today its Basalt accelerator for training large models.")]
    [InlineData("SAN JOSE, Calif.--(BUSINESS WIRE)--Quarrytech, Inc. (NYSE: QRRY) and the U.S. Department of Energy today announced a joint supercomputer.")]
    [InlineData("Related Documents Webcast Slides PDF TORONTO, March 2, 2026 /CNW/ - Today, Quarrytech announced a new inference service.")]
    public void AWiresRelease_ShouldBeAPressRelease(string text)
        => Assert.NotNull(PressReleases.Opening(Item("r", "Quarrytech ships Basalt", text)));

    [Theory]
    [InlineData("WASHINGTON (Reuters) - Quarrytech said on Tuesday it would ship its accelerator to three cloud providers, in a deal analysts valued at $2 billion.")]
    [InlineData("Quarrytech shipped its accelerator on Tuesday. In a release sent over Business Wire, the company said three clouds will offer it; engineers we asked were unimpressed.")]
    public void AReportersStory_ShouldNotBeAPressRelease(string text)
        => Assert.Null(PressReleases.Opening(Item("n", "Quarrytech ships Basalt", text)));

    [Theory]
    [InlineData("Quarrytech to Participate in Upcoming Investor Conferences",
        "AUSTIN, Texas, Feb. 10, 2026 (GLOBE NEWSWIRE) -- Quarrytech (NASDAQ: QRRY) announced today that company executives will participate in the following "
        + "events for the financial community: the chief executive will present at a bank's technology conference on Wednesday, March 4, 2026.")]
    [InlineData("Quarrytech to Report Fourth Quarter and Fiscal Year 2025 Financial Results on February 3",
        "AUSTIN, Texas, Jan. 12, 2026 (GLOBE NEWSWIRE) -- Quarrytech (NASDAQ: QRRY) will report its results after the market closes, followed by a conference call at 5 p.m. ET.")]
    [InlineData("Quarrytech Declares Quarterly Cash Dividend",
        "AUSTIN, Texas -- Quarrytech, Inc. (NYSE: QRRY) said its board declared a quarterly dividend of $0.05 per share, payable on April 1 to holders of record on March 10.")]
    public async Task AnInvestorNotice_ShouldTakeNoPlace(string title, string text)
        => Assert.Equal("investor_notice", (await Decide(Item("ir", title, text))).Single(d => d.ArticleId == "ir").Rule);

    [Theory]
    [InlineData("Nvidia to report fourth quarter earnings on Wednesday: what to expect",
        "Nvidia reports its results on Wednesday, and investors will look for signs that demand for its data center chips is holding up as the big clouds slow their spending.")]
    [InlineData("Quarrytech Unveils Basalt, an Accelerator for Training Large Models",
        "AUSTIN, Texas, Feb. 10, 2026 (GLOBE NEWSWIRE) -- Quarrytech (NASDAQ: QRRY) today announced Basalt, an accelerator that doubles training throughput per watt.")]
    // Code review 50, R4: financial news prints the ticker in its house style; the company wrote neither.
    [InlineData("Quarrytech Is Set to Report Fourth Quarter Earnings on Wednesday: What Investors Should Watch",
        "Quarrytech (NASDAQ: QRRY) will report its fiscal fourth-quarter results after the bell on Wednesday, and the stock has run ahead of them.\n"
        + "Data center demand is the number to watch: the big clouds have said they will keep spending, and the next accelerator is due in the summer. "
        + "Memory supply is the risk, since the accelerators need more high-bandwidth memory than suppliers can make.")]
    [InlineData("Quarrytech Declares Quarterly Dividend, Boosts Buyback by $10 Billion",
        "Quarrytech (NYSE: QRRY) raised its buyback on Thursday and kept its dividend, a sign the chip maker expects cash to keep coming as orders grow, analysts said.")]
    public async Task AStoryOrALaunchRelease_ShouldKeepItsPlace(string title, string text)
        => Assert.NotEqual("investor_notice", (await Decide(Item("s", title, text))).Single(d => d.ArticleId == "s").Rule);
}
