using System.Xml;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>Parser messages keep what a fix needs (line, position, XML's own punctuation) and lose the document's words.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SafeMessageTests
{
    private static XmlException ReadError(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return Assert.Throws<XmlException>(() => { while (reader.Read()) { } });
    }

    [Fact]
    public void Of_PunctuationToken_ShouldStayVisible()
    {
        // "']]>' is not allowed in character data": masked, the publisher could not tell which token to fix.
        var message = SafeMessage.Of(ReadError("<rss><title>secret words ]]> here</title></rss>"));
        Assert.Contains("']]>'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'secretword' is not allowed", "'secretword'")]
    [InlineData("'a;' is not allowed", "'a;'")]
    [InlineData("'====' is not allowed", "'===='")]
    [InlineData("'é!' is not allowed", "'é!'")]
    public void Of_QuotedWordsOrLongRuns_ShouldStayMasked(string text, string hidden)
    {
        // Only short runs of ASCII punctuation are shown: a letter, a digit or a longer run may be the document's own text.
        var message = SafeMessage.Of(new XmlException(text));
        Assert.DoesNotContain(hidden, message, StringComparison.Ordinal);
        Assert.Contains("'…'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ExpectedTokens_ShouldNameThem()
    {
        var message = SafeMessage.Of(new XmlException("'secret' is an unexpected token. The expected token is '>' or '/>'."));
        Assert.Equal("'…' is an unexpected token. The expected token is '>' or '/>'.", message);
    }
}
