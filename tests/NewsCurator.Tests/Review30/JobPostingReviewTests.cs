using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review30;

/// <summary>
/// Review of session 30, R7: PostingPage takes every page of an applicant-tracking vendor's domain for an application form,
/// their blogs, reports and newsrooms included, and any page of a jobs./careers. host, the engineering blogs that
/// companies host there included. FAILS on the reviewed code.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class JobPostingReviewTests
{
    [Theory]
    [InlineData("https://www.greenhouse.io/blog/greenhouse-ai-hiring-report-2026")]
    [InlineData("https://www.workable.com/blog/workable-acquires-an-ai-interview-startup")]
    [InlineData("https://www.smartrecruiters.com/news/smartrecruiters-joins-sap/")]
    // Engineering blogs that live on a careers host (DoorDash's, Wolt's, Zalando's former one).
    [InlineData("https://careers.doordash.com/blog/how-doordash-scaled-its-kafka-fleet/")]
    [InlineData("https://careers.wolt.com/en/blog/tech/how-we-run-postgres-at-wolt")]
    [InlineData("https://jobs.zalando.com/en/tech/blog/migrating-to-kubernetes")]
    public void R7_AVendorsOrACareerSitesArticle_ShouldNotBeAJobPosting(string link)
        => Assert.Null(JobPosting.Why("Greenhouse report: AI screening doubles applications per role", "A survey of 4,000 recruiters finds applications per opening doubled in a year.", link));
}
