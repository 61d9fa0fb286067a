using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A headline in a script without case (Chinese, Japanese, Korean) that carries Latin acronyms is not shouting: its acronyms
/// were lower-cased ("华为ICT大赛" to "华为ict大赛": held-out review 118, F6). English in capitals is still re-cased.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CaselessShoutingTests
{
    private static Article Normalized(string title, string body)
    {
        var xml = $"<rss version=\"2.0\"><channel><title>F</title><link>https://e.example/</link><item><title>{title}</title><link>https://e.example/1</link>"
                  + $"<description>{body}</description></item></channel></rss>";
        return ArticleNormalizer.ToArticle(FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://e.example/feed.xml")).Items.Single(), new FeedSource("https://e.example/feed.xml"), "F");
    }

    [Theory]
    [InlineData("科大鸿雁队荣获第九届华为ICT大赛中国挑战赛鲲鹏HPC性能优化赛道一等奖")]
    [InlineData("英伟达发布GPU新品H200与CUDA工具包")]
    // More than twelve capitals among the ideographs, and spaced acronyms.
    [InlineData("英伟达发布GPU新品与CUDA工具包和NVLINK交换机")]
    [InlineData("华为 ICT 大赛 中国 HPC 性能 NVLINK 交换机 GPU")]
    [InlineData("エヌビディアがGPUとCUDAとNVLINKを発表")]
    [InlineData("삼성전자 HBM 메모리 NVIDIA GPU 공급")]
    public void AHeadlineInACaselessScriptWithAcronyms_ShouldKeepItsCapitals(string title)
        => Assert.Equal(title, Normalized(title, "中国科学技术大学团队在比赛中获得一等奖，比赛内容涵盖高性能计算与性能优化。").Title);

    [Theory]
    [InlineData("A LARGE COLLECTION OF ARTICLES FOR SOUNDBYTES AND WUSIKSOUND MAGAZINE", "A Large Collection of Articles for Soundbytes and Wusiksound Magazine")]
    [InlineData("THE NEW AI CHIPS FROM NVIDIA ARE HERE", "The New AI Chips from Nvidia are here")]
    // Greek and Cyrillic have case: in capitals they are shouting too.
    [InlineData("НОВЫЕ ЧИПЫ ДЛЯ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА", "Новые Чипы Для Искусственного Интеллекта")]
    public void AHeadlineInCapitalsOfACasedScript_ShouldStillBeReCased(string title, string expected)
        => Assert.Equal(expected, Normalized(title, "The new AI chips reached the market this week, and the collection of articles followed.").Title);
}
