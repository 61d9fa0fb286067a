using NewsCurator.Enhance;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 84, F5: a short tutorial's summary kept the author's framing ("To understand X, let's touch on ...",
/// "You should now be able to ... in your own projects") next to the sentence it followed, so what the post teaches was left out.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TutorialFramingTests
{
    private static string Summary(string title, string text)
    {
        var article = new Article { Id = "a", FeedUrl = "f", Title = title, Text = text };
        return Summarizer.Summarize(article, Lede.Preview(title, text, 200), 3, episode: false).Text;
    }

    private const string Definition = "A Channel is a queue that lets one coroutine hand values to another without sharing mutable state.";
    private const string Interfaces = "SendChannel declares send and close, while ReceiveChannel declares receive and lets a consumer iterate over the values.";

    [Fact]
    public void TheSummary_ShouldLeaveTheFramingOut()
    {
        // Three sentences: the framing came right after the definition it "leaned" on, and nothing outweighed it.
        var summary = Summary("Kotlin Channels Explained",
            Definition + "\nTo understand Channel, let's touch on the interface it implements, SendChannel.\n" + Interfaces);
        Assert.DoesNotContain("let's touch on", summary, StringComparison.Ordinal);
        Assert.Contains("SendChannel declares send", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummary_ShouldLeaveTheTutorialsWrapUpOut()
    {
        var summary = Summary("Kotlin Channels Explained", Definition + "\n" + Interfaces + "\nYou should now be able to go and use channels in your own projects.");
        Assert.DoesNotContain("You should now be able", summary, StringComparison.Ordinal);
        Assert.StartsWith("A Channel is a queue", summary, StringComparison.Ordinal);
    }

    // What must not change: a release note's "You should now be able to ..." says what changed, and may stay.
    [Fact]
    public void AReleaseNotesChange_ShouldStay()
    {
        var summary = Summary("Passkeys for every account",
            "Passkeys now work for every account on the service, not just the ones created after March.\n" +
            "You should now be able to sign in with a passkey on your phone, laptop and tablet alike.");
        Assert.Contains("You should now be able to sign in with a passkey", summary, StringComparison.Ordinal);
    }
}
