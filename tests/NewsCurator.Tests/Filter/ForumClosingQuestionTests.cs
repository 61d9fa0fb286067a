using NewsCurator.Configuration;
using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A member's request for help that tells its setup first and asks at the end ("I have two questions: ...", "Thanks much for
/// any thoughts"), under a flair asking for opinions, or under a title that asks for "the best way to" without "?" (held-out
/// review 83, F2: three such posts led an issue). A member's write-up that ends by asking its readers "Thoughts?" stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ForumClosingQuestionTests
{
    private static readonly ContentRules Rules = new(new ContentConfig { MinLength = 0 }, new AdsConfig(), DateTimeOffset.UnixEpoch);

    private static Article Post(string title, string text)
        => new() { Id = "x", FeedUrl = "https://www.reddit.com/r/selfhosted/.rss", Title = title, Link = "https://www.reddit.com/r/selfhosted/comments/abc123/a_post/", Language = "en", Text = text };

    private const string Setup = "At work we run our databases on a pair of storage arrays attached over Fibre Channel to the hypervisor hosts.\n" +
                                 "Our container cluster runs on virtual machines from the same hosts and serves the stateless services well.\n" +
                                 "Moving the stateful services over, we found the vendor's volume driver does not support this attachment mode.\n" +
                                 "Another vendor's driver supports it, but only for that vendor's own arrays, as far as the documentation says.\n" +
                                 "So far we settled on the hypervisor's own storage plugin, which seems to want its own kind of datastore.\n";

    [Theory]
    // Questions listed at the end, under a title that asks.
    [InlineData("How to give the cluster volumes from our storage arrays?", Setup + "I have two questions now:\n• Is there a driver for this attachment mode at all?\n• Can the storage plugin use plain datastores?")]
    // A flair asking for opinions, and the question asked last with a thanks.
    [InlineData("[Request for advice] : memory requests in the cluster", "Wanted some advice on memory requests in the cluster.\n" + Setup + "My question is :\n• Will the pods be evicted first?\nThanks much for any thoughts in advance.")]
    // A title that asks for the way without "?", a closing question.
    [InlineData("Best way to run a cluster on one small server for testing", "My plan:\nLocal: a laptop\nTest: one rented server\n" + Setup + "There are so many installers and idk which is the way. Installer A? Installer B?")]
    public void ARequestAskedLate_OnAForum_ShouldBeDropped(string title, string text)
        => Assert.Equal("help_request", Rules.CheckContent(Post(title, text))?.Rule);

    [Theory]
    // A member's write-up under a question title that ends by asking its readers.
    [InlineData("Is it worth running your own mail server in 2024?", Setup + "In the end the setup has run for a year without a single lost message.\nThoughts?")]
    // A guide under a "best way" title that asks nothing.
    [InlineData("Best way to run a cluster on one small server: a walkthrough", Setup + "The steps below set it up in ten minutes.\nThe scripts are in the repository linked below.")]
    public void AWriteUp_ThatAsksItsReadersOrNothing_ShouldStay(string title, string text)
        => Assert.Null(Rules.CheckContent(Post(title, text)));
}
