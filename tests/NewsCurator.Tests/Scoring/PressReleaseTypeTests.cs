using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A company's press release is no opinion: a strategy release's "we have never been better positioned" read as opinion to
/// the type head (held-out review 109, F6). A columnist's essay that opens with no release's dateline stays opinion.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PressReleaseTypeTests
{
    private static string? TypeOf(string title, string text, string guessed)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = title, Text = text }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Fact]
    public void APressRelease_TypedOpinion_ShouldBeNews()
        => Assert.Equal(ContentTypes.News, TypeOf("Acme Sets Out Its Plan to Lead the Edge Compute Market",
            "AUSTIN, Texas, March 3, 2026 /PRNewswire/ -- Acme (NASDAQ: ACME) today announced its five-year strategy. \"We have never been better positioned,\" said its chief executive.",
            ContentTypes.Opinion));

    [Fact]
    public void AnEssay_WithoutADateline_ShouldStayOpinion()
        => Assert.Equal(ContentTypes.Opinion, TypeOf("Why the Edge Compute Market Is Overhyped",
            "Every chip maker now says it will lead the edge. I think most of them are wrong, and here is why.", ContentTypes.Opinion));
}
