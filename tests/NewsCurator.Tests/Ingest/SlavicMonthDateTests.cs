using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Held-out review 112, F10: a planet's generator run under a local locale writes RFC 822 with its own day and month
/// names ("пет, 14 мај 2021 ..."); with no Cyrillic, Polish or Czech month names such a date was read as undated.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SlavicMonthDateTests
{
    [Theory]
    [InlineData("пет, 14 мај 2021 09:15:00 +0000", 5, 14)] // Macedonian / Serbian
    [InlineData("сря, 03 фев 2021 18:02:11 +0300", 2, 3)]  // Bulgarian
    [InlineData("Вт, 07 сен 2021 07:00:00 +0300", 9, 7)]   // Russian
    [InlineData("ср, 12 мая 2021 10:00:00 +0300", 5, 12)]  // Russian, genitive
    [InlineData("пн, 22 лис 2021 08:30:00 +0200", 11, 22)] // Ukrainian
    [InlineData("wt., 09 paź 2021 11:45:00 +0200", 10, 9)] // Polish
    [InlineData("čt, 04 lis 2021 16:20:00 +0100", 11, 4)]  // Czech
    [InlineData("po, 06 pro 2021 16:20:00 +0100", 12, 6)]  // Czech
    [InlineData("1 ноября 2021 12:00:00 +0300", 11, 1)]    // no weekday, a month's whole name
    public void Rfc822DateWithLocalizedNames_ShouldBeRead(string text, int month, int day)
    {
        var date = FeedDates.Parse(text);
        Assert.NotNull(date);
        Assert.Equal((2021, month, day), (date.Value.Year, date.Value.Month, date.Value.Day));
    }

    [Theory]
    [InlineData("Thu, 31 Dec 2020 22:40:28 +0000", 12, 31)]
    [InlineData("Mar, 09 mar 2021 10:00:00 +0100", 3, 9)] // Spanish "Mar" weekday, March
    [InlineData("3 mai 2021 10:00:00 +0200", 5, 3)]
    public void DatesAlreadyRead_ShouldStayTheSame(string text, int month, int day)
    {
        var date = FeedDates.Parse(text);
        Assert.NotNull(date);
        Assert.Equal((month, day), (date.Value.Month, date.Value.Day));
    }

    [Theory]
    [InlineData("čet, 15 lis 2026 10:00:00 +0200", 10, 15)] // Croatian: listopad is October
    [InlineData("sri, 10 lip 2026 09:00:00 +0200", 6, 10)]  // Croatian: lipanj is June
    [InlineData("pet, 17 srp 2026 08:30:00 +0200", 7, 17)]  // Croatian: srpanj is July
    [InlineData("czw, 16 lip 2026 08:30:00 +0200", 7, 16)]  // Polish: lipiec is July
    [InlineData("po, 16 lis 2026 08:30:00 +0100", 11, 16)]  // Czech: listopad is November
    public void AMonthCroatianReadsOtherwise_ShouldBeReadByTheWeekdaysLanguage(string text, int month, int day)
    {
        // Review of session 51, R8: "pet, 15 lis 2026" was read a month late.
        var date = FeedDates.Parse(text);
        Assert.NotNull(date);
        Assert.Equal((2026, month, day), (date.Value.Year, date.Value.Month, date.Value.Day));
    }

    [Theory]
    [InlineData("1 listopada 2026 12:00:00 +0100", 11, 1)]   // Polish: no dot after the day, November
    [InlineData("1. listopada 2026. 12:00:00 +0100", 10, 1)] // Croatian: an ordinal day, October
    [InlineData("12. listopad 2026 08:00:00 +0200", 10, 12)]
    [InlineData("12. Oktober 2026 08:00:00 +0200", 10, 12)]   // German writes the day as an ordinal too
    public void AWholeMonthNameWithoutAWeekday_ShouldBeReadByTheDaysOrdinalDot(string text, int month, int day)
    {
        // Review of session 51, R8's price: "1 listopada 2021" (Polish, no weekday) was left unread.
        var date = FeedDates.Parse(text);
        Assert.NotNull(date);
        Assert.Equal((2026, month, day), (date.Value.Year, date.Value.Month, date.Value.Day));
    }

    [Theory]
    [InlineData("15 lis 2026 10:00:00 +0200")]
    [InlineData("listopada 2026")]
    [InlineData("pon, 16 lis 2026 10:00:00 +0200")] // Monday in Croatian and Polish alike
    public void AnAmbiguousMonthWithoutTheWeekdaysLanguage_ShouldBeLeftUnread(string text)
        => Assert.Null(FeedDates.Parse(text));
}
