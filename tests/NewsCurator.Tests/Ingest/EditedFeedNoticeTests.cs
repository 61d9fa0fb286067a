using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A feed's notice its publisher edited over the years ("In these posts, we will give ..." became "we give ...") is one notice:
/// matched word for word it was emptied from a newsletter's 29 newest issues and kept, and printed as their summary, in its 8
/// older ones (held-out review 119, F1). Every variant is emptied, so the series is judged alike as the titles it is; texts of
/// their own (a story that opens on the notice and goes on, a template's items with their subjects swapped) stay.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class EditedFeedNoticeTests
{
    private const string Notice = "Welcome to a new issue of \"This Month in X\". In these posts, we give a regular overview of notable changes in the X ecosystem.";
    private const string Edited = "Welcome to a new issue of \"This Month in X\". In these posts, we will give a regular overview of notable changes in the X ecosystem.";

    private static readonly string[] Months = ["May", "June", "July", "August", "September", "October", "November", "December"];

    private static List<Article> Feed(params string[] texts)
        => texts.Select((t, i) => new Article
        {
            Id = $"id{i}", FeedUrl = "https://os.example.org/rss.xml", Title = $"This Month in X ({Months[i]} 2020)", Link = $"https://os.example.org/this-month/{i}/", Text = t,
        }).ToList();

    [Fact]
    public void ANoticeAndItsEditedVariant_ShouldBothBeEmptied()
    {
        // The finding's probe: four "we give", two "we will give".
        var stripped = FeedBoilerplate.Strip(Feed(Notice, Notice, Notice, Notice, Edited, Edited), out var notice);

        Assert.All(stripped, a => Assert.Equal("", a.Text));
        Assert.Equal(6, notice?.Items);
    }

    [Fact]
    public void ANoticeSplitEvenlyByAnEdit_ShouldStillBeTheFeedsNotice()
    {
        var stripped = FeedBoilerplate.Strip(Feed(Notice, Notice, Notice, Edited, Edited, Edited));

        Assert.All(stripped, a => Assert.Equal("", a.Text));
    }

    [Fact]
    public void AnIssueThatGoesOnAfterTheNotice_ShouldKeepItsText()
    {
        const string own = Notice + " This month the bootloader crate gained UEFI support, the allocator a slab cache, and the book a chapter on paging. "
            + "We also welcome two new maintainers to the x86_64 crate.";
        var stripped = FeedBoilerplate.Strip(Feed(Notice, Notice, Notice, Edited, own));

        Assert.Equal(["", "", "", ""], stripped.Take(4).Select(a => a.Text));
        Assert.Contains("UEFI support", stripped[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseNotesOfOneTemplate_WithTheirSubjectsSwapped_ShouldStay()
    {
        // A release feed's one-line texts differ in the version and what it fixes: each is the item's own word.
        var feed = Feed(
            "Version 2.4.1 of the parser fixes a crash on empty input files.",
            "Version 2.4.2 of the parser fixes a leak when reading large archives.",
            "Version 2.5.0 of the parser adds a streaming reader for large files.",
            "Version 2.5.1 of the parser fixes the Windows path handling regression.");

        Assert.Equal(feed.Select(a => a.Text), FeedBoilerplate.Strip(feed).Select(a => a.Text));
    }

    [Fact]
    public void ATemplatesTextsWithOneWordSwapped_ShouldStay()
    {
        // Code review 52, R2: a podcast's descriptions name each guest in one template; no text is repeated word for word.
        var feed = Feed([.. new[] { "Alice", "Bob", "Carol", "Dmitri", "Erin" }.Select(guest =>
            $"In this episode of the Systems Hour podcast we sit down with {guest} to talk about how their team designs, builds and operates reliable distributed databases in production.")]);

        Assert.Equal(feed.Select(a => a.Text), FeedBoilerplate.Strip(feed).Select(a => a.Text));
    }

    [Fact]
    public void ANewsFeedsDistinctStories_ShouldKeepTheirTexts()
    {
        var feed = Feed(
            "The city council approved the new tram line after a two-year consultation with residents and businesses along the route.",
            "Researchers released an open model for protein folding that runs on a single graphics card and matches larger systems.",
            "The central bank held its rate steady and signalled that cuts may come later in the year if inflation keeps easing.",
            "A ransomware attack on a hospital group forced it to divert ambulances for two days while systems were restored.");

        Assert.Equal(feed.Select(a => a.Text), FeedBoilerplate.Strip(feed).Select(a => a.Text));
    }

    [Fact]
    public void AGermanFeedsEditedNotice_ShouldBeEmptiedToo()
    {
        const string notice = "Willkommen zu einer neuen Ausgabe unseres Monatsberichts. Hier geben wir einen Überblick über die wichtigsten Änderungen im Projekt.";
        const string edited = "Willkommen zu einer neuen Ausgabe unseres Monatsberichts. Hier geben wir Ihnen einen Überblick über die wichtigsten Änderungen im Projekt.";

        Assert.All(FeedBoilerplate.Strip(Feed(notice, notice, notice, edited)), a => Assert.Equal("", a.Text));
    }
}
