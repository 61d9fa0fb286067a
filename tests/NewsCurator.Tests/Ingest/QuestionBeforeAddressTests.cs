using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A bridged post's title that asks a question and then gives its link loses the link, as after a full stop; only a question
/// about the address keeps it (code review 45, R2).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class QuestionBeforeAddressTests
{
    [Theory]
    [InlineData("Have you tried the new agent mode in the editor yet? https://t.co/Qw81bcDeXy", "Have you tried the new agent mode in the editor yet?")]
    [InlineData("Ready to move your cluster to the new gateway API? https://buff.ly/3xYzAbc", "Ready to move your cluster to the new gateway API?")]
    public void AQuestionBeforeTheLink_ShouldLoseTheAddress(string title, string expected)
        => Assert.Equal(expected, TitleText.Read(title, TitleKind.Text));

    [Theory]
    [InlineData("Is this login page legit? https://secure-bank-check.example/", "secure-bank-check.example")]
    [InlineData("Anyone else getting a warning on this site? https://mirror.example.org/", "mirror.example.org")]
    public void AQuestionAboutTheAddress_ShouldKeepIt(string title, string kept)
        => Assert.Contains(kept, TitleText.Read(title, TitleKind.Text), StringComparison.Ordinal);
}
