using System.Globalization;
using System.Text.Json;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Every real-world fixture (tests/fixtures/feeds, copied with its licence) is a test: the item
/// counts of INDEX.tsv, and the expected outputs feed-rs and rss-parser ship, as golden data.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FixtureCorpusTests
{
    private static readonly string Root = Repo.Path("tests", "fixtures", "feeds");

    public static TheoryData<string, string, string, int> IndexRows()
    {
        var rows = new TheoryData<string, string, string, int>();
        foreach (var index in Directory.GetFiles(Root, "INDEX.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetRelativePath(Root, Path.GetDirectoryName(index)!);
            foreach (var line in File.ReadLines(index).Skip(1))
            {
                var f = line.Split('\t');
                rows.Add(Path.Combine(folder, f[0]), f[2], f[4], int.Parse(f[5], CultureInfo.InvariantCulture));
            }
        }
        return rows;
    }

    /// <summary>Documents that are not feeds at all: they must fail with a message saying what they are.</summary>
    private static readonly HashSet<string> NotFeeds = ["unknown", "jsonfeed-rss-in-json", "jsonfeed-noversion"];

    [Theory]
    [MemberData(nameof(IndexRows))]
    public void EveryFixture_ShouldParseToItsIndexedItemCount_OrFailClearly(string file, string format, string wellFormed, int items)
    {
        var path = Path.Combine(Root, file);
        if (NotFeeds.Contains(format))
        {
            var error = Assert.Throws<FeedParseException>(() => FeedParser.Parse(File.ReadAllBytes(path), new Uri(path)));
            Assert.Matches("not a feed|not valid JSON|not a JSON Feed|HTML page", error.Message);
            return;
        }
        var feed = FeedParser.Parse(File.ReadAllBytes(path), new Uri(path));
        Assert.Equal(items, feed.Items.Count);
        // A truncated document keeps its complete items and says where it broke.
        if (wellFormed.Contains("no element found", StringComparison.Ordinal)) Assert.NotNull(feed.Error);
        else Assert.Null(feed.Error);
    }

    public static TheoryData<string> FeedRsGolden() => Golden("feed-rs", "*.serde.json");

    public static TheoryData<string> RssParserGolden() => Golden("rss-parser", "*.json");

    private static TheoryData<string> Golden(string folder, string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(FeedRsGolden))]
    public void FeedRs_ExpectedOutputs_ShouldMatchTitlesLinksDatesAndCounts(string expectedFile)
    {
        var input = Path.Combine(Root, expectedFile.Replace(".serde.json", ".xml", StringComparison.Ordinal));
        if (!File.Exists(input)) input = Path.ChangeExtension(input, ".json");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, expectedFile)));
        var feed = FeedParser.Parse(File.ReadAllBytes(input), Served(input));
        var entries = expected.RootElement.GetProperty("entries").EnumerateArray().ToList();

        Assert.Equal(entries.Count, feed.Items.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var want = entries[i];
            var got = feed.Items[i];
            if (want.GetProperty("title") is { ValueKind: JsonValueKind.Object } title)
                Assert.Equal(Normalize(title.GetProperty("content").GetString()), Normalize(got.Title));
            var links = want.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("href").GetString()).ToList();
            if (links.Count > 0) Assert.Contains(got.Link, links.Select(l => Resolve(input, l)));
            var date = Str(want, "published") ?? Str(want, "updated");
            if (date is not null) Assert.Equal(DateTimeOffset.Parse(date, CultureInfo.InvariantCulture), got.Published);
        }
    }

    [Theory]
    [MemberData(nameof(RssParserGolden))]
    public void RssParser_ExpectedOutputs_ShouldMatchTitlesLinksDatesAndCounts(string expectedFile)
    {
        var name = Path.GetFileNameWithoutExtension(expectedFile);
        // An expected output without its input would test nothing: the suite must ship both.
        var input = Directory.GetFiles(Path.Combine(Root, "rss-parser", "test", "input"), name + ".*").SingleOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"{expectedFile}: no input named {name}.* in rss-parser/test/input");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, expectedFile)));
        var items = expected.RootElement.GetProperty("feed").GetProperty("items").EnumerateArray().ToList();
        var feed = FeedParser.Parse(File.ReadAllBytes(input), Served(input));

        Assert.Equal(items.Count, feed.Items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var want = items[i];
            var got = feed.Items[i];
            if (Str(want, "title") is { } title) AssertSameText(Normalize(title), Normalize(got.Title));
            if (Str(want, "link") is { } link) Assert.Equal(Resolve(input, link), got.Link);
            if (Str(want, "isoDate") is { } iso) Assert.Equal(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture), got.Published);
        }
    }

    /// <summary>rss-parser's outputs hold U+FFFD where it failed to decode Latin-1; we decode those characters, so any one matches there.</summary>
    private static void AssertSameText(string expected, string actual)
    {
        if (!expected.Contains('\uFFFD')) Assert.Equal(expected, actual);
        else Assert.Matches("^" + string.Join(".", expected.Split('\uFFFD').Select(System.Text.RegularExpressions.Regex.Escape)) + "$", actual);
    }

    private static string? Str(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Normalize(string? text) => HtmlText.ToPlainText(text).Replace('\n', ' ');

    /// <summary>
    /// Where the fixture is read from: as if fetched over HTTP, so that a relative link resolves against the document
    /// the way the suites' expected outputs do (a copy read from disk takes the feed's own URL instead: FeedParserTests).
    /// </summary>
    private static Uri Served(string input) => new("https://fixtures.example/" + Path.GetRelativePath(Root, input).Replace('\\', '/'));

    private static string? Resolve(string input, string? link)
        => link is null ? null : Uri.TryCreate(Served(input), link, out var uri) ? uri.ToString() : link;
}
