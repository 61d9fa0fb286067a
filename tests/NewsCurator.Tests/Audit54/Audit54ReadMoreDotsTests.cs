using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit54;

/// <summary>
/// Hostile-input audit 54: <c>ReadMoreDots.Mend</c> (session 47, code review 47 R2) tells an excerpt cut after a number
/// of words by the texts' word counts, counted with <c>Words.Tokenize</c>. A blog engine counts words between spaces;
/// Tokenize splits "state-of-the-art", "company's", "plug-ins". Four excerpts of twenty words each, cut mid-clause, count
/// 20 to 29 tokens, read as differing, and their cut marks become full stops: "... the team's promised offline."
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit54ReadMoreDotsTests
{
    [Fact]
    public void ExcerptsOfOneNumberOfSpacedWords_WithHyphensAndApostrophes_KeepTheirMarks()
    {
        string[] texts =
        [
            "The new tool lets teams run small jobs on spare cloud chips at night and pay less than their monthly...",
            "Engineers who tested the preview build said the compilation felt quicker across large monorepos, although memory consumption climbed during incremental...",
            "State-of-the-art open-source models, the company's engineers say, now beat closed-source rivals on real-world coding tasks while it's also cutting hosting...",
            "The lab's long-awaited follow-up adds multi-modal input, on-device inference and third-party plug-ins, but it's still missing the team's promised offline...",
        ];
        Assert.All(texts, t => Assert.Equal(20, t.Split(' ').Length));
        var feed = texts.Select((t, i) => ArticleNormalizer.ToArticle(new ParsedItem { Title = $"Story number {i} of the week", Link = $"https://wire.example.com/{i}", SummaryHtml = $"<p>{t}</p>" },
            new FeedSource("https://wire.example.com/rss"), "Wire")).ToList();

        Assert.Equal(feed.Select(a => a.Text), ReadMoreDots.Mend(feed).Select(a => a.Text));
    }
}
