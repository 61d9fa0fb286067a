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
    /// The address a permanent move leaves for the next run. A move within the feed's origin keeps the feed's own
    /// credentials: the next run starts from the new address, and without them would get 401 there. Credentials the
    /// server wrote into its Location header are never kept (nor sent: <see cref="For"/> reads only the feed's): they are
    /// the server's to give, not the operator's to store, and would sit in clear in the feed's state (audit hostile13 H13-9).
    /// </summary>
    public static Uri KeepOnMove(Uri feed, Uri movedTo)
    {
        var userInfo = feed.UserInfo.Length > 0 && SameOrigin(feed, movedTo) ? feed.UserInfo + "@" : "";
        return movedTo.UserInfo.Length == 0 && userInfo.Length == 0
            ? movedTo
            : new Uri($"{movedTo.Scheme}://{userInfo}{movedTo.Authority}{movedTo.PathAndQuery}{movedTo.Fragment}");
    }

    /// <summary>The same scheme, host and port; or the same host moved up from http to https on its default port (a site
    /// that redirects to TLS keeps asking for the same credentials, now better guarded).</summary>
    private static bool SameOrigin(Uri feed, Uri target)
    {
        if (!string.Equals(feed.IdnHost, target.IdnHost, StringComparison.OrdinalIgnoreCase)) return false;
        if (feed.Scheme == target.Scheme) return feed.Port == target.Port;
        return feed.Scheme == Uri.UriSchemeHttp && target.Scheme == Uri.UriSchemeHttps && target.IsDefaultPort;
    }
}
