using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A blog's own announcement of its openings, in prose: a title with no hiring label ("Come work with us in ..."), a text that
/// opens "We're hiring!", names the roles and asks in sentences ("we will begin reviewing applications", "the positions will
/// remain open until filled") with no responsibilities or salary section. One was printed as a story (held-out review 107, F1).
/// News of a company's hiring and an engineering post that ends on "We're hiring!" stay stories.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ProseHiringAnnouncementTests
{
    private const string Announcement = "We're hiring!\nOur open source team helps people learn our libraries through documentation, talks and a friendly community. "
        + "To grow, we are hiring for two roles in education:\n• Developer Educator - plotting packages\nThis role writes tutorials and improves reference docs.\n"
        + "• Community Advocate - notebooks\nThis role connects with users at meetups and on the forum. We especially encourage people who speak Portuguese to apply. "
        + "See the postings for details and share widely. We will begin reviewing applications on March 3rd and the positions will remain open until filled.";

    [Fact]
    public void ABlogsProseAnnouncementOfItsOpenings_ShouldBeAPosting()
        => Assert.NotNull(JobPosting.Why("Help us teach the plotting stack", Announcement));

    [Fact]
    public void ATitleInvitingReadersToWorkWithUs_OverACallToApply_ShouldBeAPosting()
        => Assert.NotNull(JobPosting.Why("Come work with us on the compiler team",
            "Our compiler team is growing and we want people who enjoy parsers and code generation. The work is remote-friendly and the team "
            + "meets twice a year. Applications are encouraged from anyone who has shipped a language tool, whatever their background."));

    [Theory]
    [InlineData("OpenAI is hiring hundreds of engineers for its devices team",
        "OpenAI is hiring hundreds of engineers as it builds a devices business, according to people familiar with the plans. The company has "
        + "posted roles in hardware and firmware, and recruiters have approached staff at Apple. Applications are encouraged, one recruiter told candidates.")]
    [InlineData("How we cut our build times in half",
        "Our monorepo's builds took forty minutes at peak. We moved the test shards onto a remote cache, split the slowest developer targets and "
        + "profiled the linker. Builds now finish in eighteen minutes. We're hiring! If you enjoy this kind of work, the roles will remain open until filled.")]
    [InlineData("Applying patches with git am",
        "To apply a patch series, save the emails and run git am. We encourage reviewers to apply the series locally before they comment, since a "
        + "developer's local branch often differs from the one the patch was written against.")]
    public void NewsAboutHiringAndStoriesEndingOnACall_ShouldNotBePostings(string title, string text)
        => Assert.Null(JobPosting.Why(title, text));
    [Fact]
    public void ANewsRoundUpUnderAHiringBanner_ShouldNotBeAPosting()
    {
        // Code review 50, R5: the publisher's one-line banner tops every post; the post is a week's news.
        var news = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"Item {i}: the scheduler project froze its code for the next minor release, and maintainers asked contributors to file the last "
            + "feature gates this week. Two sandbox projects moved to incubation after their security audits, and the service mesh's sidecar-free mode reached beta. "));
        Assert.Null(JobPosting.Why("Cloud Weekly: scheduler code freeze, two incubations, sidecar-free mesh",
            "We're hiring! Our platform team is looking for a senior site reliability engineer to run our build farm; apply here: https://jobs.example.com/sre\n"
            + news));
    }
}
