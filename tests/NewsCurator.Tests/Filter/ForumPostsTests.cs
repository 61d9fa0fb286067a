using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A forum's replies and members' requests for help are no stories; a forum's news and a blog's questions stay
/// (thirty-third held-out review, F1: a BSD forum's support question led an issue).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumPostsTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text, string link = "https://forum.example.org/d/1652-a-thread/1", string feed = "https://planet.example.org/feed.xml")
        => new() { Id = "x", FeedUrl = feed, Title = title, Link = link, Language = "en", Text = text };

    [Theory]
    [InlineData("https://bsd.example.org/d/1652-libressl-error/9")]
    [InlineData("https://bsd.example.org/d/1652/2")]
    [InlineData("https://discourse.example.org/t/gpu-drivers/4412/5")]
    [InlineData("https://www.reddit.com/r/LocalLLaMA/comments/1abc2d/new_model/kx9y8z7/")]
    public void AReplysAddress_OnAForum_ShouldBeDropped(string link)
    {
        var reply = Post("A thread's title", "Try compiling the kernel with DIAGNOSTIC and LOCKDEBUG; bump the PR too.", link);
        Assert.Equal("forum_reply", Rules.CheckContent(reply)?.Rule);
    }

    [Theory]
    [InlineData("https://bsd.example.org/d/1652-libressl-error/1")]
    [InlineData("https://bsd.example.org/d/1652-libressl-error")]
    [InlineData("https://discourse.example.org/t/gpu-drivers/4412")]
    [InlineData("https://discourse.example.org/t/gpu-drivers/4412/1")]
    [InlineData("https://www.reddit.com/r/LocalLLaMA/comments/1abc2d/new_model/")]
    public void AThreadsOpeningPost_ShouldNotBeAReply(string link)
        => Assert.Null(ForumPosts.Reply(Post("NetBSD 11.0 released", "The NetBSD project has released NetBSD 11.0 with new drivers.", link)));

    [Fact]
    public void ReTitle_OnAForumOnly_ShouldBeAReply()
    {
        Assert.NotNull(ForumPosts.Reply(Post("Re: ZFS on root", "Works for me after the update.", "https://www.reddit.com/r/zfs/comments/1x/zfs/")));
        // A blog post titled so is the blog's.
        Assert.Null(ForumPosts.Reply(Post("Re: the case for boring technology", "A reply essay.", "https://blog.example.com/re-boring", "https://blog.example.com/feed")));
    }

    [Theory]
    [InlineData("LibreSSL/OpenSSL Error", "I'm trying to generate a self signed certificate and getting an error on the release candidate. It says it can't open the config file.")]
    [InlineData("kde", "I want to install KDE and the package manager shows processing and doesn't continue, what's wrong?")]
    [InlineData("Fine-tuning Llama on two GPUs", "Can anyone help me get FSDP working? The job hangs at the first step.")]
    [InlineData("vLLM OOM on a 24 GB card", "I keep getting this error when I load the model with a 32k context. Any ideas would be appreciated!")]
    [InlineData("[Help] Ollama won't use my GPU", "It runs on the CPU only.")]
    [InlineData("How do I quantise a LoRA adapter?", "How do I merge the adapter before converting it to GGUF? The converter rejects it.")]
    [InlineData("Docker build fails on arm64", "I have tried every base image. Does anyone know why the wheel is missing for aarch64?")]
    [InlineData("Model loads then crashes", "Thanks in advance for any pointers, logs below.")]
    // A buying question (thirty-fourth held-out review's feed, left by session 30's first rules).
    [InlineData("AI max+ 395 128gb vs 5090 for beginner with ~$2k budget?", "I'm just delving into local LLMs. So do I go for the AI MAX for big memory or 5090 for stability?")]
    public void ARequestForHelp_OnAForum_ShouldBeDropped(string title, string text)
        => Assert.Equal("help_request", Rules.CheckContent(Post(title, text))?.Rule);

    [Theory]
    // A forum's news, announcements and opinion: at most one sign of a request.
    [InlineData("NetBSD 11.0 released", "The NetBSD project is pleased to announce NetBSD 11.0. Thanks to everyone who tried the release candidates.")]
    [InlineData("We open-sourced our inference server", "After two years in production we are releasing it under Apache 2.0. How do I put it: it was overdue.")]
    [InlineData("NextBSD", "I hate to be the one to start this thread, but I'm curious what people think about this project.")]
    [InlineData("Llama 5 weights are out", "Meta published the weights this morning; has anyone tried the 70B yet? Benchmarks look strong.")]
    [InlineData("Why is everyone moving off Kubernetes?", "A long look at the costs teams report, with numbers from twelve companies.")]
    [InlineData("The new scheduler fixes the crash in 6.9", "The patch series lands in 6.10 and fixes the panic introduced by the EEVDF change.")]
    public void AForumsStory_ShouldStay(string title, string text) => Assert.Null(Rules.CheckContent(Post(title, text)));

    [Theory]
    [InlineData("How do I profile Rust code?", "I'm trying to explain this as simply as I can. How do I start? With perf, then flamegraphs.")]
    [InlineData("Can anyone stop the AI bubble?", "Can anyone help the markets now? I tried to answer that in this essay, and I keep getting the same answer.")]
    public void AQuestion_OnABlogOrNewsSite_ShouldStay(string title, string text)
        => Assert.Null(Rules.CheckContent(Post(title, text, "https://blog.example.com/2026/profiling", "https://blog.example.com/feed.xml")));
}
