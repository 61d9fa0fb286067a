using NewsCurator.Configuration;
using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Word count and reading time read Chinese and Japanese by their characters (held-out review 74, F5): counted by spaces,
/// ithome's 340-character article was 28 words and every CJK article, whatever its length, a one-minute read.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CjkReadingTimeTests
{
    private const string Fraud = """
        根据CCTV报道，近期工信部对深圳星美圣典、天音通信、分享通信三家移动转售企业进行约谈，就深圳星美圣典、分享通信在移动转售业务代理渠道、责任落实等方面的突出问题进行通报，要求相关移动转售企业严格按照《工业和信息化部关于进一步防范和打击通讯信息诈骗工作的实施意见》（工信部网安函〔2016〕452号）及有关要求，切实落实主体责任。
        这三家企业要解决三大问题：
        1、要及时发现企业手机号码在准入、代理等方面存在的漏洞和薄弱环节，立行立改；
        2、要加强对重点地区的疑似诈骗号码大数据分析工作，建立相关号码预警模型，全量排查高度疑似号码；
        3、要加大对违规问题的追责惩戒力度，对发现的企业内部或代理渠道违规行为，要严肃处理，实现诈骗电话用户举报量和公安通报涉案号码数量尽快明显下降的目标。
        """;

    private static Article Item(string text) => new()
    {
        Id = "a", FeedUrl = "https://f.example/feed", Title = "工信部约谈星美、天音、分享三家虚拟运营商，涉电信诈骗", Text = text, Link = "https://f.example/a",
    };

    [Fact]
    public void ChineseArticle_ShouldCountItsCharacters_AsWordsOfEnglish()
    {
        var article = Item(Fraud);
        Assert.True(Words.Count(Fraud) < 40, $"{Words.Count(Fraud)}: the case is a text that spaces split into a few runs");
        // About two characters a word: 460 characters a minute at the default 230 words a minute.
        Assert.InRange(article.WordCount, Fraud.Count(c => c is >= '\u4E00' and <= '\u9FFF') / 2, Fraud.Length);
    }

    [Fact]
    public void LongChineseArticle_ShouldReadInMinutesByItsLength()
    {
        // Four times the article: about 1,360 characters, three minutes at about 460 characters a minute (four with its
        // clauses' count of words); counted by spaces, one.
        var article = Item(string.Join("\n", Enumerable.Repeat(Fraud, 4)));
        Assert.InRange(EnhanceStage.Enhance(article, new ArticleScore { Id = "a" }, 1, new EnhanceConfig()).ReadingTimeMinutes, 3, 4);
    }

    [Fact]
    public void LatinText_ShouldCountAsBefore()
    {
        const string text = "Am 6. Juni 2012 veranstaltet die Internet Society den IPv6 World Launch Day, an dem teilnehmende Internet Service Provider dauerhaft IPv6 schalten werden. Привет, мир: 안녕하세요 세계.";
        Assert.Equal(Words.Count(text), Item(text).WordCount);
        Assert.Equal(Words.Count(text), Words.CountAnyScript(text));
    }
}
