using System.Security.Cryptography;
using System.Text;

namespace NewsCurator.Storage;

/// <summary>
/// Deterministic row ids: the same run, article, feed or newsletter always gets the same UUID, so
/// a re-run upserts its rows instead of adding copies. The id is md5 of a typed name read as a
/// UUID, which PostgreSQL computes as <c>md5(name)::uuid</c>: migrations derive the ids of old rows
/// in SQL (nc_uuid) and get exactly what this class gives new ones.
/// </summary>
public static class RowIds
{
    public static Guid Run(string runId) => Of("run:" + runId);

    public static Guid Article(string runId, string articleId) => Of($"article:{runId}:{articleId}");

    public static Guid FeedStatistics(string runId, string feedUrl) => Of($"feed_statistics:{runId}:{feedUrl}");

    public static Guid Newsletter(string newsletterId) => Of("newsletter:" + newsletterId);

    /// <summary>md5 names an id here; it is not a security boundary (ids are public in the API).</summary>
#pragma warning disable CA5351
    public static Guid Of(string name) => new(MD5.HashData(Encoding.UTF8.GetBytes(name)), bigEndian: true);
#pragma warning restore CA5351

    /// <summary>The text form both databases use: lowercase 8-4-4-4-12.</summary>
    public static string Text(Guid id) => id.ToString("D");

    /// <summary>A PostgreSQL array literal of ids ('{a,b}'): native in PostgreSQL, the stored text in SQLite.</summary>
    public static string ArrayLiteral(IEnumerable<Guid> ids) => "{" + string.Join(',', ids.Select(Text)) + "}";

    public static IReadOnlyList<string> ParseArrayLiteral(string literal)
        => literal.Trim().TrimStart('{').TrimEnd('}').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A UUID[] column value (PostgreSQL array, SQLite array-literal text).</summary>
public sealed record UuidList(IReadOnlyList<Guid> Ids);
