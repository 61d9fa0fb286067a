using NewsCurator.Enhance;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// Held-out review 105, F3: a release's summary printed a how-to step behind a purpose clause ("To specify the new
/// location, go to the app's settings ..."), which hid the order from the call-to-action test. An order to work the
/// screen after "To ...," or "If you want to ...," is a step; a purpose clause before a statement stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class PurposeClauseStepTests
{
    [Theory]
    [InlineData("To change the cache folder, go to the Launcher settings (choose Settings under the gear icon), scroll down to the Storage section, and edit the path field.")]
    [InlineData("To save the file, press Ctrl+S and pick a folder from the list.")]
    [InlineData("If you want to keep the old layout, click the View menu and pick Classic from the list of layouts.")]
    public void AStepBehindItsPurpose_ShouldBeACallToAction(string sentence)
        => Assert.True(Summarizer.IsCallToAction(sentence));

    [Theory]
    [InlineData("To run it on Windows, Microsoft ships a separate installer that bundles the runtime.")]
    [InlineData("To date, select customers have used the beta in production for several months.")]
    [InlineData("To keep up with demand, the company opened two new data centers in Ohio.")]
    [InlineData("To the surprise of many, press coverage of the launch focused on the price rather than the chip.")]
    [InlineData("To many observers, press freedom groups were slow to respond to the new surveillance rules.")]
    public void APurposeBeforeAStatement_ShouldStayTheStorys(string sentence)
        => Assert.False(Summarizer.IsCallToAction(sentence));
}
