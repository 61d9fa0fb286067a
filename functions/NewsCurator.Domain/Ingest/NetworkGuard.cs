using System.Net;
using System.Net.Sockets;

namespace NewsCurator.Ingest;

/// <summary>
/// The SSRF guard: a feed URL must not reach loopback, private, link-local (cloud metadata at
/// 169.254.169.254 among them) or other non-public addresses. Checked after DNS resolution,
/// on every connection, so a redirect or a DNS answer cannot sneak around it.
/// </summary>
public sealed class NetworkGuard(IReadOnlyCollection<string> allowedHosts)
{
    /// <summary>"*" allows every host: for the interactive parse command and trusted local setups only.</summary>
    public bool IsHostAllowed(string host) => allowedHosts.Contains("*") || allowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127
                     || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // carrier-grade NAT
                     || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata
                     || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                     || (b[0] == 192 && b[1] == 168)
                     || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                     || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
                     || b[0] >= 224);                                // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                     || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC   // unique local fc00::/7
                     || (b[0] == 0xFD && b[1] == 0x00 && b[2] == 0x0E && b[3] == 0xC2)); // AWS IMDS v6 lives in fd00:ec2::/32
        }
        return false;
    }

    /// <summary>Resolves the host and returns the addresses it may connect to, or throws naming the host and the fix.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0) throw new BlockedAddressException($"host '{host}' did not resolve to any address");
        if (IsHostAllowed(host)) return addresses;
        var blocked = addresses.FirstOrDefault(a => !IsPublic(a));
        if (blocked is not null)
            throw new BlockedAddressException(
                $"refused to fetch from '{host}': it resolves to non-public address {blocked}; add the host to fetch.allow_private_hosts if this feed is trusted");
        return addresses;
    }
}

public sealed class BlockedAddressException(string message) : Exception(message);
