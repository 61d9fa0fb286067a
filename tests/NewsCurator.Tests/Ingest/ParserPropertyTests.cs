using CsCheck;
using NewsCurator.Ingest;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Ingest;

/// <summary>
/// Mutated real feeds: truncation, byte flips, inserted junk, spliced documents. Whatever the
/// bytes, the parser returns a feed or its own <see cref="FeedParseException"/>: never another
/// exception, never a hang, never unbounded memory.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ParserPropertyTests
{
    private static readonly byte[][] Seeds = Directory.GetFiles(Repo.Path("tests", "fixtures", "feeds"), "*", SearchOption.AllDirectories)
        .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".rss", StringComparison.Ordinal)
                    || f.EndsWith(".atom", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("serde.json", StringComparison.Ordinal))
        .Where(f => new FileInfo(f).Length < 200_000)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .ToArray();

    private static readonly byte[][] Junk =
    [
        "<"u8.ToArray(), "&"u8.ToArray(), "&nbsp;"u8.ToArray(), "]]>"u8.ToArray(), "<![CDATA["u8.ToArray(), "\0"u8.ToArray(),
        "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>"u8.ToArray(), "{\"version\":"u8.ToArray(), "\""u8.ToArray(), [0xFF, 0xFE], [0xC3], [0xE2, 0x80],
    ];

    private static readonly Gen<byte[]> Mutated =
        from seed in Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i])
        from kind in Gen.Int[0, 3]
        from position in Gen.Double[0, 1]
        from junk in Gen.Int[0, Junk.Length - 1].Select(i => Junk[i])
        from flips in Gen.Int[1, 20]
        from flipSeed in Gen.Int
        select Mutate(seed, kind, (int)(position * seed.Length), junk, flips, flipSeed);

    private static byte[] Mutate(byte[] seed, int kind, int at, byte[] junk, int flips, int flipSeed)
    {
        switch (kind)
        {
            case 0: return seed[..at];
            case 1:
                var flipped = (byte[])seed.Clone();
                var random = new Random(flipSeed);
                for (var i = 0; i < flips && flipped.Length > 0; i++) flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return flipped;
            case 2: return [.. seed[..at], .. junk, .. seed[at..]];
            default: return [.. seed[..at], .. Seeds[flipSeed & 0x7FFFFFFF % Seeds.Length]];
        }
    }

    [Fact]
    public void Parse_AnyMutationOfARealFeed_ShouldReturnAFeedOrItsOwnError()
    {
        Mutated.Sample(bytes =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var task = Task.Run(() =>
            {
                try
                {
                    var feed = FeedParser.Parse(bytes, new Uri("https://fuzz.example/feed"));
                    Assert.NotNull(feed.Format);
                    Assert.All(feed.Items, i => Assert.NotNull(i));
                }
                catch (FeedParseException)
                {
                    // the parser's own, clear error: fine
                }
            });
            Assert.True(task.Wait(TimeSpan.FromSeconds(10)), "the parser hung");
            task.GetAwaiter().GetResult();
            // Bounded memory: no entity expansion or runaway buffers (a generous 200x the input + 50 MB).
            Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50_000_000 + 200L * bytes.Length);
        }, iter: 2500, threads: 1);
    }
}
