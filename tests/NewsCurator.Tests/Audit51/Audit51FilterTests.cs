using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Audit51;

/// <summary>
/// Hostile-input audit 51: session 42's Filter rules. A writer's name cut or kept by a word list
/// (<c>TrailingByline.NamesAPerson</c>).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class Audit51FilterTests
{
    [Theory]
    [InlineData("By Nguyen Thanh An")]
    [InlineData("By Li An")]
    [InlineData("— Tran Van An")]
    public void AWritersByline_WithAGivenNameOfTheStopList_ShouldBeCut(string byline)
    {
        const string body = "The ministry said the new data centre in Hanoi would open next year, with 40 MW of capacity for AI training.";
        Assert.Equal(body, TrailingByline.Without(body + "\n" + byline));
    }
}
