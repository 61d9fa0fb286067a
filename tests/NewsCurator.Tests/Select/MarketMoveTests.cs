using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A market price-move headline is charged in the ranking (held-out review 97, F3: "Crypto Crash: Liquidations Top $2.5
/// Billion as Bitcoin ... Prices Plummet" was chosen at relevance 4.0). A story about a price that moves no market, and a
/// surgery robot's market forecast, are none.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class MarketMoveTests
{
    private static string? MoveOf(string title) => MarketMoves.Move(new Article { Id = "a", FeedUrl = "f", Title = title, Text = "" });

    [Theory]
    [InlineData("Coin Slump: Liquidations Pass $1.8 Billion as Bitcoin and Solana Prices Tumble")]
    [InlineData("Exchange Operator (XCHG) Surges 21% After Earnings Beat")]
    [InlineData("Memecoin Market Capitulates as Tokens Sink 40%")]
    public void APriceMoveHeadline_ShouldBeAMarketMove(string title)
        => Assert.NotNull(MoveOf(title));

    [Theory]
    [InlineData("Robot surgery market to reach $5B by 2030, analysts say")]
    [InlineData("Bitcoin Core 29.0 released with a new mempool policy")]
    [InlineData("Why memory prices doubled and what it means for your next laptop")]
    public void AStoryThatMovesNoMarket_ShouldBeNone(string title)
        => Assert.Null(MoveOf(title));
}
