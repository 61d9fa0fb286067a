using NewsCurator.Model;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>`evaluate-heldout`: the held-out labelled set as committed, and the measures it reports.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HeldOutEvaluationTests
{
    private static LabeledItem Item(int i, string feed, int relevance, int quality = 3, bool ad = false) => new(
        new Article { Id = $"item{i:000}", FeedUrl = feed, FeedTitle = feed, Title = $"Title {i}", Text = $"text {i}" },
        feed, relevance, ContentTypes.News, ad, quality, "en");

    private static ArticleScore Score(int i, double relevance, double quality = 5, bool ad = false) => new()
    {
        Id = $"item{i:000}", TechRelevanceScore = relevance, QualityScore = quality, IsAdvertisement = ad,
    };

    [Theory]
    [InlineData("heldout", 5)]
    [InlineData("heldout2", 5)]
    [InlineData("heldout3", 4)]
    [InlineData("heldout4", 5)]
    [InlineData("heldout5", 5)]
    [InlineData("heldout6", 5)]
    [InlineData("heldout7", 5)]
    [InlineData("heldout8", 5)]
    public void TheCommittedSet_LabelsEveryItemOnceWithValuesInRange_AndSharesNoItemWithTraining(string set, int kinds)
    {
        var folder = Repo.Path("tests", "fixtures", set);
        var heldOut = LabeledItems.Load(folder, HeldOutEvaluation.LabelsFile);
        var lines = File.ReadLines(Path.Combine(folder, "items.jsonl")).Count();
        Assert.Equal(lines, heldOut.Count);
        Assert.Equal(heldOut.Count, heldOut.Select(i => i.Article.Id).Distinct().Count());
        Assert.All(heldOut, i => Assert.InRange(i.Relevance, 0, 3));
        Assert.All(heldOut, i => Assert.InRange(i.Quality, 1, 5));
        Assert.All(heldOut, i => Assert.Contains(i.ContentType, ContentTypes.All));
        // Kinds of feed, each from its own review: never one feed, so per-kind numbers mean something.
        Assert.True(heldOut.Select(HeldOutEvaluation.KindOf).Distinct().Count() >= kinds);
        var training = LabeledItems.Load(Repo.Path("tests", "fixtures", "data"));
        Assert.Empty(heldOut.Select(i => i.Feed).Intersect(training.Select(t => t.Feed)));
        Assert.Empty(heldOut.Select(i => i.Article.FeedTitle).Intersect(training.Select(t => t.Article.FeedTitle)));
        Assert.Equal(0, HeldOutEvaluation.WithoutTrainingItems(heldOut, training).Overlapping);
    }

    [Theory]
    [InlineData("heldout", "heldout2")]
    [InlineData("heldout", "heldout3")]
    [InlineData("heldout2", "heldout3")]
    [InlineData("heldout", "heldout4")]
    [InlineData("heldout2", "heldout4")]
    [InlineData("heldout3", "heldout4")]
    [InlineData("heldout", "heldout5")]
    [InlineData("heldout2", "heldout5")]
    [InlineData("heldout3", "heldout5")]
    [InlineData("heldout4", "heldout5")]
    [InlineData("heldout", "heldout6")]
    [InlineData("heldout2", "heldout6")]
    [InlineData("heldout3", "heldout6")]
    [InlineData("heldout4", "heldout6")]
    [InlineData("heldout5", "heldout6")]
    [InlineData("heldout", "heldout7")]
    [InlineData("heldout2", "heldout7")]
    [InlineData("heldout3", "heldout7")]
    [InlineData("heldout4", "heldout7")]
    [InlineData("heldout5", "heldout7")]
    [InlineData("heldout6", "heldout7")]
    [InlineData("heldout", "heldout8")]
    [InlineData("heldout2", "heldout8")]
    [InlineData("heldout3", "heldout8")]
    [InlineData("heldout4", "heldout8")]
    [InlineData("heldout5", "heldout8")]
    [InlineData("heldout6", "heldout8")]
    [InlineData("heldout7", "heldout8")]
    public void TwoSets_ShareNoFeedAndNoItem(string earlier, string later)
    {
        // Each set measures what the ones before it chose (v5 over v4 on the first, v6's share beside the second): a feed
        // in two would carry that choice over.
        var first = LabeledItems.Load(Repo.Path("tests", "fixtures", earlier), HeldOutEvaluation.LabelsFile);
        var second = LabeledItems.Load(Repo.Path("tests", "fixtures", later), HeldOutEvaluation.LabelsFile);
        Assert.Empty(first.Select(i => i.Feed).Intersect(second.Select(i => i.Feed)));
        // A feed is named by its review's folder and file; one publisher's feed found again by another review keeps its title.
        Assert.Empty(first.Select(i => i.Article.FeedTitle).Intersect(second.Select(i => i.Article.FeedTitle)));
        Assert.Empty(first.Select(i => i.Article.Id).Intersect(second.Select(i => i.Article.Id)));
        Assert.Equal(0, HeldOutEvaluation.WithoutTrainingItems(second, first).Overlapping);
    }

    [Fact]
    public void SpentSets_JoinTheTrainingLabels_AndASetGivenTwiceIsRefused()
    {
        // `train-heads --more-data`: the session 48 experiment trained on the training labels and two spent sets.
        var data = Repo.Path("tests", "fixtures", "data");
        var sets = new[] { Repo.Path("tests", "fixtures", "heldout"), Repo.Path("tests", "fixtures", "heldout3") };
        var training = LabeledItems.Load(data);
        var joined = LabeledItems.Load(data, sets);
        var expected = training.Count + sets.Sum(s => LabeledItems.Load(s, HeldOutEvaluation.LabelsFile).Count);
        Assert.Equal(expected, joined.Count);
        Assert.Equal(joined.Count, joined.Select(i => i.Article.Id).Distinct().Count());
        Assert.Contains(joined, i => i.Feed.StartsWith("heldout91/", StringComparison.Ordinal));
        var twice = Assert.Throws<InvalidDataException>(() => LabeledItems.Load(data, [sets[1], sets[1]]));
        Assert.Contains("heldout3", twice.Message, StringComparison.Ordinal);
        Assert.Contains("repeats item", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTrainingItems_LeavesOutAHeldOutItemWhoseTitleAndOpeningATrainingItemHas()
    {
        var training = new List<LabeledItem> { Item(1, "train/a.xml", 3) };
        var copy = Item(2, "heldout/b.xml", 3) with { Article = training[0].Article with { Id = "other" } };
        var (kept, overlapping) = HeldOutEvaluation.WithoutTrainingItems([copy, Item(3, "heldout/b.xml", 3)], training);
        Assert.Equal(1, overlapping);
        Assert.Equal("item003", Assert.Single(kept).Article.Id);
    }

    [Fact]
    public void EditorialAuc_CountsOnlyWhatAnEditorWouldRun_AndPutsCalledAdsLast()
    {
        // Item 0 is relevant but thin (quality 2): relevance AUC counts it a hit, the editor's AUC does not.
        List<LabeledItem> items = [Item(0, "f/1", 3, quality: 2), Item(1, "f/1", 3), Item(2, "f/2", 0), Item(3, "f/2", 3)];
        List<ArticleScore> scores = [Score(0, 9, 9), Score(1, 8, 5), Score(2, 1, 1), Score(3, 9.5, 9, ad: true)];
        var all = Enumerable.Range(0, items.Count).ToList();
        Assert.Equal(1.0, HeldOutEvaluation.Auc(items, scores, all));
        // Positives 1 and 3; negatives 0 and 2. The thin item 0 ranks above item 1, which beats item 2 only; item 3 is
        // called an ad and ranks last, beating neither: 1 of 4 pairs.
        Assert.Equal(0.25, Evaluator.EditorialAuc(items, scores, all));
        Assert.True(double.IsNaN(HeldOutEvaluation.Auc(items, scores, [1, 3])));
    }

    [Fact]
    public void AucDifference_IntervalHoldsThePointEstimate_AndIsNarrowWhenTheScorersAgree()
    {
        var items = Enumerable.Range(0, 60).Select(i => Item(i, $"feed{i % 12}", i % 3 == 0 ? 0 : 3)).ToList();
        var good = items.Select((it, i) => Score(i, it.Relevance == 3 ? 6 + i % 4 : 3 + i % 5)).ToList();
        var poor = items.Select((it, i) => Score(i, (i * 7) % 10)).ToList();
        var (difference, low, high) = HeldOutEvaluation.AucDifference(items, good, poor, HeldOutEvaluation.Auc, 300, 7);
        Assert.True(difference > 0);
        Assert.InRange(difference, low, high);
        var (same, sameLow, sameHigh) = HeldOutEvaluation.AucDifference(items, good, good, HeldOutEvaluation.Auc, 100, 7);
        Assert.Equal(0, same);
        Assert.Equal(0, sameLow);
        Assert.Equal(0, sameHigh);
    }

    [Fact]
    public void PrecisionAt_SkipsCalledAdsAndCountsLabelledAdsAsMisses()
    {
        List<LabeledItem> items = [Item(0, "f/1", 3, ad: true), Item(1, "f/1", 3), Item(2, "f/1", 0), Item(3, "f/1", 3)];
        List<ArticleScore> scores = [Score(0, 9), Score(1, 8), Score(2, 7), Score(3, 9.9, ad: true)];
        // Top 2 without the called ad (item 3): items 0 (a labelled ad: a miss) and 1 (a hit).
        Assert.Equal(0.5, HeldOutEvaluation.PrecisionAt(items, scores, [0, 1, 2, 3], 2));
    }
}
