using NewsCurator.Model;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>The type floor of `validate-heads --types`: a doubtful winner goes to "other", scored as a reader meets the headings.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TypeFloorValidationTests
{
    private static readonly int News = ContentTypes.All.ToList().IndexOf(ContentTypes.News);
    private static readonly int Tutorial = ContentTypes.All.ToList().IndexOf(ContentTypes.Tutorial);
    private static readonly int Research = ContentTypes.All.ToList().IndexOf(ContentTypes.Research);
    private static readonly int Other = ContentTypes.All.ToList().IndexOf(ContentTypes.Other);

    private static LabeledItem Item(int i, string type) => new(
        new Article { Id = $"item{i}", FeedUrl = "https://example.org/feed", FeedTitle = "Feed", Title = $"Title {i}", Text = "text" },
        $"feed{i % 6}", 2, type, false, 3, "en");

    /// <summary>Logits whose winner <paramref name="top"/> has the softmax probability <paramref name="probability"/>, the rest shared alike.</summary>
    private static float[] Logits(int top, double probability)
    {
        var n = ContentTypes.All.Count;
        var logits = new float[n];
        logits[top] = (float)Math.Log(probability * (n - 1) / (1 - probability));
        return logits;
    }

    [Fact]
    public void Decide_BelowTheFloor_SaysOther_AtOrAboveIt_TheWinner()
    {
        Assert.Equal(Other, TypeFloorValidation.Decide(Logits(Tutorial, 0.35), 0.4));
        Assert.Equal(Tutorial, TypeFloorValidation.Decide(Logits(Tutorial, 0.45), 0.4));
        Assert.Equal(Tutorial, TypeFloorValidation.Decide(Logits(Tutorial, 0.35), 0));
        Assert.Equal(Other, TypeFloorValidation.Decide(Logits(Other, 0.2), 0.4));
    }

    [Fact]
    public void Score_CountsRightAndWrongHeadings_AndAnItemSentToOtherCostsNothing()
    {
        // Two confident right headings, one confident wrong, one doubtful wrong (sent to other at 0.5), one labelled other called other.
        var items = new[] { Item(0, ContentTypes.News), Item(1, ContentTypes.Tutorial), Item(2, ContentTypes.Research), Item(3, ContentTypes.Research), Item(4, ContentTypes.Other) };
        var logits = new[] { Logits(News, 0.9), Logits(Tutorial, 0.8), Logits(Tutorial, 0.7), Logits(Tutorial, 0.3), Logits(Other, 0.6) };
        var argmax = TypeFloorValidation.Score(items, logits, 0);
        Assert.Equal((4, 2, 0), (argmax.Headed, argmax.Right, argmax.Net));
        var floor = TypeFloorValidation.Score(items, logits, 0.5);
        Assert.Equal((3, 2, 1), (floor.Headed, floor.Right, floor.Net));
        Assert.Equal(2 / 3.0, floor.Precision, 6);
        Assert.Equal(0.6, floor.Coverage, 6);
        Assert.Equal(0.6, floor.Types.Accuracy, 6);
    }

    [Fact]
    public void Choose_TakesTheFloorWithTheBestNetScore_AndNoFloorWhenDoubtfulWinnersAreRight()
    {
        // Confident winners are right, doubtful ones (0.38) wrong: any floor above 0.38 and at most 0.8 gains; the lowest such is chosen.
        var items = Enumerable.Range(0, 20).Select(i => Item(i, i % 2 == 0 ? ContentTypes.News : ContentTypes.Research)).ToList();
        var logits = items.Select(i => i.ContentType == ContentTypes.News ? Logits(News, 0.85) : Logits(Tutorial, 0.38)).ToList();
        Assert.Equal(0.40, TypeFloorValidation.Choose(items, logits), 6);
        var doubtfulButRight = items.Select(i => i.ContentType == ContentTypes.News ? Logits(News, 0.85) : Logits(Research, 0.38)).ToList();
        Assert.Equal(0, TypeFloorValidation.Choose(items, doubtfulButRight));
    }
}
