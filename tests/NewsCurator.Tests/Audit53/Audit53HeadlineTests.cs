using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit53;

/// <summary>
/// Hostile-input audit 53: headlines session 44 makes. <c>ArticleNormalizer.OpeningAsHeadline</c> takes a title-less post's
/// first LINE of 4-16 words with no stop as its headline when the next line opens in capitals: a hard-wrapped text (a
/// mailing list's 72 columns, a plain-text post) whose next line opens on a name is cut mid-clause.
/// <c>TitleText.WithoutClosingAddress</c> drops the address after any finished sentence, a question included, where the
/// address is what the question asks about. <c>OpeningByline</c> takes "By Monday" for an author line.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit53HeadlineTests
{
    [Fact]
    public void AHardWrappedFirstLine_ShouldNotBeCutMidClauseAsTheHeadline()
    {
        var headline = ArticleNormalizer.OpeningAsHeadline(
            "The Apache Software Foundation is pleased to announce the release of\nApache Kafka 4.0.0, the first release without ZooKeeper.\n\nDetails follow.");
        Assert.DoesNotMatch(@"release of$", headline);
    }

    [Fact]
    public void AQuestionAboutAnAddress_ShouldKeepTheAddress()
        => Assert.Contains("login-micros0ft", TitleText.Read("Is this a phishing page? https://login-micros0ft.example/", TitleKind.Text), StringComparison.Ordinal);

    [Fact]
    public void ADeadlineLine_ShouldNotBeTakenForAnAuthorLine()
        => Assert.StartsWith("By Friday", OpeningByline.Without("By Friday\nAll API keys issued before March must be rotated."), StringComparison.Ordinal);
}
