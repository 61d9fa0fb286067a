using System.Security.Cryptography;
using System.Text;

namespace NewsCurator;

public static class Hashing
{
    /// <summary>Hex SHA-256 prefix: stable ids for feeds, articles and shards.</summary>
    public static string ShortHash(string value, int hexChars = 16)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..hexChars];

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
