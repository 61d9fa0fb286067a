using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>An ISO date under a zone's name, with nanoseconds, is a date (held-out review 94, F3).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ZoneNamedIsoDateTests
{
    [Theory]
    [InlineData("2025-03-18 21:04:07.123456789 UTC", "2025-03-18T21:04:07.1234567+00:00")]
    [InlineData("2025-03-18 21:04:07 UTC", "2025-03-18T21:04:07+00:00")]
    [InlineData("2025-03-18 21:04:07.5 CET", "2025-03-18T21:04:07.5+01:00")]
    [InlineData("2025-03-18T21:04:07.123456789Z", "2025-03-18T21:04:07.1234567+00:00")]
    [InlineData("2025-03-18 CET", "2025-03-18T00:00:00+01:00")]
    public void IsoDateWithAZoneName_ShouldBeRead(string text, string expected)
        => Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Fact]
    public void Rfc822Date_ShouldStayAsItWas()
        => Assert.Equal(new DateTimeOffset(2025, 3, 18, 21, 4, 7, TimeSpan.FromHours(-5)), FeedDates.Parse("Tue, 18 Mar 2025 21:04:07 EST"));
}
