using System.Diagnostics;
using System.ServiceModel.Syndication;
using System.Xml;
using NewsCurator.Ingest;

namespace NewsCurator.Bench;

/// <summary>
/// Parse throughput, single core, over the fixture corpus: this project's parser against
/// CodeHollow.FeedReader and System.ServiceModel.Syndication, each on the documents it can read.
/// </summary>
internal static class ParseBench
{
    private delegate int Parser(byte[] bytes);

    public static void Run(int rounds)
    {
        var corpus = Corpus.Feeds();
        var parsers = new (string Name, Parser Parse)[]
        {
            ("NewsCurator", b => FeedParser.Parse(b).Items.Count),
            ("CodeHollow.FeedReader", b => CodeHollow.FeedReader.FeedReader.ReadFromByteArray(b).Items.Count),
            ("SyndicationFeed", b =>
            {
                using var reader = XmlReader.Create(new MemoryStream(b), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
                return SyndicationFeed.Load(reader).Items.Count();
            }),
        };

        // Which documents each baseline reads at all: compare on exactly those.
        var readable = parsers.ToDictionary(p => p.Name, p => corpus.Where(d => TryParse(p.Parse, d.Bytes)).ToList());
        Console.WriteLine($"parse: {corpus.Count} well-formed feeds ({corpus.Sum(d => d.Bytes.Length) / 1e6:0.00} MB), median of 5 interleaved trials of {rounds} rounds, one thread");
        Console.WriteLine($"{"parser",-24}{"subset",-28}{"docs",6}{"MB/s",10}{"items/s",12}{"vs ours",10}");
        foreach (var (name, parse) in parsers.Skip(1))
        {
            var subset = readable[name].Where(d => readable["NewsCurator"].Contains(d)).ToList();
            // Interleaved trials, median of each: machine noise hits both sides alike.
            var trials = Enumerable.Range(0, 5).Select(_ => (Theirs: Measure(parse, subset, rounds), Ours: Measure(parsers[0].Parse, subset, rounds))).ToList();
            var theirs = trials.Select(t => t.Theirs).OrderBy(t => t.MBps).ElementAt(2);
            var ours = trials.Select(t => t.Ours).OrderBy(t => t.MBps).ElementAt(2);
            Console.WriteLine($"{"NewsCurator",-24}{"docs " + name + " reads",-28}{subset.Count,6}{ours.MBps,10:0.0}{ours.ItemsPerSecond,12:0}{"1.00x",10}");
            Console.WriteLine($"{name,-24}{"docs " + name + " reads",-28}{subset.Count,6}{theirs.MBps,10:0.0}{theirs.ItemsPerSecond,12:0}{theirs.MBps / ours.MBps,9:0.00}x");
        }
        var all = Measure(parsers[0].Parse, readable["NewsCurator"], rounds);
        Console.WriteLine($"{"NewsCurator",-24}{"whole corpus",-28}{readable["NewsCurator"].Count,6}{all.MBps,10:0.0}{all.ItemsPerSecond,12:0}");
    }

    private static bool TryParse(Parser parse, byte[] bytes)
    {
        try { parse(bytes); return true; }
        catch (Exception) { return false; }
    }

    private static (double MBps, double ItemsPerSecond) Measure(Parser parse, List<(string Name, byte[] Bytes)> docs, int rounds)
    {
        foreach (var d in docs) parse(d.Bytes); // warm-up: JIT and caches
        var bytes = 0L;
        var items = 0L;
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
            foreach (var d in docs)
            {
                items += parse(d.Bytes);
                bytes += d.Bytes.Length;
            }
        var seconds = clock.Elapsed.TotalSeconds;
        return (bytes / 1e6 / seconds, items / seconds);
    }
}
