using System.Net;
using System.Net.Sockets;

namespace NewsCurator.Ingest;

/// <summary>
/// What is on the public internet: the fetcher's SSRF guard asks it of every address it connects to, and a link
/// printed for readers must name a host any reader can reach.
/// </summary>
public static class PublicNetwork
{
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

    /// <summary>Whether the operator trusts <paramref name="host"/> (fetch.allow_private_hosts; "*" trusts every host).</summary>
    public static bool IsTrusted(string host, IReadOnlyCollection<string> trustedHosts)
        => trustedHosts.Contains("*") || IsListed(host, trustedHosts);

    /// <summary>
    /// Whether fetch.allow_private_hosts names <paramref name="host"/> itself ("*" names no host), however either is
    /// spelled. Compared as written, "WIKI.CORP.ACME.COM." or a listed "wiki.corp.acme.com:8443" missed the entry, and a
    /// listed host's link was judged as a stranger's (hostile-input audit 50, H1).
    /// </summary>
    public static bool IsListed(string host, IReadOnlyCollection<string> trustedHosts)
        => HostKey(host) is var key && trustedHosts.Any(listed => listed != "*" && HostKey(listed) == key);

    /// <summary>
    /// A host as one name: its ASCII (punycode) form in lower case, without a trailing dot, a port, user info or an IPv6
    /// address's brackets, and an IP address in its canonical form ("[::1]" and "::1", "0x7f.1" and "127.0.0.1").
    /// </summary>
    public static string HostKey(string host)
    {
        var name = host.Trim();
        if (Uri.TryCreate($"http://{name}/", UriKind.Absolute, out var uri) && Filter.UrlCanonicalizer.IdnHostOrNull(uri) is { } idnHost) name = idnHost;
        name = name.TrimEnd('.').ToLowerInvariant();
        return IPAddress.TryParse(name, out var address) ? address.ToString() : name;
    }

    /// <summary>
    /// Names that only ever resolve inside one network: localhost and its subdomains (RFC 6761), the reserved
    /// test and documentation names, mDNS's .local (RFC 6762), home.arpa (RFC 8375), ICANN's .internal and the
    /// .localdomain/.lan of home routers.
    /// </summary>
    private static readonly string[] LocalSuffixes = ["localhost", "local", "internal", "test", "example", "invalid", "localdomain", "lan", "home.arpa"];

    /// <summary>
    /// Whether a web address's host is one a reader anywhere can reach: an IP literal in public space, or a
    /// dotted name outside the local and reserved ones. A static site built with its development address
    /// (http://localhost:1313/posts/...) links every item there; no reader's browser finds those pages.
    /// </summary>
    public static bool IsPublicHost(Uri uri)
    {
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
            return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IsPublic(address);
        // A host that is no valid internationalised name resolves nowhere: not a public host.
        if (Filter.UrlCanonicalizer.IdnHostOrNull(uri) is not { } idnHost) return false;
        var host = idnHost.TrimEnd('.').ToLowerInvariant();
        if (!host.Contains('.', StringComparison.Ordinal)) return false; // "localhost", "intranet": a single label resolves only through a local search domain
        return !LocalSuffixes.Any(s => Filter.UrlCanonicalizer.IsWithinDomain(host, s));
    }
}
