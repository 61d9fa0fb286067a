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
    private static readonly HeadMask RelevanceTypeAndAd = new(Relevance: true, Type: true, Ad: true, Quality: false);

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
    public void TheWordModel_LearnsRelevanceFromLabelsGivenForRelevance_AndNoQualityFromThem()
    {
        var items = EncoderHeadsTests.SyntheticItems(160, 4);
        var test = EncoderHeadsTests.SyntheticItems(100, 6);
        (int Relevance, int Quality) Right(NewsCurator.Scoring.Encoder.WordModel model) => (
            test.Count(t => Array.IndexOf(model.Predict(t.Item.Article, t.Embedding).Relevance, model.Predict(t.Item.Article, t.Embedding).Relevance.Max()) == t.Item.Relevance),
            test.Count(t => Array.IndexOf(model.Predict(t.Item.Article, t.Embedding).Quality, model.Predict(t.Item.Article, t.Embedding).Quality.Max()) == t.Item.Quality - 1));
        var alone = Right(TfidfLogistic.TrainWordModel(items, iterations: 60));
        var joined = Right(TfidfLogistic.TrainWordModel([.. items, .. Contrary(320, 5, RelevanceTypeAndAd)], iterations: 60));
        Assert.True(alone.Relevance > 90 && alone.Quality > 90, $"alone: {alone}");
        Assert.True(joined.Relevance < alone.Relevance - 40, $"contrary relevance labels should teach relevance: {joined.Relevance} against {alone.Relevance}");
        Assert.True(joined.Quality >= alone.Quality - 2, $"labels given for relevance should not teach quality: {joined.Quality} against {alone.Quality}");
    }

    [Fact]
    public void BalancedRelevance_GivesTheFurtherItemsTheTrainingLabelsClassShares_AtTheirOwnTotalWeight()
    {
        var training = EncoderHeadsTests.SyntheticItems(200, 7).Select(i => i.Item).ToList();
        // Further items: nine in ten relevant (classes 2 and 3), as the held-out sets hold more relevant items than the training labels.
        var more = EncoderHeadsTests.SyntheticItems(400, 8).Select(i => i.Item).Where((i, n) => i.Relevance >= 2 || n % 9 == 0).ToList();
        var balanced = LabeledItems.BalanceRelevance(training, more);
        Assert.Equal(more.Count, balanced.Sum(i => i.RelevanceWeight), 3);
        for (var c = 0; c < 4; c++)
            Assert.Equal(training.Count(i => i.Relevance == c) / (double)training.Count, balanced.Where(i => i.Relevance == c).Sum(i => i.RelevanceWeight) / balanced.Count, 4);
        Assert.All(training, i => Assert.Equal(1f, i.RelevanceWeight));
    }

    /// <summary>Items whose inputs and words say nothing of their labels: a model of them can only learn the labels' base rate.</summary>
    private static List<HeadsInput> Uninformative(int count, int seed)
    {
        var random = new Random(seed);
        return EncoderHeadsTests.SyntheticItems(count, seed).Select(i => i with
        {
            Item = i.Item with { Article = i.Item.Article with { Title = "A story", Text = "an ordinary story" } },
            Embedding = i.Embedding.Select(_ => (float)(random.NextDouble() - 0.5) * 0.2f).ToArray(),
        }).ToList();
    }

    [Fact]
    public void BalancedRelevance_KeepsTheWordModelsBaseRate_WhereTheFurtherItemsAreMostlyRelevant()
    {
        var items = Uninformative(160, 4);
        var more = Uninformative(480, 9).Where((i, n) => i.Item.Relevance >= 2 || n % 9 == 0)
            .Select(i => i with { Item = i.Item with { Heads = RelevanceTypeAndAd } }).ToList();
        var weights = LabeledItems.BalanceRelevance(items.Select(i => i.Item).ToList(), more.Select(i => i.Item).ToList());
        var balanced = more.Zip(weights, (i, w) => i with { Item = w }).ToList();
        var probe = Uninformative(1, 11)[0];
        double Relevant(NewsCurator.Scoring.Encoder.WordModel model) => model.Predict(probe.Item.Article, probe.Embedding).Relevance[2..].Sum();
        var alone = Relevant(TfidfLogistic.TrainWordModel(items, iterations: 100));
        var unweighted = Relevant(TfidfLogistic.TrainWordModel([.. items, .. more], iterations: 100));
        var weighted = Relevant(TfidfLogistic.TrainWordModel([.. items, .. balanced], iterations: 100));
        Assert.True(unweighted > alone + 0.1, $"mostly relevant further items should raise the base rate unweighted: {unweighted:0.000} against {alone:0.000}");
        Assert.True(Math.Abs(weighted - alone) < 0.05, $"balanced: {weighted:0.000}, alone {alone:0.000}, unweighted {unweighted:0.000}");
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
