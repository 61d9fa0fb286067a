using NewsCurator.Model;
using NewsCurator.Scoring.Model.Training;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>The content-type measurement of `validate-heads --types`: decodings, how they are chosen, and the per-class report.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TypeValidationTests
{
    private static readonly int News = ContentTypes.All.ToList().IndexOf(ContentTypes.News);
    private static readonly int Opinion = ContentTypes.All.ToList().IndexOf(ContentTypes.Opinion);

    private static LabeledItem Item(int i, string type, string language = "en", int relevance = 2) => new(
        new Article { Id = $"item{i}", FeedUrl = "https://example.org/feed", FeedTitle = "Feed", Title = $"Title {i}", Text = "text" },
        $"feed{i % 6}", relevance, type, false, 3, language);

    private static float[] Logits(int top, float margin)
    {
        var logits = new float[ContentTypes.All.Count];
        logits[News] = 1;
        logits[top] = top == News ? 1 : 1 + margin;
        return logits;
    }

    [Fact]
    public void Decoding_WhenTheWinnerDoesNotBeatNewsByTheMargin_SaysNews()
    {
        var decoding = TypeValidation.Decoding.Argmax with { NewsMargin = 0.5 };
        Assert.Equal(Opinion, TypeValidation.Decoding.Argmax.Decide(Logits(Opinion, 0.3f)));
        Assert.Equal(News, decoding.Decide(Logits(Opinion, 0.3f)));
        Assert.Equal(Opinion, decoding.Decide(Logits(Opinion, 0.8f)));
    }

    [Fact]
    public void Decoding_AddsEachTypesBiasBeforeTheArgmax()
    {
        var bias = new double[ContentTypes.All.Count];
        bias[Opinion] = -0.5;
        Assert.Equal(News, new TypeValidation.Decoding(bias).Decide(Logits(Opinion, 0.3f)));
        Assert.Equal(Opinion, new TypeValidation.Decoding(bias).Decide(Logits(Opinion, 0.8f)));
    }

    [Fact]
    public void FitOpinionBias_WhenNewsIsCalledOpinionByASmallMargin_LowersOpinion()
    {
        // Half the news items lose to opinion by 0.3; every opinion item wins by 1.
        var items = Enumerable.Range(0, 40).Select(i => Item(i, i < 20 ? ContentTypes.News : ContentTypes.Opinion)).ToList();
        var logits = items.Select((item, i) => item.ContentType == ContentTypes.Opinion ? Logits(Opinion, 1f) : Logits(i % 2 == 0 ? Opinion : News, 0.3f)).ToList();
        var fitted = TypeValidation.FitOpinionBias(items, logits);
        Assert.InRange(fitted.Bias[Opinion], -0.75, -0.5);
        Assert.Equal(1.0, TypeValidation.Evaluate(items, logits, fitted).Accuracy);
        Assert.Equal(0.75, TypeValidation.Evaluate(items, logits, TypeValidation.Decoding.Argmax).Accuracy);
    }

    [Fact]
    public void Fits_WhenTheArgmaxIsAlreadyRight_KeepItUnchanged()
    {
        var items = Enumerable.Range(0, 20).Select(i => Item(i, i % 2 == 0 ? ContentTypes.News : ContentTypes.Opinion)).ToList();
        var logits = items.Select(i => i.ContentType == ContentTypes.News ? Logits(News, 0) : Logits(Opinion, 1f)).ToList();
        Assert.All(TypeValidation.FitOpinionBias(items, logits).Bias, b => Assert.Equal(0, b));
        Assert.Equal(0, TypeValidation.FitNewsMargin(items, logits).NewsMargin);
        Assert.All(TypeValidation.FitPriorAdjustment(items, logits).Bias, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Report_PrintsPerTypePrecisionRecallAndTheConfusionMatrix_ForAllAndEditorialItems()
    {
        var items = new[] { Item(0, ContentTypes.News), Item(1, ContentTypes.News), Item(2, ContentTypes.Opinion), Item(3, ContentTypes.News, language: "de") };
        var log = new StringWriter();
        TypeValidation.Report("test", items, [ContentTypes.News, ContentTypes.Opinion, ContentTypes.Opinion, ContentTypes.News], log);
        var text = log.ToString();
        Assert.Contains("accuracy 0.750", text);
        Assert.Contains("editorial items (English, relevance >= 2, no ad; 3): accuracy 0.667", text);
        // news: 3 labelled, 2 called, both right: precision 1, recall 0.667; opinion: 1 labelled, 2 called, 1 right.
        Assert.Matches(@"news\s+3\s+2\s+1\.000\s+0\.667", text);
        Assert.Matches(@"opinion\s+1\s+2\s+0\.500\s+1\.000", text);
        Assert.Contains("confusion, all items", text);
    }
}
