using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// A one-off call for attention before a headline ("【Important Notice】", "[Important]") goes, though it recurs on too few
/// titles to be a feed's category tag (held-out review 75, F8). A label that says what the item is stays.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class UrgencyLabelTests
{
    private static List<string> Titles(params string[] titles)
        => [.. FeedCategoryTags.StripUrgencyLabels([.. titles.Select((t, i) => new Article { Id = $"i{i}", FeedUrl = "https://dev.example.com/feed", Title = t, Text = "x" })]).Select(a => a.Title)];

    [Fact]
    public void AnUrgencyLabel_ShouldGoFromTheHeadline()
        => Assert.Equal(["Refunds API adds a status for orders on hold", "New Reporting API for store analytics", "Sandbox tokens expire after 90 days"],
            Titles("【Important Notice】Refunds API adds a status for orders on hold", "[Important] New Reporting API for store analytics", "[Attention]: Sandbox tokens expire after 90 days"));

    [Fact]
    public void ALabelThatSaysWhatTheItemIs_OrAShortRest_ShouldStay()
        => Assert.Equal(["[Update] Refunds API adds a status for orders on hold", "[Breaking] Outage in the EU region", "[Important] v2", "Important: read before upgrading"],
            Titles("[Update] Refunds API adds a status for orders on hold", "[Breaking] Outage in the EU region", "[Important] v2", "Important: read before upgrading"));
}
