using NewsCurator.Model;
using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>
/// A lower-case "news" tag is a template's or a writer's tag, no publisher's News section: a first-person post reacting to a
/// podcast, tagged "podcast", "news", "AI", went out as news (held-out review 107, F7). A capitalised "News" section still
/// files the head's opinion as news.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class TemplateTagSectionTypeTests
{
    private const string Title = "Notes on a Conversation About Shipping Small Models";
    private const string Text = "I listened to this conversation twice on my commute, and I keep coming back to one idea: small models win when the task is narrow.";

    private static string? TypeOf(string guessed, params string[] categories)
        => ContentTypeCues.Apply(new Article { Id = "a", FeedUrl = "f", Title = Title, Text = Text, Categories = categories }, new ArticleScore { Id = "a", ContentType = guessed }).ContentType;

    [Fact]
    public void ALowerCaseNewsTag_ShouldNotMakeAnOpinionNews()
        => Assert.Equal(ContentTypes.Opinion, TypeOf(ContentTypes.Opinion, "podcast", "news", "AI", "LLMs"));

    [Fact]
    public void ACapitalisedNewsSection_ShouldStillMakeAnOpinionNews()
        => Assert.Equal(ContentTypes.News, TypeOf(ContentTypes.Opinion, "News"));
    [Theory]
    [InlineData("news")]
    [InlineData("news", "product-updates")]
    public void ANewsroomsSlugTermsAllInLowerCase_ShouldStillMakeAnOpinionNews(params string[] categories)
        // Code review 50, R8: an Atom feed's categories read as their terms are slugs, in lower case; "news" is its section.
        => Assert.Equal(ContentTypes.News, TypeOf(ContentTypes.Opinion, categories));
}
