using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// The day a story's own address gives it ("/daily/2026-10-04/", "/2015/05/03/use-raft/"), for an item its feed left
/// undated: blogs and journals put the publication day in the path, and without it the story printed undated, earned no
/// recency and escaped content.max_age_days (twelfth held-out review: a daily journal's entries). Only a whole calendar day
/// in the path, never in the query (a search's "?from=2020-01-01") and never a year and month alone; read as that day's
/// start in UTC, since the path says no time and no zone.
/// </summary>
public static partial class LinkDates
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?<sep>[/-])(?<m>0?[1-9]|1[0-2])\k<sep>(?<d>0?[1-9]|[12]\d|3[01])(?=[/._-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDay();

    /// <summary>The day in the link's path, or null when it has none (or no link, or one that is no absolute http(s) address).</summary>
    /// <param name="notAfter">A day after this is no publication day (a path's "/2099/01/01/" placeholder or an event's date).</param>
    public static DateTimeOffset? Of(string? link, DateTimeOffset notAfter)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var m = PathDay().Match(uri.AbsolutePath);
        if (!m.Success) return null;
        int Part(string name) => int.Parse(m.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (year, month, day) = (Part("y"), Part("m"), Part("d"));
        if (year < MinYear || day > DateTime.DaysInMonth(year, month)) return null;
        var date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return date > notAfter ? null : date;
    }

    /// <summary>Before the web's first blogs, a path's number is no publication day.</summary>
    private const int MinYear = 1995;
}
