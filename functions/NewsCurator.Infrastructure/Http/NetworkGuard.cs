using System.Net;
using System.Net.Sockets;

namespace NewsCurator.Infrastructure.Http;

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
        if (address.AddressFamily == AddressFamily.InterNetwork) return IsPublicV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        var b = address.GetAddressBytes();
        // An IPv4 address carried inside IPv6 reaches that IPv4 host (through a NAT64 or 6to4
        // gateway, or the kernel itself): judge the embedded address.
        // Teredo tunnels to an obfuscated IPv4 client, local-use NAT64 (64:ff9b:1::/48) translates
        // into a private network with any embedding: neither is ever a feed host.
        if (IsTeredo(b) || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)) return false;
        if (EmbeddedIPv4(b) is { } v4) return IsPublicV4(v4);
        return !(IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                 || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC                              // unique local fc00::/7
                 || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)               // documentation 2001:db8::/32
                 || (b[0] == 0x01 && b[1] == 0x00 && b.AsSpan(2, 6).IndexOfAnyExcept((byte)0) < 0)); // discard 100::/64
    }

    private static bool IsPublicV4(byte[] b)
        => !(b[0] == 0 || b[0] == 10 || b[0] == 127
             || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // carrier-grade NAT
             || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata
             || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
             || (b[0] == 192 && b[1] == 168)
             || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2) // IETF protocol assignments, documentation
             || (b[0] == 198 && (b[1] == 18 || b[1] == 19))  // benchmarking
             || (b[0] == 198 && b[1] == 51 && b[2] == 100)   // documentation
             || (b[0] == 203 && b[1] == 0 && b[2] == 113)    // documentation
             || b[0] >= 224);                                // multicast, reserved, broadcast

    /// <summary>
    /// The IPv4 address inside an IPv6 one: IPv4-compatible ::a.b.c.d (:: and ::1 among them),
    /// IPv4-mapped ::ffff:a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96 and
    /// 6to4 2002:AABB:CCDD::/16.
    /// </summary>
    private static byte[]? EmbeddedIPv4(byte[] b)
    {
        var span = b.AsSpan();
        if (span[..10].IndexOfAnyExcept((byte)0) < 0)
        {
            if (span[10] == 0 && span[11] == 0) return b[12..];            // IPv4-compatible, ::, ::1
            if (span[10] == 0xFF && span[11] == 0xFF) return b[12..];      // IPv4-mapped
        }
        if (span[..8].IndexOfAnyExcept((byte)0) < 0 && span[8] == 0xFF && span[9] == 0xFF && span[10] == 0 && span[11] == 0)
            return b[12..];                                                 // IPv4-translated
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && span[4..12].IndexOfAnyExcept((byte)0) < 0)
            return b[12..];                                                 // NAT64 well-known prefix
        if (b[0] == 0x20 && b[1] == 0x02) return b[2..6];                   // 6to4
        return null;
    }

    private static bool IsTeredo(byte[] b) => b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00;

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
