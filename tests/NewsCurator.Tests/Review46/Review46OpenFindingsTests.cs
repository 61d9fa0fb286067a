using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Review46;

/// <summary>
/// Code review 46's findings left open last session: everyday AI words read as talk about markup (R5), a quoted function or
/// "UPDATE:" lines read as a walk-through (R6), a name ending in "ing" read as a task's gerund (R7).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Review46OpenFindingsTests
{
    private static string? TypeOf(string title, string text, string type)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = type }).ContentType;

    // R5: "encoder", "named entity", "escaped" and "URLs" are an AI or a security story's words, not talk about markup.
    [Theory]
    [InlineData("AT&amp;T trained the model on 40,000 hours of calls with a transformer encoder.", "AT&T trained")]
    [InlineData("R&amp;D teams tag each named entity in the transcripts before training.", "R&D teams")]
    [InlineData("Two inmates escaped, and AT&amp;T's network logged the calls they made.", "AT&T's network")]
    [InlineData("The crawler follows URLs that Q&amp;A sites link to.", "Q&A sites")]
    public void R5_AnEscapedNameInAStoryWithoutTalkOfMarkup_ShouldReadAsTheAmpersand(string text, string expected)
        => Assert.Contains(expected, EscapedText.InBody(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("Write AT&amp;T in the page: an HTML entity starts with the ampersand.")]
    [InlineData("Percent-encoding turns AT&amp;T into AT%26T in a link.")]
    public void R5_TalkOfMarkup_ShouldKeepTheCodeAsWritten(string text)
        => Assert.Equal(text, EscapedText.InBody(text));

    // R6: a quoted function of four lines is no session, nor are a revised post's "UPDATE:" lines.
    [Theory]
    [InlineData("I think Rust's ownership rules are worth their cost, and here is the smallest program that shows why.\nfn main() {\n    let x = 5;\n    println!(\"{x}\");\n}\nIn my view the borrow checker is a teacher, not a gatekeeper.")]
    [InlineData("I think the acquisition is a mistake.\nUPDATE: The company replied.\nUPDATE (Dec 7): A second statement came.\nUPDATE 2: Regulators weighed in.\nUPDATE 3: The deal closed.\nMy view has not changed.")]
    public void R6_AnEssayWithoutASession_StaysOpinion(string text)
        => Assert.Equal(ContentTypes.Opinion, TypeOf("Why the borrow checker is right", text, ContentTypes.Opinion));

    [Fact]
    public void R6_SqlStatementsAndCode_AreAWalkThrough()
        => Assert.Equal(ContentTypes.Tutorial, TypeOf("Backfilling a column", "I think this is the safest way I know.\nBEGIN;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;\n"
            + "ALTER TABLE users ALTER COLUMN plan SET NOT NULL;\nCOMMIT;\nIt ran in a minute on our largest table.", ContentTypes.Opinion));

    // R7: a name ending in "ing" at a headline's start is no task's gerund; the text writes it as a name.
    [Theory]
    [InlineData("Boeing partners with Palantir on factory analytics", "Boeing said on Monday that the deal covers three plants. The company did not give a price.")]
    [InlineData("Beijing clashes with Washington over chip exports", "Officials in Beijing said the rules would hurt trade. Washington said they protect security.")]
    [InlineData("Bing ships with GPT-5 answers in search", "Microsoft said the change reaches every market this month.")]
    public void R7_ANewsHeadlineOpeningOnAName_IsNoTutorial(string title, string text)
        => Assert.Equal(ContentTypes.Other, TypeOf(title, text, ContentTypes.Tutorial));

    [Theory]
    [InlineData("Tracking leftover packages with pacman", "Over the years a system gathers packages nobody asked for. Tracking them is easier than it looks.")]
    [InlineData("Scaling Postgres using read replicas", "Read replicas take the reporting load off the primary. We moved three dashboards in a week.")]
    public void R7_ATasksGerund_StaysATutorial(string title, string text)
        => Assert.Equal(ContentTypes.Tutorial, TypeOf(title, text, ContentTypes.Tutorial));
}
