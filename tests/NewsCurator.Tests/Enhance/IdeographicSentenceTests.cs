using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Chinese and Japanese text ends its sentences at 。！？ with no space after and no capital before the next: every zh
/// and ja story of a held-out run fell back to a cut preview, ending on a label whose address was removed (thirty-seventh
/// held-out review, F3).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class IdeographicSentenceTests
{
    private const string Chinese = "研究团队把冻结的视觉语言动作模型接上一个小型强化学习模块，用几分钟的真实机器人数据完成微调。" +
                                   "在毫米级精密装配任务上，关键阶段的速度提升了三倍，成功率也明显提高。" +
                                   "作者认为这种方法可以推广到更多机器人平台！" +
                                   "论文解读全文见 https://example.org/paper";

    [Fact]
    public void Split_ShouldEndSentencesAtIdeographicStops()
    {
        var sentences = SentenceSplitter.Split("第一句话到这里结束。第二句话在这里！第三句话呢？最后一句");

        Assert.Equal(["第一句话到这里结束。", "第二句话在这里！", "第三句话呢？", "最后一句"], sentences);
    }

    [Fact]
    public void Split_ShouldStillKeepAnEnglishSentenceWhole_AndSplitBeforeAnUncasedScript()
    {
        Assert.Equal(["Version 2.1 ships today.", "これは新しい版です。"], SentenceSplitter.Split("Version 2.1 ships today. これは新しい版です。"));
        Assert.Single(SentenceSplitter.Split("The team shipped v2.1 today and it works."));
    }

    [Fact]
    public void Summary_OfAChineseText_ShouldBeItsOwnSentences()
    {
        var result = Summarizer.Summarize("RL Token：几分钟数据微调机器人模型", Chinese, null, Lede.Preview("RL Token：几分钟数据微调机器人模型", Chinese, 200), 3, "zh");

        Assert.Equal(SummarySources.Extractive, result.Source);
        Assert.StartsWith("研究团队把冻结的视觉语言动作模型", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("全文见", result.Text, StringComparison.Ordinal);
        Assert.Contains("完成微调。在毫米级", result.Text, StringComparison.Ordinal); // no space after a full stop, as the text sets them
        Assert.Null(SummaryChecker.CheckSentence("在毫米级精密装配任务上，关键阶段的速度提升了三倍，成功率也明显提高。"));
    }

    [Fact]
    public void Summary_OfAJapaneseEpisode_ShouldSayWhatItCovers()
    {
        const string text = "おはようございます。本日は、日本政府が始動させた職員自らAIエージェントを構築できる新基盤や、AIに対する私たちの複雑な関係について詳しくお伝えします。" +
                            "まず、政府の新基盤は全省庁の職員が利用できるもので、来年度から本格的に運用される予定です。";

        var summary = Summarizer.Summarize("ワールド AI ニュース 2026-10-06", text, null, Lede.Preview("ワールド AI ニュース 2026-10-06", text, 200), 3, "ja").Text;

        Assert.Contains("本日は、日本政府が始動させた", summary, StringComparison.Ordinal);
    }
}
