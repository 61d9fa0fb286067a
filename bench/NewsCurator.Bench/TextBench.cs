using System.Diagnostics;
using NewsCurator.Enhance;

namespace NewsCurator.Bench;

/// <summary>
/// Text handling on hostile shapes, against a benign twin of the same size in the same run: a cost that grows
/// with the square of the input shows as a ratio that doubles with each doubling of N (both audits' finds:
/// unclosed &lt;svg&gt; tags in item HTML, thousands of wrapped one-word lines in a selected article's text).
/// </summary>
internal static class TextBench
{
    public static void Run()
    {
        Console.WriteLine("text: milliseconds per call (median of 5), hostile input against a benign twin of the same size");
        Console.WriteLine($"{"case",-40}{"N",9}{"hostile ms",12}{"benign ms",11}{"ratio",8}");
        foreach (var n in new[] { 25_000, 50_000, 100_000, 200_000 })
        {
            // N start tags of an element whose content is dropped, never closed; the twin's tags are inline.
            var svg = "<p>The release adds a faster cache.</p>" + string.Concat(Enumerable.Repeat("<svg>", n));
            var bold = "<p>The release adds a faster cache.</p>" + string.Concat(Enumerable.Repeat("<b>", n));
            Row("HtmlText, unclosed <svg> vs <b>", n, () => HtmlText.ToPlainText(svg), () => HtmlText.ToPlainText(bold));
        }
        foreach (var n in new[] { 10_000, 20_000, 40_000, 80_000 })
        {
            // A line without final punctuation, then N short lower-case lines: each reads as the wrapped rest of
            // the one before. The twin's lines each end a sentence, so nothing is joined.
            var head = "Researchers also say the open model and its GPU kernels\n";
            var wrapped = head + string.Join('\n', Enumerable.Range(0, n).Select(i => Words[i % Words.Length]));
            var separate = head + string.Join('\n', Enumerable.Range(0, n).Select(i => "Go" + Words[i % Words.Length] + "."));
            Row("Summarize, wrapped lines vs sentences", n,
                () => Summarizer.Summarize("Open model", wrapped, null, "preview", 3, "en"),
                () => Summarizer.Summarize("Open model", separate, null, "preview", 3, "en"));
        }
        foreach (var n in new[] { 10_000, 20_000, 40_000, 80_000 })
        {
            // One sentence of N characters with no stop (a look-around that scans back to the sentence's start at each
            // position made this quadratic: 20,000 characters took 2 s), against N characters of short sentences.
            var endless = string.Concat(Enumerable.Repeat("see ", n / 4));
            var stopped = string.Concat(Enumerable.Repeat("se. ", n / 4));
            Row("IsCallToAction, no stop vs stops", n, () => Summarizer.IsCallToAction(endless), () => Summarizer.IsCallToAction(stopped));
        }
    }

    private static readonly string[] Words = ["the", "it", "is", "an", "to", "we", "do", "of", "in"];

    private static void Row(string name, int n, Action hostile, Action benign)
    {
        var h = Median(hostile);
        var b = Median(benign);
        Console.WriteLine($"{name,-40}{n,9}{h,12:0.0}{b,11:0.0}{h / Math.Max(b, 0.01),8:0.0}");
    }

    private static double Median(Action action)
    {
        action(); // warm-up
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times.Order().ElementAt(2);
    }
}
