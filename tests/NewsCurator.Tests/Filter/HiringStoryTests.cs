using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A story about hiring tells of interviews and hours a week as a posting lists them (hostile-input audit 53, H7): those count
/// toward a posting only beside one of a posting's own sections (the terms, the pay, an unpaid or volunteer role).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class HiringStoryTests
{
    [Fact]
    public void ACareerEssayAboutInterviews_ShouldNotBeAPosting()
        => Assert.Null(JobPosting.Why("How I prepared for Staff Data Scientist loops",
            "After you start the application, the first step is a phone interview with a recruiter. I set aside 8 hours per week for a month. "
            + "The job interview itself was mostly about past projects, and I share my notes here."));

    [Fact]
    public void AVolunteerPostingWithInterviews_ShouldStillBeAPosting()
        => Assert.NotNull(JobPosting.Why("Site Reliability Engineer (volunteer) for our instance",
            "Our instance needs a moderator. This is a volunteer role of about 3 hours a week, with a short video interview. "
            + "Start your application with the form on our site."));
}
