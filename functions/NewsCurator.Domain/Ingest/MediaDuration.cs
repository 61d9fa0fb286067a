using System.Globalization;

namespace NewsCurator.Ingest;

/// <summary>
/// How long an episode plays, as its feed states it: itunes:duration ("300", "5:00", "1:02:03", "00:05:00.250"),
/// Media RSS's duration attribute, JSON Feed's duration_in_seconds. A podcast's notes say nothing of its length, so
/// without it the newsletter could only print "listen or watch" (thirty-third held-out review, F9).
/// </summary>
public static class MediaDuration
{
    /// <summary>Longer is no episode's length but a generator's mistake (milliseconds written as seconds, a year's worth of a stream).</summary>
    public const int MaxSeconds = 24 * 60 * 60;

    /// <summary>
    /// The seconds a duration text states, or null where it states none: seconds alone or hours:minutes:seconds
    /// (minutes and seconds under 60 after the first part), each part digits, an optional fraction on the last.
    /// Zero and anything over <see cref="MaxSeconds"/> are null.
    /// </summary>
    public static int? Seconds(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 16) return null;
        var parts = trimmed.Split(':');
        if (parts.Length > 3) return null;
        var last = parts[^1];
        var dot = last.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            if (dot == last.Length - 1 || !last[(dot + 1)..].All(char.IsAsciiDigit)) return null;
            last = last[..dot];
            parts[^1] = last;
        }
        long total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length is 0 or > 9 || !part.All(char.IsAsciiDigit)) return null;
            var value = long.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            if (i > 0 && value >= 60) return null;
            total = total * 60 + value;
        }
        return total is > 0 and <= MaxSeconds ? (int)total : null;
    }

    /// <summary>A number of seconds a JSON or attribute value states (a whole or fractional number), under the same bounds.</summary>
    public static int? Seconds(double seconds)
        => double.IsFinite(seconds) && seconds >= 0.5 && seconds <= MaxSeconds ? (int)Math.Round(seconds, MidpointRounding.AwayFromZero) : null;

    /// <summary>How the newsletter prints a length: "5 min", "1 h 5 min" (a started minute counts whole).</summary>
    public static string Label(int seconds)
    {
        var minutes = (seconds + 59) / 60;
        return minutes < 60 ? $"{minutes} min" : minutes % 60 == 0 ? $"{minutes / 60} h" : $"{minutes / 60} h {minutes % 60} min";
    }
}
