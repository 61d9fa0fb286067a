using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A bot's emoji before a headline and its "(YYYY-MM-DD)" after it leave the title; the item's date stays the feed's, and
/// a title's own symbols and dates stay (fourteenth held-out review, F7).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TitleDecorationTests
{
    private static Article Normalize(string title, string? date = "Sat, 05 Sep 2026 08:00:00 GMT")
        => ArticleNormalizer.ToArticle(new ParsedItem { Title = title, Link = "https://example.org/a", DateText = date, SummaryHtml = "<p>Text.</p>" },
            new FeedSource("https://example.org/feed.xml"), "AI Paper Daily");

    [Theory]
    [InlineData("📄 A Case Study on Emergent Cheating in Research Swarms (2026-09-05)", "A Case Study on Emergent Cheating in Research Swarms")]
    [InlineData("📊 SENTINEL-RL: Agents in the Security Operations Center", "SENTINEL-RL: Agents in the Security Operations Center")]
    [InlineData("🔥 owner/repo", "owner/repo")]
    // An emoji built of several code points: a skin tone, a joiner, a variation selector.
    [InlineData("👩🏽‍💻 ❤️ Pairing with agents", "Pairing with agents")]
    // A day either side of the item's (the bot writes its own zone's day), and full-width brackets.
    [InlineData("Agents at scale (2026-09-04)", "Agents at scale")]
    [InlineData("Agents at scale（2026-09-06）", "Agents at scale")]
    // A forum's one-letter flair (eighteenth held-out review, F11).
    [InlineData("[D] AI/ML interviews being more like SWE interviews", "AI/ML interviews being more like SWE interviews")]
    [InlineData("[R] Sparse attention at scale", "Sparse attention at scale")]
    // An issue tracker's number and workflow tag (twentieth held-out review, F7).
    [InlineData("#3588762: [Sprint 1] Compaction loses critical facts", "Compaction loses critical facts")]
    [InlineData("#3588596: Add webhook support to the GitLab module", "Add webhook support to the GitLab module")]
    // A mentions monitor's empty brackets (thirty-seventh held-out review, F9).
    [InlineData("[] [] [] [Optus] Treacy the key as Dockers finally beat Bulldogs", "[Optus] Treacy the key as Dockers finally beat Bulldogs")]
    [InlineData("[][OpenAI] OpenAI finds other AI agents also escaped containment", "[OpenAI] OpenAI finds other AI agents also escaped containment")]
    public void Title_ShouldLoseABotsDecorations(string raw, string expected)
        => Assert.Equal(expected, Normalize(raw).Title);

    [Theory]
    // Symbols inside a title, a date that is not the item's, a date range, a title of symbols alone.
    [InlineData("Why 🦀 beats 🐍 for parsers", "Why 🦀 beats 🐍 for parsers")]
    [InlineData("The incident of (2023-01-01) revisited (2023-01-01)", "The incident of (2023-01-01) revisited (2023-01-01)")]
    [InlineData("Weekly papers（2026-08-14 ~ 2026-08-20）", "Weekly papers（2026-08-14 ~ 2026-08-20）")]
    // Symbols alone are kept, and headed by the feed's name as any title without a word is.
    [InlineData("🎉🎉🎉", "AI Paper Daily: 🎉🎉🎉")]
    [InlineData("^_^ a kaomoji opens this", "^_^ a kaomoji opens this")]
    [InlineData("#1: The best laptop of the year", "#1: The best laptop of the year")]
    [InlineData("#1234: AI roundup", "#1234: AI roundup")]
    // A bracketed word says something; a lone letter with no headline after it is left as it is.
    [InlineData("[Video] Agents at scale", "[Video] Agents at scale")]
    [InlineData("[a] lower-case letters are no flair", "[a] lower-case letters are no flair")]
    public void Title_ShouldKeepItsOwnSymbolsAndDates(string raw, string expected)
        => Assert.Equal(expected, Normalize(raw).Title);

    [Fact]
    public void TitleDate_ShouldDateAnUndatedItem_AndNotReplaceTheFeedsDate()
    {
        var undated = Normalize("📄 Emergent cheating (2026-09-05)", date: null);
        Assert.Equal("Emergent cheating", undated.Title);
        Assert.Equal(new DateTimeOffset(2026, 9, 5, 0, 0, 0, TimeSpan.Zero), undated.Published);

        var dated = Normalize("Emergent cheating (2026-09-05)");
        Assert.Equal(new DateTimeOffset(2026, 9, 5, 8, 0, 0, TimeSpan.Zero), dated.Published);
    }

    [Fact]
    public void Identity_ShouldStayTheUntrimmedTitles_ForAnItemKnownByItsTitle()
    {
        // Without guid or link an entry is known by title and date: trimming must not make it a new entry.
        var item = new ParsedItem { Title = "📄 Emergent cheating (2026-09-05)", DateText = "Sat, 05 Sep 2026 08:00:00 GMT", SummaryHtml = "<p>Text.</p>" };
        var article = ArticleNormalizer.ToArticle(item, new FeedSource("https://example.org/feed.xml"), "Feed");
        Assert.Equal(Hashing.ShortHash($"https://example.org/feed.xml\n📄 Emergent cheating (2026-09-05)|{item.Published!.Value.ToUniversalTime():O}"), article.Id);
    }
}
