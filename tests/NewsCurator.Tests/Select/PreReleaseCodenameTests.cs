using NewsCurator.Select;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Select;

/// <summary>
/// Two numbered test builds whose names part after a shared prefix are one product's only where the parts are codenames
/// (words, no version) on two channels ("Android Studio Flamingo Canary 9", "Android Studio Electric Eel RC1"): a platform's
/// products at one stage ("Azure AI Foundry Preview 2", "Azure AI Search Preview 3") or a name that parts on a version
/// ("Visual Studio 2022 17.14 Preview 3", "Visual Studio Code Insiders 2") are two (hostile-input audit 50, H10).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PreReleaseCodenameTests
{
    [Theory]
    [InlineData("Google Cloud Run Preview 2 now available", "Google Cloud SQL Preview 4 now available")]
    [InlineData("Windows App SDK 1.7 Preview 2", "Windows App Runtime Preview 1")]
    public void TwoProductsOfOnePlatform_WithNumberedBuilds_ShouldBeNoOneSeries(string title, string other)
        => Assert.Null(Selector.PreReleaseSeries(title, other));

    [Theory]
    [InlineData("Android Studio Hedgehog Canary 2 now available", "Android Studio Giraffe Beta 3 now available", "Android Studio")]
    [InlineData("Android Studio Ladybug Canary 4 now available", "Android Studio Koala RC 1 now available", "Android Studio")]
    public void OneProductsCodenames_OnTwoChannels_ShouldStayOneSeries(string title, string other, string product)
        => Assert.Equal(product, Selector.PreReleaseSeries(title, other));
}
