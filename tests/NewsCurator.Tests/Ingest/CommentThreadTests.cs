using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Comments republished in an item's body are no part of its story (thirteenth held-out review, F1: three Hacker News
/// commenters' sentences printed as a Show HN product's summary).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class CommentThreadTests
{
    private const string HackerNewsDigest = """
        242 points · View discussion
        New Comments
        💬 I remember a million years ago, when I was writing apps with Cordova/Phonegap, I would use Web SQL to do all my storage.
        I always thought that there should be an easy way to export it, but I don't think that ever materialized.
        — tombert · 20260916T01:16:27
        💬 Sorry I am confused. If you share (u1) a file with your friend (u2), they fill data/form, then it get saved in u2's desktop.
        — starcast2026 · 20260916T01:37:34
        💬 This would be great if it evolved in a universal format supported by all major browsers.
        — zarrdoz · 20260916T03:38:13
        """;

    [Fact]
    public void CommentsAfterTheirHeading_ShouldBeCutOff()
        => Assert.Equal("242 points · View discussion", CommentThreads.Without(HackerNewsDigest));

    [Fact]
    public void StoryTextAboveTheComments_ShouldStay()
    {
        const string post = "We moved our build cache to S3 and cut CI time by half.\nThe details follow.\nComments (2)\nGreat write-up!\n-- jdoe, 2 hours ago\nWhat about cache eviction?\n-- asmith, 3 hours ago";

        Assert.Equal("We moved our build cache to S3 and cut CI time by half.\nThe details follow.", CommentThreads.Without(post));
    }

    [Fact]
    public void APostsOwnCommentsSection_ShouldStay_WhenTheThreadComesLater()
    {
        const string post = "Style guide.\nComments\nWrite comments in full sentences.\nNaming\nUse short names.\n34 comments\nNice.\n— ann · 2 Jan 2026\nAgreed.\n— bob · 3 Jan 2026";

        Assert.Equal("Style guide.\nComments\nWrite comments in full sentences.\nNaming\nUse short names.", CommentThreads.Without(post));
    }

    [Fact]
    public void NumberedCommentsUnderTheirHeading_ShouldBeCutOff()
    {
        // A Reddit digest's shape (eighteenth held-out review, F4): the post, its stats, then numbered comments with scores.
        const string digest = "[D] Are NLP theory papers helpful for industry research scientist roles?\nCurrently I'm quite interested in NLP theory.\n" +
            "Topic: Discussion\nUpvotes: 9\nView on Reddit\nComments:\nComment 1:\nI wouldn't go out of my way to \"hide\" the theory.\nScore: 7\nComment 2:\nAgreed.\nScore: 2";

        Assert.Equal("[D] Are NLP theory papers helpful for industry research scientist roles?\nCurrently I'm quite interested in NLP theory.\nTopic: Discussion\nUpvotes: 9\nView on Reddit",
            CommentThreads.Without(digest));
    }

    [Fact]
    public void ASignedThreadsHeading_ShouldWinOverAPostsOwnSectionWithANumberedLineInIt()
    {
        const string post = "Code review.\nComments\nKeep them kind.\nComment 1:\nIs this needed?\nNew Comments\nNice.\n— ann · 2 Jan 2026\nAgreed.\n— bob · 3 Jan 2026";

        Assert.Equal("Code review.\nComments\nKeep them kind.\nComment 1:\nIs this needed?", CommentThreads.Without(post));
    }

    [Theory]
    // A tutorial on code review whose section "Comments" goes on to talk about them, numbered further down.
    [InlineData("Code review.\nComments\nKeep them kind.\nComment 1:\nIs this needed? A good first question.")]
    // A numbered heading with no comment section's heading above it.
    [InlineData("Release notes.\nComment 1:\nThe API is stable.")]
    public void NumberedHeadings_NotDirectlyUnderACommentSection_ShouldStay(string text)
        => Assert.Equal(text, CommentThreads.Without(text));

    [Fact]
    public void MarkdownBullets_AreNoSignatures()
    {
        const string notes = "Release notes.\nComments\n- python, 3.12 support\n- rust, 1.80 support";

        Assert.Equal(notes, CommentThreads.Without(notes));
    }

    [Theory]
    // A quotation's attribution is one signature, and no comment section.
    [InlineData("Simple things should be simple.\nComments\n— Alan · 1970s\nA post on API design follows, with examples.")]
    // A how-to's section called "Comments" without signed comments.
    [InlineData("How to write Go.\nComments\nUse // for line comments and /* */ for blocks.\nGo's doc comments start with the name.")]
    // Signatures without a comment section's heading: not known where the story ends.
    [InlineData("Story.\n— tombert · 20260916T01:16:27\n— zarrdoz · 20260916T03:38:13")]
    public void TextWithoutASignedCommentSection_ShouldStayWhole(string text)
        => Assert.Equal(text, CommentThreads.Without(text));
}
