using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 84, F5: tutorial summaries and previews quoted the author's framing of the post ("let's touch on ...",
/// "You should now be able to ...", "Here goes my 1st Medium article.") rather than what it teaches.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AuthorsFramingTests
{
    [Theory]
    [InlineData("To understand channels, let's touch on the interface they implement, Sender.", true)]
    [InlineData("First, let's go over why the borrow checker complains here.", true)]
    [InlineData("So you came to the right place, I will share with you everything you need to know about dark mode on Android.", true)]
    [InlineData("You should now be able to go and use channels in your own apps.", true)]
    [InlineData("This is my first blog post, so be gentle.", true)]
    [InlineData("Forgive the messy code, it has been years since I wrote Ruby.", true)]
    // Not framing: a release note's change, a sentence on a first release, a sentence with the content.
    [InlineData("You should now be able to sign in with passkeys on every device.", false)]
    [InlineData("The first release of the library shipped in 2019.", false)]
    [InlineData("Channels let one task send values to another without sharing memory.", false)]
    public void TheAuthorsFramingOfThePost_ShouldBeKnown(string sentence, bool framing)
        => Assert.Equal(framing, Summarizer.IsAuthorsFraming(sentence));

    [Fact]
    public void ThePreview_ShouldNotOpenOnAnAsideAboutThePost()
    {
        var preview = Lede.Preview("Picking a colour from the screen in SwiftUI",
            "Here goes my first blog post.\nAppKit's NSColorSampler shows a magnifier and returns the colour under the cursor, without asking for screen recording permission.", 200);
        Assert.StartsWith("AppKit's NSColorSampler", preview, StringComparison.Ordinal);
    }

    }
