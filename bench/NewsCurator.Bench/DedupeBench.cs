using System.Text.Json;
using NewsCurator.Filter;
using NewsCurator.Model;

namespace NewsCurator.Bench;

/// <summary>
/// Dedupe quality on the 3,515 labelled fixture items: our duplicate decisions against the
/// dataset's dupkey (same title + opening across captures), plus hand-made cross-source pairs.
/// </summary>
internal static class DedupeBench
{
    private sealed record Item(string id, string repo, string file, string? feed_title, string title, string? link, string text, string dupkey);

    public static void Run()
    {
        var path = Path.Combine(Corpus.RepoRoot, "tests", "fixtures", "data", "items.jsonl");
        var items = File.ReadLines(path).Select(l => JsonSerializer.Deserialize<Item>(l)!).ToList();
        var articles = items.Select(i => new Article
        {
            Id = i.id,
            FeedUrl = $"{i.repo}/{i.file}",
            FeedTitle = i.feed_title,
            // The same repair ingest applies (some captures are UTF-8 read as Windows-1252).
            Title = i.title.Length == 0 ? "(untitled)" : Mojibake.Repair(i.title),
            Link = i.link,
            Text = Mojibake.Repair(i.text),
            CanonicalUrl = UrlCanonicalizer.Canonicalize(i.link),
        }).ToList();
        var dupkey = items.ToDictionary(i => i.id, i => i.dupkey);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (_, dropped) = new Deduplicator(3).Run(articles);
        clock.Stop();

        var truthGroups = items.GroupBy(i => i.dupkey).Where(g => g.Count() > 1).ToList();
        var truthDuplicates = truthGroups.Sum(g => g.Count() - 1);
        var agree = dropped.Count(d => dupkey[d.ArticleId] == dupkey[d.DuplicateOf!]);
        var foundInGroups = truthGroups.Sum(g => Math.Min(g.Count() - 1, g.Count(i => dropped.Any(d => d.ArticleId == i.id && dupkey[d.DuplicateOf!] == g.Key))));

        Console.WriteLine($"dedupe: {items.Count} items, {truthGroups.Count} dupkey groups ({truthDuplicates} redundant copies); dedupe took {clock.ElapsedMilliseconds} ms");
        foreach (var rule in dropped.GroupBy(d => d.Rule).OrderBy(g => g.Key))
            Console.WriteLine($"  {rule.Key,-18} {rule.Count(),5} dropped, {rule.Count(d => dupkey[d.ArticleId] == dupkey[d.DuplicateOf!]),5} with the same dupkey");
        Console.WriteLine($"  agreement with dupkey: precision {agree / (double)Math.Max(1, dropped.Count):P1} (drops whose pair shares the dupkey), " +
                          $"recall {foundInGroups / (double)Math.Max(1, truthDuplicates):P1} (redundant copies found)");
        var extra = dropped.Where(d => dupkey[d.ArticleId] != dupkey[d.DuplicateOf!]).Take(5).ToList();
        if (extra.Count > 0)
        {
            Console.WriteLine("  drops with a different dupkey (same URL or reworded copies the dupkey cannot see):");
            var byId = articles.ToDictionary(a => a.Id);
            foreach (var d in extra)
                Console.WriteLine($"    {d.Rule}: \"{Short(byId[d.ArticleId].Title)}\" ~ \"{Short(byId[d.DuplicateOf!].Title)}\"");
        }
        CrossSourcePairs();
    }

    private static void CrossSourcePairs()
    {
        const string body = "The Rust team released version 1.80 of the compiler on Thursday. The release stabilises lazy cells, " +
                            "adds exclusive ranges in patterns and improves compile times for large workspaces by up to ten percent.";
        (string A, string B, bool Same)[] pairs =
        [
            ("Rust 1.80 released with lazy cells", "Rust 1.80 released with LazyCell", true),
            ("Rust 1.80 released with lazy cells and exclusive ranges", "Rust 1.80 released with lazy cells and exclusive ranges!", true),
            ("Go 1.23 adds range-over-func iterators", "Go 1.23 adds range over func iterators", true),
            ("Rust 1.80 released with lazy cells", "Python 3.13 released with a JIT", false),
            ("OpenAI releases a new model", "Anthropic releases a new model", false),
        ];
        var correct = 0;
        foreach (var (a, b, same) in pairs)
        {
            var x = new Article { Id = "a", FeedUrl = "https://one.example/feed", Title = a, Text = body, CanonicalUrl = "https://one.example/a" };
            var y = new Article { Id = "b", FeedUrl = "https://two.example/feed", Title = b, Text = same ? body : body.Replace("Rust", "Other"), CanonicalUrl = "https://two.example/b" };
            var (_, dropped) = new Deduplicator(3).Run([x, y]);
            if ((dropped.Count == 1) == same) correct++;
            Console.WriteLine($"  pair {(same ? "same story " : "different   ")} {(dropped.Count == 1 ? "merged" : "kept apart"),-10} \"{a}\" / \"{b}\"");
        }
        Console.WriteLine($"  hand-made cross-source pairs: {correct}/{pairs.Length} decided right");
    }

    private static string Short(string s) => s.Length > 50 ? s[..50] + "..." : s;
}
