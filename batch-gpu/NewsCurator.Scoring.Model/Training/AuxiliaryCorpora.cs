using System.Text.Json;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>
/// Extra real text with weak labels (tests/fixtures/corpora, licences beside each): Go and Rust
/// blog posts and arXiv CS abstracts are core-relevant; clickbait headlines are low quality and
/// not relevant; SMS spam is advertising. Each source labels only the heads it can speak for,
/// and each is capped so the gold labels keep the majority.
/// </summary>
public static class AuxiliaryCorpora
{
    public static List<LabeledItem> Load(string directory, int perSource, int seed)
    {
        var random = new Random(seed);
        var items = new List<LabeledItem>();
        List<T> Sample<T>(IEnumerable<T> source) => source.OrderBy(_ => random.Next()).Take(perSource).ToList();
        LabeledItem Item(string source, int n, string title, string text, int relevance, string type, bool ad, int quality, HeadMask heads) => new(
            new Article { Id = $"{source}-{n}", FeedUrl = "corpus:" + source, FeedTitle = null, Title = title, Text = text },
            "corpus:" + source, relevance, type, ad, quality, "en") { Heads = heads };

        var blogs = Path.Combine(directory, "tech-blogs-go-rust", "posts.jsonl");
        if (File.Exists(blogs))
        {
            var n = 0;
            foreach (var post in Sample(File.ReadLines(blogs).Select(l => JsonDocument.Parse(l).RootElement.Clone())))
            {
                var weak = post.GetProperty("weak_type").GetString();
                var type = weak == "release" ? ContentTypes.Release : weak == "event" ? ContentTypes.Event : ContentTypes.News;
                var text = post.GetProperty("text").GetString() ?? "";
                items.Add(Item("blogs", n++, post.GetProperty("title").GetString() ?? "", text[..Math.Min(text.Length, 3000)],
                    3, type, false, 4, new HeadMask(true, weak is "release" or "event", true, true)));
            }
        }
        var arxiv = Path.Combine(directory, "arxiv-cs-abstracts", "arxiv_data.csv");
        if (File.Exists(arxiv))
        {
            var n = 0;
            foreach (var (title, summary) in Sample(ParseCsv(File.ReadAllText(arxiv)).Skip(1).Where(r => r.Count >= 2).Select(r => (r[0], r[1]))))
                items.Add(Item("arxiv", n++, title, summary, 3, ContentTypes.Research, false, 4, new HeadMask(true, true, true, false)));
        }
        var clickbait = Path.Combine(directory, "clickbait-chakraborty", "dataset", "clickbait_data.txt");
        if (File.Exists(clickbait))
        {
            var n = 0;
            foreach (var headline in Sample(File.ReadLines(clickbait).Where(l => l.Trim().Length > 0)))
                items.Add(Item("clickbait", n++, headline.Trim(), "", 0, ContentTypes.Other, false, 1, new HeadMask(true, false, false, true)));
        }
        var sms = Path.Combine(directory, "sms-spam-collection", "SMSSpamCollection");
        if (File.Exists(sms))
        {
            var n = 0;
            var rows = File.ReadLines(sms).Skip(1).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).ToList();
            // Spam is the rare class: take it all (up to the cap) and as much ham.
            foreach (var row in Sample(rows.Where(r => r[0] == "spam")).Concat(Sample(rows.Where(r => r[0] == "ham"))))
                items.Add(Item("sms", n++, row[1].Length > 60 ? row[1][..60] : row[1], row[1], 0, ContentTypes.Sponsored, row[0] == "spam", 1,
                    new HeadMask(false, false, true, false)));
        }
        return items;
    }

    private static IEnumerable<List<string>> ParseCsv(string text)
    {
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); yield return row; row = []; }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); yield return row; }
    }
}
