using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit53;

/// <summary>
/// Hostile-input audit 53: <c>JobPosting.Why</c>'s cues session 44 added ("complete the application", "applicants must",
/// "phone/video/job interview", "N hours a week", "paid position") are what a story about hiring says too: a career post
/// whose title names a role, telling how its author went through interviews, reads as a job posting.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit53FilterTests
{
    [Fact]
    public void AnEssayAboutInterviewingForARole_ShouldNotBeAJobPosting()
        => Assert.Null(JobPosting.Why("What I learned from forty Senior Software Engineer interviews",
            "Last year I went through forty interview loops. Once you complete the application, a recruiter books a phone interview within a week. "
            + "The video interview that follows is where most candidates stumble: I spent 10 hours a week on practice problems and it still was not enough. "
            + "Here is what I would tell anyone preparing for the same loops, and what the companies could do better."));
}
