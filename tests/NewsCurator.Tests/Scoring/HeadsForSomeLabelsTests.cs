using NewsCurator.Scoring.Encoder;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// `train-heads --more-data-heads`: a spent held-out set's labels may train some heads only (session 48's v7t recipe:
/// the type and ad heads); the heads they do not speak for learn nothing from them.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeadsForSomeLabelsTests
{
    private static readonly HeadMask TypeAndAd = new(Relevance: false, Type: true, Ad: true, Quality: false);

    /// <summary>Items whose relevance and quality labels say the opposite of what their inputs show.</summary>
    private static List<HeadsInput> Contrary(int count, int seed, HeadMask heads) => EncoderHeadsTests.SyntheticItems(count, seed)
        .Select(i => i with { Item = i.Item with { Relevance = 3 - i.Item.Relevance, Quality = 5 - (i.Item.Quality - 1), Heads = heads } }).ToList();

    private static int RelevanceRight(HeadsWeights weights, IReadOnlyList<HeadsInput> test)
        => test.Zip(HeadsTrainer.Logits(weights, test)).Count(p => Array.IndexOf(p.Second[..4], p.Second[..4].Max()) == p.First.Item.Relevance);

    [Fact]
    public void TheHeads_LearnNoRelevanceFromLabelsThatSpeakForTypeAndAdOnly()
    {
        var items = EncoderHeadsTests.SyntheticItems(300, 1);
        var options = new HeadsTrainOptions { Shape = new HeadsShape(Hidden: 16, WideBuckets: 1024), Epochs = 15, Seed = 9 };
        var test = EncoderHeadsTests.SyntheticItems(200, 2);
        var masked = RelevanceRight(HeadsTrainer.Train([.. items, .. Contrary(600, 3, TypeAndAd)], options), test);
        var unmasked = RelevanceRight(HeadsTrainer.Train([.. items, .. Contrary(600, 3, HeadMask.All)], options), test);
        Assert.True(masked > 170, $"{masked}/200 relevance classes right with the contrary labels masked");
        Assert.True(unmasked < masked - 40, $"contrary labels unmasked should hurt: {unmasked} against {masked}");
    }

    [Fact]
    public void TheWordModel_LeavesOutItemsWhoseLabelsSpeakForNeitherRelevanceNorQuality()
    {
        var items = EncoderHeadsTests.SyntheticItems(160, 4);
        var alone = TfidfLogistic.TrainWordModel(items, aloneShare: 0.3, iterations: 30);
        var joined = TfidfLogistic.TrainWordModel([.. items, .. Contrary(80, 5, TypeAndAd)], aloneShare: 0.3, iterations: 30);
        Assert.Equal(alone.Vocabulary.Terms, joined.Vocabulary.Terms);
        foreach (var t in EncoderHeadsTests.SyntheticItems(30, 6))
        {
            var (relevance, quality) = alone.Predict(t.Item.Article, t.Embedding);
            var (joinedRelevance, joinedQuality) = joined.Predict(t.Item.Article, t.Embedding);
            Assert.Equal(relevance, joinedRelevance);
            Assert.Equal(quality, joinedQuality);
        }
    }

    [Fact]
    public void MoreDataHeads_ParseTheNamedHeads_AndRefuseAnUnknownOne()
    {
        Assert.Equal(TypeAndAd, HeadMask.Parse(["type", "AD"]));
        Assert.Equal(HeadMask.All, HeadMask.Parse(["relevance", "type", "ad", "quality"]));
        var error = Assert.Throws<ArgumentException>(() => HeadMask.Parse(["type", "topics"]));
        Assert.Contains("'topics'", error.Message, StringComparison.Ordinal);
        Assert.Contains("relevance, type, ad, quality", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpentSetGivenForSomeHeads_MarksItsItemsOnly()
    {
        var data = Repo.Path("tests", "fixtures", "data");
        var joined = LabeledItems.Load(data, [Repo.Path("tests", "fixtures", "heldout4")], TypeAndAd);
        Assert.All(joined, i => Assert.Equal(i.Feed.StartsWith("heldout9", StringComparison.Ordinal) ? TypeAndAd : HeadMask.All, i.Heads));
        Assert.Contains(joined, i => i.Heads == TypeAndAd);
    }
}
