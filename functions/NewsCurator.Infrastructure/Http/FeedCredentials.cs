using System.Net.Http.Headers;
using System.Text;

namespace NewsCurator.Infrastructure.Http;

/// <summary>
/// Credentials written into a feed URL (https://user:token@host/feed) go out as HTTP Basic auth: HttpClient never
/// turns a URL's userinfo into a header, so a private feed got 401 on every run. They go only to the feed URL's own
/// origin (scheme, host and port): a redirect to another host, or from https down to http, must not carry the
/// operator's secret to wherever a server points.
/// </summary>
internal static class FeedCredentials
{
    /// <summary>The Authorization header for a request to <paramref name="target"/> while fetching <paramref name="feed"/>, or null.</summary>
    public static AuthenticationHeaderValue? For(Uri feed, Uri target)
    {
        if (feed.UserInfo.Length == 0 || !SameOrigin(feed, target)) return null;
        // user:password, each percent-decoded on its own (an escaped ':' in the user name is the user name's).
        var colon = feed.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(colon < 0 ? feed.UserInfo : feed.UserInfo[..colon]);
        var password = colon < 0 ? "" : Uri.UnescapeDataString(feed.UserInfo[(colon + 1)..]);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    /// <summary>
    /// A permanent move within the feed's origin keeps its credentials: the next run starts from the new address,
    /// and without them would get 401 there. A move to another origin is remembered as the server gave it.
    /// </summary>
    public static Uri KeepOnMove(Uri feed, Uri movedTo)
        => feed.UserInfo.Length > 0 && movedTo.UserInfo.Length == 0 && SameOrigin(feed, movedTo)
            ? new Uri($"{movedTo.Scheme}://{feed.UserInfo}@{movedTo.Authority}{movedTo.PathAndQuery}{movedTo.Fragment}")
            : movedTo;

    private static bool SameOrigin(Uri a, Uri b)
        => a.Scheme == b.Scheme && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
