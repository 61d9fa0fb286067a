using NewsCurator.Filter;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// An academic job board's calls for applications (held-out review 102, F1): a position and its deadline in the title
/// ("(apply by ...)"), over a paragraph on the project and a contact block. They are postings, whoever posts them; a story
/// about hiring, a grant's call and a paper's deadline are not.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class AcademicCallForApplicationsTests
{
    private const string Project =
        "The project studies streaming algorithms for graphs that change over time, and how far sketches can replace the full graph. "
        + "Website: https://jobs.example.edu/positions/4411 Email: hiring-committee@cs.example.edu";

    [Theory]
    [InlineData("Doctoral student at Northern Technical University (apply by April 2, 2024)")]
    [InlineData("PhD position at the Institute of Science (apply by 15 May 2024)")]
    [InlineData("Postdoc in quantum complexity at Lakeside University (apply by January 31, 2025)")]
    [InlineData("Tenure-track faculty in theoretical computer science, deadline: 1 December 2024")]
    public void ATitleWithAPositionAndItsDeadline_ShouldBeAPosting(string title)
        => Assert.NotNull(JobPosting.Why(title, Project));

    [Fact]
    public void APostdocCallWithWhatToSendAndAContactBlock_ShouldBeAPosting()
        => Assert.NotNull(JobPosting.Why("Postdoctoral researcher in learning theory at Hillside University",
            "We invite applications for a postdoctoral position in learning theory and privacy. Applicants should have a strong mathematical "
            + "background. Please have your CV, a research statement, and three letters of recommendation sent to the host. "
            + "Website: https://www.cs.hillside.example/~host Email: host@hillside.example"));

    [Theory]
    [InlineData("Apply by March 1 for the new national AI institutes grants")]
    [InlineData("Workshop on graph algorithms (submit by March 13, 2024)")]
    [InlineData("Meta is hiring 500 AI researchers as the race for talent heats up")]
    [InlineData("Universities cut PhD positions as funding deadline looms on March 31")]
    [InlineData("Swift Student Challenge applications open: apply by February 23")]
    [InlineData("Call for papers: Student Research Workshop on language models (deadline: May 15)")]
    [InlineData("Agency cuts graduate fellowships; deadline: Oct 21 for remaining students")]
    public void ANewsTitleOrACallForPapers_ShouldNotBeAPosting(string title)
        => Assert.Null(JobPosting.Why(title,
            "The announcement came on Tuesday, and the sector reacted quickly. Officials said more details would follow next week, "
            + "and several universities have already published their plans online."));
}
