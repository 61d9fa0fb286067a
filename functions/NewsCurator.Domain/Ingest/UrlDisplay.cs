using System.Text.RegularExpressions;

namespace NewsCurator.Ingest;

/// <summary>
/// URLs as people, rows and logs see them. A private feed's URL may carry its credentials, in the
/// user info ("https://reader:token@example.org/feed") or in the query ("/feed.atom?feed_token=...",
/// "?api_key=...", a presigned "X-Amz-Signature=..."): the fetcher needs them, nobody else may read them,
/// so every message, statistics row, export and health report shows "https://***@example.org/feed" and
/// "?feed_token=***".
/// </summary>
public static partial class UrlDisplay
{
    /// <summary>Up to the last '@' before the host, as a browser splits it ("user:p@ss@host": the password holds an '@').</summary>
    [GeneratedRegex(@"(?<=//)[^/?#\s]*@")]
    private static partial Regex UserInfo();

    /// <summary>
    /// The value of a query parameter whose name says it holds a secret: the name is, or ends in, token, key,
    /// secret, password, passwd, pwd, auth, sig, signature, credential, session or sessionid (api_key,
    /// private_token, X-Amz-Credential, hotkey too: a shown value is worth less than a leaked one).
    /// </summary>
    [GeneratedRegex(@"(?<=[?&;][\w.\-]*?(?:token|key|secret|password|passwd|pwd|auth|sig|signature|credential|session|sessionid)=)[^&;#\s]+",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretParameter();

    public static string Of(Uri uri) => uri.IsAbsoluteUri && (uri.UserInfo.Length > 0 || uri.Query.Length > 0) ? Of(uri.OriginalString) : uri.ToString();

    public static string Of(string url)
    {
        if (url.Contains('@', StringComparison.Ordinal)) url = UserInfo().Replace(url, "***@");
        return url.Contains('=', StringComparison.Ordinal) ? SecretParameter().Replace(url, "***") : url;
    }
}
