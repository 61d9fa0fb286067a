using NewsCurator.Model;
using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// A language model's tokens and "shares" as a verb are no traded asset: headlines about falling token prices and a company
/// sharing usage numbers were charged as market price moves (review 48, R6).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ModelTokensAndSharingTests
{
    private static string? MoveOf(string title) => MarketMoves.Move(new Article { Id = "a", FeedUrl = "f", Title = title, Text = "" });

    [Theory]
    [InlineData("Cost per million tokens plunges to $0.08 as a new open model undercuts API rates")]
    [InlineData("Mistral Small: output tokens price tumbles 70%")]
    [InlineData("Anthropic shares new figures: Claude Code weekly sessions jump 60%")]
    public void ModelTokensAndTheVerb_ShouldBeNoMarketMove(string title)
        => Assert.Null(MoveOf(title));

    [Theory]
    [InlineData("Meme token plunges 45% after the team unlocks supply")]
    [InlineData("Chip maker shares surge 14% on data-center demand")]
    [InlineData("Shares of the GPU cloud soar 30% in their first day of trading")]
    [InlineData("The chip designer's shares jump 9% after a $2 billion order")]
    public void CoinTokensAndStock_ShouldStillBeAMarketMove(string title)
        => Assert.NotNull(MoveOf(title));
}
