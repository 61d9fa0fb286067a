using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A forum's or an aggregator's self-post whose title is a question put to its members ("Which features of Linux kernel
/// 7.3 are you most hyped to try out?", r/linuxmint) is a discussion thread, not a story, like a request for help
/// (held-out review 72, F3). A headline that asks a question of no one ("Is AI a bubble?"), a member's link to another
/// site's story and a blog's question to its readers stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class DiscussionPromptTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private const string Feed = "https://www.reddit.com/search.rss?q=linux+kernel";

    private static Article Post(string title, string text, string link = "https://www.reddit.com/r/linuxmint/comments/1vu31ai/which_features/", string feed = Feed)
        => new() { Id = "x", FeedUrl = feed, Title = title, Link = link, Language = "en", Text = text };

    [Theory]
    // reddit-search-linux-2026.atom, as the feed has it (held-out review 72, F3).
    [InlineData("Which features of Linux kernel 7.3 are you most hyped to try out?", "Linux kernel 7.3 is coming.\nThings won't feel laggy anymore.")]
    [InlineData("What's your favourite local model for coding right now?", "I have been using Qwen for a month and wonder what others run.")]
    [InlineData("Do you still run Gentoo on your daily driver?", "Curious how many of us are left.")]
    public void AQuestionToTheMembers_InASelfPost_ShouldBeDropped(string title, string text)
        => Assert.Equal("discussion_prompt", Rules.CheckContent(Post(title, text))?.Rule);

    [Theory]
    // A headline that asks of no one.
    [InlineData("Is AI a bubble?", "Investors poured $200 billion into AI startups this year while revenue grew a tenth as fast.", "https://www.reddit.com/r/technology/comments/1abc/is_ai_a_bubble/", Feed)]
    // A member's link to another site's story.
    [InlineData("Are you ready for Linux 7.3? Here is what changes", "The merge window closed with the new scheduler.", "https://lwn.net/Articles/1000000/", Feed)]
    // A blog's question to its readers.
    [InlineData("Do you really need a GPU for local LLMs?", "We benchmarked eight laptops running Llama 3 8B on their CPUs alone.", "https://blog.example.com/gpu", "https://blog.example.com/feed.xml")]
    public void AHeadlinesQuestion_ALinkPost_OrABlogsQuestion_ShouldStay(string title, string text, string link, string feed)
        => Assert.Null(Rules.CheckContent(Post(title, text, link, feed)));
}
