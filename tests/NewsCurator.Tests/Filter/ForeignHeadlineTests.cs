using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A headline in a script the readers do not read, over a text they do (thirteenth held-out review, F2): a digest that
/// re-publishes arXiv papers under a Chinese machine summary printed that summary as an English issue's headline.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForeignHeadlineTests
{
    private static readonly string[] English = ["en"];

    private const string Abstract =
        "We present a family of open large multimodal models developed by consolidating our insights into data, models and visual representations. "
        + "Our experimental results demonstrate that the models push the performance boundaries of open models in single-image, multi-image and video scenarios. "
        + "The design allows strong transfer learning across modalities and scenarios, yielding new emerging capabilities. "
        + "In particular, strong video understanding and cross-scenario capabilities are demonstrated through task transfer from images to videos. "
        + "We release the training data, the code and the checkpoints of every model so that others can build on this work and compare against it.";

    private static Article Item(string title, string text)
        => new() { Id = "a", FeedUrl = "https://digest.example.org/cs.AI.xml", Title = title, Text = text, Link = "https://arxiv.org/abs/2408.03326" };

    private const string ChineseSummary = "该文章的重要创新贡献在于提出了一个开放的大型多模态模型家族，可以在单图像、多图像和视频场景中同时推动性能边界，通过单一模型展现强大的跨模态和跨场景任务迁移能力。";

    [Theory]
    // A Japanese podcast whose show notes list the English titles of the papers it discusses, its Japanese heading over
    // them gone as the feed's boilerplate (nineteenth held-out review, F1).
    [InlineData("audio/mpeg", "ja", "ja")]
    [InlineData("audio/mpeg", "zh", "zh")]
    // A Latin-script declaration over English notes is no evidence (a generator's default): the text decides.
    [InlineData("video/mp4", "de", "en")]
    // A post's notes are what a reader reads: the text decides; so it does where the feed declares nothing.
    [InlineData(null, "ja", "en")]
    [InlineData("audio/mpeg", null, "en")]
    public void AnEpisode_ShouldBeInTheLanguageItsFeedDeclares_WhereThatIsWrittenInAnotherScript(string? enclosure, string? declared, string expected)
    {
        var episode = Item("arXiv 2026-06-22", "• " + Abstract) with { EnclosureType = enclosure, FeedLanguage = declared };

        Assert.Equal(expected, ForeignHeadline.Detected(episode, English).Language);
    }

    [Fact]
    public void ChineseHeadline_OverAnEnglishPaperWithItsTitleLine_ShouldTakeThatLine()
    {
        // The digest's layout: the paper's title, its link, the Chinese summary again, then the English abstract. Counted
        // with the headline, the Chinese outweighs the abstract.
        var article = Item(ChineseSummary, "LLaVA-OneVision: Easy Visual Task Transfer\nhttps://arxiv.org/abs/2408.03326\n" + ChineseSummary + "\n" + Abstract);

        var mended = ForeignHeadline.Detected(article, English);

        Assert.Equal("LLaVA-OneVision: Easy Visual Task Transfer", mended.Title);
        Assert.Equal("en", mended.Language);
        Assert.Null(new ContentRules(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(mended));
    }

    [Fact]
    public void ChineseHeadline_WithoutATitleLine_ShouldBeDroppedNamingTheHeadlinesLanguage()
    {
        // The text alone reads as English, so it is the headline the rule names.
        var article = ForeignHeadline.Detected(Item("该文章创建了一个标注有模糊限制语的动画对白文本库", Abstract), English);

        var verdict = new ContentRules(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch).CheckContent(article);

        Assert.Equal("language", verdict?.Rule);
        Assert.Contains("headline is in 'zh'", verdict?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ForeignHeadline_OverAList_ShouldNotTakeTheListsFirstItem()
    {
        // Eighteenth held-out review, F3: a Chinese roundup episode was retitled with its first bullet.
        var article = Item("AI 新闻快报 | 2026-06-06", "• 🔴 The latest AI news we announced in May 2026 (Google AI Blog)\n• Holo3.1 tops the agent benchmark\n" + Abstract);
        Assert.Equal("AI 新闻快报 | 2026-06-06", ForeignHeadline.Detected(article, English).Title);
    }

    [Theory]
    [InlineData("Qwen3 (通义千问) tops the open-model leaderboard")]
    [InlineData("Why Claude writes better code than GPT")]
    public void EnglishHeadline_ShouldStayAsItIs(string title)
    {
        var article = Item(title, "Opening line of the post\n" + Abstract);

        Assert.Equal(title, ForeignHeadline.Detected(article, English).Title);
        Assert.Null(ForeignHeadline.Language(title, English));
    }

    [Fact]
    public void JapaneseHeadline_WhereJapaneseIsAccepted_ShouldStay()
    {
        var article = Item("大規模言語モデルの評価手法について", "Evaluation methods\n" + Abstract);

        Assert.Equal(article.Title, ForeignHeadline.Detected(article, ["en", "ja"]).Title);
        Assert.Null(ForeignHeadline.Language(article.Title, ["en", "ja"]));
        Assert.Equal("ja", ForeignHeadline.Language(article.Title, English));
    }

    [Fact]
    public void KanjiOnlyHeadline_WhereJapaneseIsAccepted_ShouldStay()
        => Assert.Null(ForeignHeadline.Language("日銀追加利上げ決定", ["ja"]));

    [Fact]
    public void BylineAsTheOpeningLine_IsNoTitle()
    {
        var article = Item("该文章提出了一个新的模型", "By Jane Doe and John Roe\n" + Abstract);

        Assert.Equal(article.Title, ForeignHeadline.Detected(article, English).Title);
    }

    [Fact]
    public void NoLanguagesConfigured_ShouldAcceptEveryHeadline()
        => Assert.Null(ForeignHeadline.Language("该文章创建了一个文本库", []));

    [Fact]
    public void OpeningSentenceOrLink_IsNoTitle()
    {
        var sentence = Item("该文章提出了一个新的模型", Abstract);
        var link = Item("该文章提出了一个新的模型", "https://arxiv.org/abs/2408.03326 paper page\n" + Abstract);

        Assert.Equal(sentence.Title, ForeignHeadline.Detected(sentence, English).Title);
        Assert.Equal(link.Title, ForeignHeadline.Detected(link, English).Title);
    }

    [Fact]
    public void ChinesePostUnderAnEnglishProductLine_ShouldKeepItsHeadlineAndReadAsChinese()
    {
        // The opening line is a title in Latin letters, but the text under it is Chinese: no English story to mend.
        var text = "Kubernetes HPA Guide\n" + string.Concat(Enumerable.Repeat("我们在生产环境中使用水平自动扩缩容，根据处理器利用率调整副本数量，并记录了遇到的问题和解决办法。", 4));
        var article = ForeignHeadline.Detected(Item("水平自动扩缩容实践", text), English);

        Assert.Equal("水平自动扩缩容实践", article.Title);
        Assert.Equal("zh", article.Language);
    }
}
