using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// Held-out review 104, F3: a tutorial publisher's feed writes every description without its final stop. The feed was read
/// as one of subtitles, but three of its descriptions were held to content.min_length each for a reason of its own: three
/// short sentences (a subtitle was one or two), a last sentence ending "... how to do so" ("so" read as a word that leads on),
/// and one ending on a hashtag. In a feed of subtitles each is a dek.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SubtitleFeedLongerDeksTests
{
    private const string Feed = "https://tutorials.example/descriptions.xml";

    private static readonly ContentRules Rules = new(new ContentConfig(), new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Item(string title, string text, int n)
        => new() { Id = $"t-{n}", FeedUrl = Feed, Title = title, Text = text, Link = $"https://tutorials.example/guide-{n}/", Language = "en" };

    private static readonly Article[] Subtitles =
    [
        Item("Working With Files in Rust", "Learn how to open, read and write files with the standard library and handle the errors that come with them along the way", 0),
        Item("A Gentle Introduction to Async Code", "In this tutorial you'll see how an event loop schedules tasks. You'll write a small crawler that fetches many pages without waiting on each", 1),
        Item("Testing Your Command-Line Tools", "Find out how to drive a command-line program from your tests and check its output, its exit codes and the files it leaves behind", 2),
        Item("Profiling Slow Database Queries", "Discover which of your queries take the longest and learn the indexing tricks that make the worst of them run in a fraction of the time", 3),
        Item("Packaging a Library for Release", "Step through building, versioning and uploading a package so that other developers can install it with a single command from the index", 4),
        Item("Regular Expressions Explained", "A practical walk through patterns, groups and lookarounds for developers who have copied regular expressions without knowing how they work", 5),
    ];

    private static (string Rule, string Reason)? Verdict(Article article, params Article[] others)
    {
        var deks = new DekFeeds(new ContentConfig().MinLength);
        foreach (var item in others.Append(article)) deks.Add(item);
        return Rules.CheckContent(article, deks);
    }

    [Fact]
    public void ThreeShortSentencesWithoutTheFinalStop_ShouldPassAsADek()
    {
        var item = Item("Arrays and Slices in Go", "You'll look at the main traits of arrays and slices in Go. You'll learn how to create them and how to grow them. When you're done, you should know when each of these types fits your program", 10);
        Assert.True(ContentRules.TitleAndTextLength(item) < 300);
        Assert.Null(Verdict(item, Subtitles));
    }

    [Fact]
    public void ASubtitleEndingHowToDoSo_ShouldPassAsADek()
    {
        var item = Item("Hash Maps in Java", "In this tutorial you'll cover how hash maps store their keys and how to look values up quickly. By the end, you'll have a sense of when a hash map is the right structure to use, and how to do so", 11);
        Assert.True(ContentRules.TitleAndTextLength(item) < 300);
        Assert.Null(Verdict(item, Subtitles));
    }

    [Fact]
    public void ASubtitleEndingOnAHashtag_ShouldPassAsADek()
    {
        var item = Item("Community Interview With a Core Maintainer", "Our guest maintains the test runner in her spare time. In this interview we talk about her work on the project, as well as her love of mechanical keyboards and #caturday", 12);
        Assert.True(ContentRules.TitleAndTextLength(item) < 300);
        Assert.Null(Verdict(item, Subtitles));
    }

    [Fact]
    public void ThreeSentencesWithoutAStop_InAFeedOfFinishedDeks_ShouldStayHeldToTheLength()
    {
        // No habit of dropping the stop: the feed finishes its deks, so a text without one may be cut.
        var finished = Subtitles.Select((a, i) => a with { Text = a.Text + "." }).ToArray();
        var item = Item("Arrays and Slices in Go", "You'll look at the main traits of arrays and slices in Go. You'll learn how to create them and how to grow them. When you're done, you should know when each of these types fits your program", 10);
        Assert.Equal("min_length", Verdict(item, finished)?.Rule);
    }

    [Fact]
    public void ASubtitleCutOnSoAfterAnotherWord_ShouldStayHeldToTheLength()
    {
        var item = Item("Hash Maps in Java", "In this tutorial you'll cover how hash maps store their keys and how to look values up quickly, and why the lookups stay fast even when the map grows so", 13);
        Assert.Equal("min_length", Verdict(item, Subtitles)?.Rule);
    }
}
