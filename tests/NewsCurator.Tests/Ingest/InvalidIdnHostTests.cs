using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A link whose host Uri parses but is no valid internationalised name (U+FFFD from a bad byte, a zero-width joiner,
/// a lone combining mark): Uri.IdnHost throws on it, and FilterStage's canonical URL threw for one item, failing the run.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class InvalidIdnHostTests
{
    public static TheoryData<string> Links() =>
        ["http://\uFFFD.example/story", "https://a\u200Db.example/story", "https://\u0301a.example/story", "https://\uFDD0.example/", "http://\u2028x.example/"];

    [Theory]
    [MemberData(nameof(Links))]
    public void ItemLink_ShouldBeDropped_NotFailTheItemOrTheRun(string link)
    {
        var feed = new FeedSource("https://feed.example/rss");
        var item = new ParsedItem { Guid = "g1", Title = "A story", Link = link, ContentHtml = "<p>Some text about a story.</p>" };

        var article = ArticleNormalizer.ToArticleOrNull(item, feed, "Feed", feedHome: link);

        Assert.NotNull(article);
        Assert.Null(article.Link);
        Assert.Null(article.FeedHome);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void Canonicalizing_ShouldNotThrow(string link)
    {
        // An article written before links were checked (a raw shard of an earlier build) still reaches Filter and Select.
        Assert.NotNull(UrlCanonicalizer.Canonicalize(link));
        Assert.NotNull(UrlCanonicalizer.Publisher(new Uri(link)));
        Assert.False(UrlCanonicalizer.IsFeedsOwnLink(link, "feed.example", "https://feed.example/rss"));
        // No resolver finds such a host: not public.
        Assert.False(PublicNetwork.IsPublicHost(new Uri(link)));
    }
}
