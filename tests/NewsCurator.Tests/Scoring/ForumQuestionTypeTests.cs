using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A forum member's question or feedback is no tutorial because its title names a task or it quotes a line of code (held-out
/// review 76, F7: "What's the recommended way ...?" and a reader's feedback quoting "var if = 10;" typed tutorial). A forum's
/// own how-to and a blog's code walk-through stay tutorials.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumQuestionTypeTests
{
    private const string Forum = "https://talk.example.org/t/a-topic/77";

    private static string? TypeOf(string title, string text, string link = Forum)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "https://talk.example.org/latest.rss", Title = title, Text = text, Link = link },
            new ArticleScore { Id = "a", ContentType = ContentTypes.Tutorial }).ContentType;

    [Theory]
    [InlineData("Best way to implement the lexer from chapter 2?", "Started on chapter 2. Should I write it by hand?\ntype Token = {\nkind: string;\n}")]
    [InlineData("Thoughts on the draft's grammar", "I read the draft and liked it. One thing: the language has no reserved words, so this works:\n> let while = 3;\nA note on that would help readers.")]
    public void AForumsQuestionOrFeedback_ShouldNotBeATutorial(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, text));

    [Fact]
    public void AForumsHowTo_ShouldStayATutorial()
        => Assert.Equal(ContentTypes.Tutorial, TypeOf("[HOWTO] Raise the coordinator lock timeout with the uri",
            "Add these settings to the coordinator section of the config:\n[coordination]\nurl = redis://127.0.0.1:6379?socket_timeout=90"));

    [Fact]
    public void ABlogsCodeWalkThrough_ShouldStayATutorial()
        => Assert.Equal(ContentTypes.Tutorial, TypeOf("Thoughts on parser combinators", "The core of it is one interface:\ninterface Parser<T> {\nparse(s: Source): T | null;\n}",
            "https://blog.example.com/2026/parsers"));
}
