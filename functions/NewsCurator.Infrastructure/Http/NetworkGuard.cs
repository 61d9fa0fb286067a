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
    /// <summary>"*" allows every host: for the interactive parse command and trusted local setups only.</summary>
    public bool IsHostAllowed(string host) => PublicNetwork.IsTrusted(host, allowedHosts);

    /// <summary>Resolves the host and returns the addresses it may connect to, or throws naming the host and the fix.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new BlockedAddressException($"host '{host}' did not resolve to any address");
        if (IsHostAllowed(host)) return addresses;
        var blocked = addresses.FirstOrDefault(a => !PublicNetwork.IsPublic(a));
        if (blocked is not null)
            throw new BlockedAddressException(
                $"refused to fetch from '{host}': it resolves to non-public address {blocked}; add the host to fetch.allow_private_hosts if this feed is trusted");
        return addresses;
    }
}

public sealed class BlockedAddressException(string message) : Exception(message);
