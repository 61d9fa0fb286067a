using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// Held-out review 116, F1: a Hugo section feed ("Meetups on Huntsville AI") files its items by their address alone
/// ("/meetups/190626_rnn_timeseries_part3/"), with no categories; the head's "release" for a meetup session stood, and the
/// session went out under Products &amp; Releases. An events, meetups or conferences section at the top of the path corrects
/// the head's release as the category does. A recap the head read as news or opinion keeps its type, and a release elsewhere stays one.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EventSectionAddressTypeTests
{
    private const string Session = "This week we will be covering the final part of RNN development to predict stock price information using previous values.";

    private static string? TypeOf(string title, string link, string guessed, string text = Session)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "https://hsv.example/meetups/index.xml", Title = title, Link = link, Text = text },
            new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Theory]
    [InlineData("https://hsv-ai.com/meetups/190626_rnn_timeseries_part3/")]
    [InlineData("https://example.org/events/2026-kubecon-booth/")]
    [InlineData("https://example.org/de/meetups/herbst-treffen/")]
    [InlineData("https://example.org/conferences/rustconf-2026")]
    public void AReleaseUnderAnEventSectionsAddress_ShouldBeAnEvent(string link)
        => Assert.Equal(ContentTypes.Event, TypeOf("Recurrent Neural Networks Part 3", link, ContentTypes.Release));

    [Theory]
    [InlineData("https://example.org/blog/2026/rnn-part-3/")]
    [InlineData("https://example.org/releases/v2-3/")]
    [InlineData("https://example.org/events/")]
    [InlineData("https://example.org/docs/events/handling-clicks/")]
    public void AReleaseElsewhere_ShouldStayARelease(string link)
        => Assert.Equal(ContentTypes.Release, TypeOf("Tilekit 2.3 is out", link, ContentTypes.Release, "Tilekit 2.3 is out with a faster importer and a new tile picker; upgrade with the package manager."));

    [Theory]
    [InlineData(ContentTypes.News)]
    [InlineData(ContentTypes.Opinion)]
    public void ARecapOrAnEssayUnderAnEventSection_ShouldKeepItsType(string type)
        => Assert.Equal(type, TypeOf("What we learned at the spring meetup", "https://example.org/events/spring-recap/", type,
            "Last Thursday forty people came to the spring meetup. In this tutorial, we will rebuild the demo step by step: run `make demo` first."));
}
