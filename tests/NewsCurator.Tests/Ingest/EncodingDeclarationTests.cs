using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

[Trait(Category.Name, Category.Unit)]
public sealed class EncodingDeclarationTests
{
    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    public void DeclaredEncodingThatCannotBeUsed_ShouldBeReadAsUndeclared(string encoding)
    {
        var xml = $"""<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>T</title><item><title>Caf&#233; news</title><link>https://example.org/1</link></item></channel></rss>""";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://example.org/feed"));
        Assert.Equal("Café news", Assert.Single(feed.Items).Title);
    }
}
