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

    // Hostile-input audit 32, H4: UTF-8 served as windows-1251 or koi8-r printed "GoogleБ─≥s cafц╘ team".
    [Theory]
    [InlineData(null, "windows-1251")]
    [InlineData(null, "koi8-r")]
    [InlineData("windows-1251", null)]
    [InlineData("iso-8859-2", null)]
    [InlineData("iso-8859-1", null)]
    public void ValidUtf8_UnderALegacyLabel_ShouldReadAsUtf8_AndTheFeedBeTold(string? declared, string? httpCharset)
    {
        var declaration = declared is null ? "" : $"""<?xml version="1.0" encoding="{declared}"?>""";
        var xml = declaration + """<rss version="2.0"><channel><title>T</title><item><title>Google’s café team ships a tokenizer – naïve “fast”</title><link>https://example.org/1</link></item></channel></rss>""";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://example.org/feed"), httpCharset);
        Assert.Equal("Google’s café team ships a tokenizer – naïve “fast”", Assert.Single(feed.Items).Title);
        Assert.Contains(feed.Warnings, w => w.Contains("valid UTF-8", StringComparison.Ordinal) && w.Contains(declared ?? httpCharset!, StringComparison.Ordinal));
    }

    [Fact]
    public void ALegacyEncodedFeed_UnderItsOwnLabel_ShouldKeepIt()
    {
        var cyrillic = Encoding.GetEncoding("windows-1251");
        var xml = """<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>T</title><item><title>Новости нейросетей</title><link>https://example.org/1</link></item></channel></rss>""";
        var feed = FeedParser.Parse(cyrillic.GetBytes(xml), new Uri("https://example.org/feed"));
        Assert.Equal("Новости нейросетей", Assert.Single(feed.Items).Title);
        Assert.Empty(feed.Warnings);
    }
}
