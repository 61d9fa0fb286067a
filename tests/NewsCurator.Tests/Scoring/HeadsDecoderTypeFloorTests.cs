using NewsCurator.Model;
using NewsCurator.Scoring.Encoder;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>The content type floor of the heads' decode path: a doubtful winner is typed "other" ("Also worth a look", no label).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeadsDecoderTypeFloorTests
{
    private static readonly IReadOnlyList<string> Types = ContentTypes.All;

    /// <summary>A whole logit vector whose type winner <paramref name="type"/> has the softmax probability <paramref name="probability"/>, the other types alike.</summary>
    private static float[] Logits(string type, double probability)
    {
        var layout = HeadLayout.For(Types.Count);
        var logits = new float[layout.Quality + HeadLayout.QualityClasses];
        var n = Types.Count;
        logits[layout.Type + Types.ToList().IndexOf(type)] = (float)Math.Log(probability * (n - 1) / (1 - probability));
        return logits;
    }

    private static string TypeOf(float[] logits) => HeadsDecoder.ToScore("x", logits, Types, new AdCalibration(), "s", null).ContentType;

    [Fact]
    public void ToScore_WhenTheWinnerIsUnderTheFloor_TypesTheStoryOther()
    {
        Assert.Equal(ContentTypes.Other, TypeOf(Logits(ContentTypes.Tutorial, HeadsDecoder.TypeFloor - 0.1)));
        Assert.Equal(ContentTypes.Other, TypeOf(Logits(ContentTypes.Research, 0.3)));
    }

    [Fact]
    public void ToScore_KeepsTheUnsureWinnerAsTheGuess_AndNoGuessForASureOne()
    {
        var unsure = HeadsDecoder.ToScore("x", Logits(ContentTypes.News, 0.4), Types, new AdCalibration(), "s", null);
        Assert.Equal((ContentTypes.Other, ContentTypes.News), (unsure.ContentType, unsure.TypeGuess));
        Assert.Null(HeadsDecoder.ToScore("x", Logits(ContentTypes.News, 0.9), Types, new AdCalibration(), "s", null).TypeGuess);
        Assert.Null(HeadsDecoder.ToScore("x", Logits(ContentTypes.Other, 0.3), Types, new AdCalibration(), "s", null).TypeGuess);
    }

    [Fact]
    public void ToScore_WhenTheWinnerReachesTheFloor_KeepsTheWinner()
    {
        Assert.Equal(ContentTypes.Tutorial, TypeOf(Logits(ContentTypes.Tutorial, HeadsDecoder.TypeFloor + 0.05)));
        Assert.Equal(ContentTypes.News, TypeOf(Logits(ContentTypes.News, 0.95)));
    }

    [Fact]
    public void ContentType_WithoutAFloor_IsTheArgmax_AndAListWithoutOtherKeepsTheWinner()
    {
        var layout = HeadLayout.For(Types.Count);
        var doubtful = Logits(ContentTypes.Tutorial, 0.3).AsSpan(layout.Type, Types.Count);
        Assert.Equal(Types.ToList().IndexOf(ContentTypes.Tutorial), HeadsDecoder.ContentType(doubtful, Types, floor: 0));
        Assert.Equal(Types.ToList().IndexOf(ContentTypes.Other), HeadsDecoder.ContentType(doubtful, Types));
        string[] noOther = ["news", "tutorial", "research"];
        Assert.Equal(1, HeadsDecoder.ContentType(new float[] { 0.1f, 0.3f, 0.2f }, noOther));
    }
}
