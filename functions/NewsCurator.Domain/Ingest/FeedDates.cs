using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// Dates as feeds really write them: RFC 822/1123 with named or numeric zones (and without a
/// weekday or seconds), RFC 3339 / ISO 8601, and dates with no zone at all (taken as UTC).
/// </summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+0000", ["UTC"] = "+0000", ["GMT"] = "+0000", ["Z"] = "+0000",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700",
        ["CET"] = "+0100", ["CEST"] = "+0200", ["MEZ"] = "+0100", ["MESZ"] = "+0200",
        ["BST"] = "+0100", ["IST"] = "+0530", ["JST"] = "+0900", ["AEST"] = "+1000", ["AEDT"] = "+1100",
        ["EET"] = "+0200", ["EEST"] = "+0300", ["MSK"] = "+0300", ["WET"] = "+0000", ["WEST"] = "+0100",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy",
    ];

    [GeneratedRegex(@"^(?:[A-Za-z]{2,9}\.?,?\s*)?(?<rest>\d.*)$")]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"\s(?<zone>[A-Za-z]{1,5})$")]
    private static partial Regex NamedZone();

    [GeneratedRegex(@"\s(?<sign>[+-])(?<hh>\d{2}):?(?<mm>\d{2})$")]
    private static partial Regex NumericZone();

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && (text.Contains('T') || text.Contains('-')) && char.IsDigit(text[0]))
            return iso.ToUniversalTime();

        var m = WeekdayPrefix().Match(text);
        if (m.Success) text = m.Groups["rest"].Value;
        text = Regex.Replace(text, @"\s+", " ").Replace(",", "", StringComparison.Ordinal);

        var zone = NamedZone().Match(text);
        if (zone.Success && ZoneOffsets.TryGetValue(zone.Groups["zone"].Value, out var offset))
            text = text[..zone.Index] + " " + offset;
        else if (zone.Success && zone.Groups["zone"].Value.Length <= 5 && !char.IsDigit(text[^1]))
            text = text[..zone.Index] + " +0000"; // an unknown zone name: better UTC than no date

        var numeric = NumericZone().Match(text);
        if (numeric.Success)
            text = $"{text[..numeric.Index]} {numeric.Groups["sign"].Value}{numeric.Groups["hh"].Value}:{numeric.Groups["mm"].Value}";

        if (DateTimeOffset.TryParseExact(text, Rfc822Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var rfc))
            return rfc.ToUniversalTime();

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any)
            ? any.ToUniversalTime()
            : null;
    }
}
