using System.Text;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>What a JSON Feed loses to wrong types or depth is said to its publisher, with a count, never skipped silently.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class JsonFeedWarningTests
{
    private static ParsedFeed Parse(string json) => FeedParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_EntriesThatAreNotObjects_ShouldBeCountedInOneWarning()
    {
        var feed = Parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Blog", "items": [
              null, "a string", [1, 2],
              {"id": "1", "title": "Kept", "url": "https://e.org/1", "content_text": "Body"}]}
            """);
        Assert.Equal("Kept", Assert.Single(feed.Items).Title);
        var warning = Assert.Single(feed.Warnings);
        Assert.StartsWith("3 entries of \"items\" are not an object (array, null, string); skipped", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonStringTitleUrlOrId_ShouldWarnOncePerMemberWithItsCount()
    {
        var feed = Parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Blog", "items": [
              {"id": "1", "title": 42, "url": "https://e.org/1", "content_text": "Body"},
              {"id": "2", "title": {"text": "x"}, "url": "https://e.org/2", "content_text": "Body"},
              {"id": 3, "title": "Fine", "url": ["https://e.org/3"], "content_text": "Body"},
              {"id": "4", "title": null, "url": "https://e.org/4", "content_text": "Body"}]}
            """);
        Assert.Equal(4, feed.Items.Count);
        // A null member is an absent one, as JSON writers emit it: no warning.
        Assert.Equal(
            [
                "\"title\" is a number or an object, not a string, in 2 of 4 items; ignored there",
                "\"url\" is an array, not a string, in 1 of 4 items; ignored there",
                "\"id\" is a number, not a string, in 1 of 4 items; ignored there",
            ],
            feed.Warnings);
    }

    [Fact]
    public void Parse_WellTypedFeed_ShouldHaveNoWarning()
    {
        var feed = Parse("""{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "T", "url": "https://e.org/1", "content_text": "Body"}]}""");
        Assert.Empty(feed.Warnings);
    }

    [Fact]
    public void Parse_NestedPastTheDepthLimit_ShouldSaySoNotCallTheJsonInvalid()
    {
        var depth = JsonFeedParser.MaxDepth + 5;
        var json = """{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "x": """ + new string('[', depth) + new string(']', depth) + "}]}";
        var ex = Assert.Throws<FeedParseException>(() => Parse(json));
        Assert.Contains($"nested deeper than {JsonFeedParser.MaxDepth} levels", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxErrorWithBracketsInStrings_ShouldStillBeInvalidJson()
    {
        // Brackets inside strings are text, not nesting: a broken document full of them is still reported as invalid.
        var json = """{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": """ + "\"" + new string('[', JsonFeedParser.MaxDepth + 5) + "\" ,,]}";
        var ex = Assert.Throws<FeedParseException>(() => Parse(json));
        Assert.StartsWith("not valid JSON", ex.Message, StringComparison.Ordinal);
    }
}
