using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A community's or a project's job posting words its application and terms otherwise than a job board: "begin your application
/// process", "applicants must be okay with providing their CV", "5-10 hours a week", "not a paid position" (held-out review 83,
/// F1: a volunteer infrastructure role chosen at rank 6). A news story quoting a hiring process without a way to apply stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class JobPostingTermsTests
{
    [Fact]
    public void ACommunityPosting_WithItsOwnWording_ShouldBeAPosting()
    {
        const string text = "Hello everyone!\nExample.Social is looking for new engineers to help run our growing instance. Volunteers will help our " +
                            "operations team with monitoring and upgrades.\nWhile this is a volunteer role, we ask that you can give 4-6 hours per week.\n" +
                            "Applicants should be comfortable providing their resume and joining a video interview.\n" +
                            "To find out more and start your application, follow the link. This is an unpaid position.";
        Assert.NotNull(JobPosting.Why("Example.Social Site Reliability Engineer", text));
    }

    [Fact]
    public void ANewsStory_QuotingAHiringProcess_ShouldStay()
    {
        const string text = "The retailer's engineers now sit a two-hour video interview before an offer, the company said. Applicants must also " +
                            "complete a coding test, which critics say favours those with free evenings. The change follows a year of layoffs.";
        Assert.Null(JobPosting.Why("Retailer's engineers face longer hiring process", text));
    }
}
