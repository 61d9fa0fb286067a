using System.Net;
using NewsCurator.Ingest;

namespace NewsCurator.Infrastructure.Http;

/// <summary>
/// The SSRF guard: a feed URL must not reach loopback, private, link-local (cloud metadata at
/// 169.254.169.254 among them) or other non-public addresses. Checked after DNS resolution,
/// on every connection, so a redirect or a DNS answer cannot sneak around it.
/// </summary>
public sealed class NetworkGuard(IReadOnlyCollection<string> allowedHosts)
{
    /// <summary>
    /// Whether the guard lets a host through for a fetch made for a feed on <paramref name="feedHost"/> (null: the host's
    /// own fetch). The hosts fetch.allow_private_hosts names are trusted for feeds on those hosts only: a public feed's item
    /// link or redirect to one is checked like any host (hostile-input audit 48, H1), while a trusted feed may still move,
    /// redirect or link among the hosts listed with it (www and not, a name and its address: review of session 40, R1).
    /// "*" allows every host: for the interactive parse command and trusted local setups only.
    /// </summary>
    public bool IsHostAllowed(string host, string? feedHost = null)
        => PublicNetwork.IsTrusted(host, allowedHosts) && (feedHost is null || PublicNetwork.IsTrusted(feedHost, allowedHosts));

    /// <summary>
    /// The feed host the next hop of a redirect chain is judged for, after a hop on <paramref name="hopHost"/>: a chain that
    /// passed through a host not listed is that host's from then on. Judged for the trusted feed throughout, a public page
    /// that the feed's item linked to could redirect its full-text fetch into any listed private host (hostile-input audit
    /// 49, H5); a trusted feed's own redirects among the listed hosts keep its trust.
    /// </summary>
    public string ScopeAfterHop(string feedHost, string hopHost) => PublicNetwork.IsTrusted(hopHost, allowedHosts) ? feedHost : hopHost;

    /// <summary>Resolves the host and returns the addresses it may connect to, or throws naming the host and the fix.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, string? feedHost, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new BlockedAddressException($"host '{host}' did not resolve to any address");
        if (IsHostAllowed(host, feedHost)) return addresses;
        var blocked = addresses.FirstOrDefault(a => !PublicNetwork.IsPublic(a));
        if (blocked is not null)
            throw new BlockedAddressException(IsHostAllowed(host)
                ? $"refused to fetch from '{host}' for the feed on '{feedHost}': it resolves to non-public address {blocked}, and fetch.allow_private_hosts trusts it for feeds on the listed hosts only, not for a public feed's links or redirects"
                : $"refused to fetch from '{host}': it resolves to non-public address {blocked}; add the host to fetch.allow_private_hosts if this feed is trusted");
        return addresses;
    }
}

public sealed class BlockedAddressException(string message) : Exception(message);
