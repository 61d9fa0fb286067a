using NewsCurator.Filter;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Filter;

/// <summary>
/// A vendor's offer of its own courses at no cost, closed by a call to learn more about its offer, is a sign of an ad; news of
/// a free model or tool is not (held-out review 112, F7).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class VendorFreeOfferSignTests
{
    private static Article Item(string title, string text)
        => new() { Id = "a", FeedUrl = "https://planet.example.org/rss", Title = title, Text = text, Link = "https://vendor.example.com/blog/free-classes" };

    [Fact]
    public void AVendorsFreeClasses_ClosedByACallToLearnMore_ShouldShowASign()
    {
        var text = "Acme Education is offering a series of free introductory training courses for developers and operators this spring. "
                   + "Each class runs for a day, online, with labs on deploying and scaling applications, and there is no financial cost to attend. "
                   + "Seats are limited in each session. Learn more about Acme's Education and Training Courses.";

        Assert.NotNull(ContentRules.AdSignIn(Item("Acme: 5 Free Technical Classes From Acme Education", text)));
    }

    [Fact]
    public void NewsOfAFreeModelRelease_ShouldShowNoSign()
    {
        var text = "The lab released the weights of its new 8-billion-parameter model on Tuesday, free of charge for research and commercial use. "
                   + "Benchmarks published with the release show it matching larger models on coding tasks. Learn more about the model card on the project's site.";

        Assert.Null(ContentRules.AdSignIn(Item("Lab releases a free 8B open-weights model", text)));
    }

    [Fact]
    public void AVendorsReleaseNews_IncludedAtNoAdditionalCost_ShouldShowNoSign()
    {
        // A feature "included at no additional cost" and a close "Learn more about Acme's plans" are a release's news, not an
        // offer of the vendor's teaching or trial goods (review of session 51, R9).
        var text = "Automated pull request summaries are now included at no additional cost for all Team users, starting today. The summaries "
                   + "read the diff and the linked issue and post a short description when the request opens. Learn more about Acme's plans.";

        Assert.Null(ContentRules.AdSignIn(Item("Pull request summaries now included for all Team users", text)));
    }
}
