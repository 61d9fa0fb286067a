using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A forum member's request for help in other words than the listed phrases: a question in the opening lines, a title that
/// asks without its question mark, the letter's greeting and sign-off, the error met told after the pasted message (held-out
/// review 76, F1: three members' questions reached the issue, one at rank 2). A forum's news that asks a question of its own
/// or of the reader, and an announcement thread that ends by asking for feedback, stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumRequestShapeTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text)
        => new() { Id = "x", FeedUrl = "https://talk.example.org/latest.rss", Title = title, Link = "https://talk.example.org/t/a-topic/412", Language = "en", Text = text };

    private static readonly string PastedBounce = string.Join('\n', Enumerable.Repeat(
        "The attachment you sent could not be processed by the conversion service because its format is not supported here.", 6));

    [Theory]
    // A title that asks, and an opening that asks in its own words.
    [InlineData("Which parser style works best for chapter 3?", "Just started the parser chapter.\nWhich approach should be taken here, the combinators or a hand-written loop?\nI looked at the sample code but copying it feels wrong.")]
    // A title that asks without "?", and a body that asks after a greeting.
    [InlineData("Is it required to run both Redis and RabbitMQ for the scheduler", "Hello everyone\nI am setting up the scheduler from the install guide, but is it required to run both Redis and RabbitMQ? If so, what are they each for?")]
    // A fault in the title, and the letter's frame.
    [InlineData("Webhook action fails after upgrade", "Hi team,\nSince the upgrade to 4.2 the webhook action stops after thirty seconds with no log line at all.\nThe same workflow ran fine on 4.1 for months.\nBest regards\nMarta Kowalski")]
    public void ARequestInOtherWords_OnAForum_ShouldBeDropped(string title, string text)
        => Assert.Equal("help_request", Rules.CheckContent(Post(title, text))?.Rule);

    [Fact]
    public void TheErrorMet_ToldAfterAPastedMessage_ShouldBeARequest()
    {
        var post = Post("Error uploading the ebook to my reader", PastedBounce + "\nThis is the error message I get whenever I upload the file.");
        Assert.Equal("help_request", Rules.CheckContent(post)?.Rule);
    }

    [Theory]
    // A forum's news that asks the reader, or asks its members once in a listed phrase: one sign.
    [InlineData("Version 5 of the plugin framework", "Ever wanted hot reload for plugins? Version 5 adds it, with a new loader and faster start-up.\nThe release notes list every change.")]
    [InlineData("Llama 5 weights are out", "Meta published the weights this morning; has anyone tried the 70B yet? Benchmarks look strong.")]
    // An announcement thread that ends by asking for feedback: its question is not in the opening.
    [InlineData("Source code for part two is here", "I'm still writing part two of the book, but the code for it is now in the part-2 branch of the repository.\nIt adds arrays, a type checker and visitors for code generation.\nThe modules are split differently now, which the book will not cover.\nWhat else should part two explain?")]
    // A release told as a letter: the title announces it.
    [InlineData("Scheduler 4.2 released", "Hi all,\nScheduler 4.2 is out, with retries per action and a faster web UI. Why did it take so long? The new UI.\nCheers,\nThe Scheduler team")]
    public void AForumsStoryThatAsks_ShouldStay(string title, string text) => Assert.Null(Rules.CheckContent(Post(title, text)));
}
