using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// URLs as people, rows and logs see them. A private feed's URL may carry its credentials
/// ("https://reader:token@example.org/feed"): the fetcher needs them, nobody else may read them, so
/// every message, statistics row and health report shows "https://***@example.org/feed".
/// </summary>
public static partial class UrlDisplay
{
    /// <summary>Up to the last '@' before the host, as a browser splits it ("user:p@ss@host": the password holds an '@').</summary>
    [GeneratedRegex(@"(?<=//)[^/?#\s]*@")]
    private static partial Regex UserInfo();

    public static string Of(Uri uri) => uri.IsAbsoluteUri && uri.UserInfo.Length > 0 ? Of(uri.OriginalString) : uri.ToString();

    public static string Of(string url) => url.Contains('@', StringComparison.Ordinal) ? UserInfo().Replace(url, "***@") : url;
}
