using System.Text.Json;
using System.Text.Json.Serialization;
using NewsCurator.Model;

namespace NewsCurator.Scoring.Model.Training;

/// <summary>An item of items.jsonl joined with its labels (LABELS.md); weakly labelled extra text labels only some heads.</summary>
public sealed record LabeledItem(Article Article, string Feed, int Relevance, string ContentType, bool IsAd, int Quality, string Language)
{
    public HeadMask Heads { get; init; } = HeadMask.All;

    /// <summary>
    /// How much the item's relevance label counts in training (1 for the training labels). A spent held-out set's items can
    /// weigh less or more by class (<see cref="LabeledItems.BalanceRelevance"/>), so that a set with more relevant items than
    /// the training labels does not move every relevance score up.
    /// </summary>
    public float RelevanceWeight { get; init; } = 1f;

    /// <summary>LABELS.md's coarse topic (ai, tech, science, other); empty for weakly labelled text.</summary>
    public string Topic { get; init; } = "";

    /// <summary>The feed's own categories for the item (kept apart from the article, which the scorers are trained on as before).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}

/// <summary>Which heads an item's labels speak for: the loss of the others is masked out.</summary>
public sealed record HeadMask(bool Relevance, bool Type, bool Ad, bool Quality)
{
    public static readonly HeadMask All = new(true, true, true, true);

    public static readonly IReadOnlyList<string> Names = ["relevance", "type", "ad", "quality"];

    /// <summary>The heads named (<see cref="Names"/>), for a command line; an unknown name is refused with the known ones.</summary>
    public static HeadMask Parse(IReadOnlyCollection<string> names)
    {
        if (names.FirstOrDefault(n => !Names.Contains(n, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new ArgumentException($"unknown head '{unknown}'; the heads are {string.Join(", ", Names)}");
        bool Named(string head) => names.Contains(head, StringComparer.OrdinalIgnoreCase);
        return new HeadMask(Named("relevance"), Named("type"), Named("ad"), Named("quality"));
    }
}

public static class LabeledItems
{
    private sealed record RawItem(
        [property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("repo")] string Repo, [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("feed_title")] string? FeedTitle, [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("link")] string? Link, [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("categories")] JsonElement Categories = default)
    {
        /// <summary>The categories as strings: a list in most items, one string in a few.</summary>
        public IReadOnlyList<string> CategoryList => Categories.ValueKind switch
        {
            JsonValueKind.Array => Categories.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!).ToList(),
            JsonValueKind.String => [Categories.GetString()!],
            _ => [],
        };
    }

    private sealed record RawLabel(
        [property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("lang")] string Lang, [property: JsonPropertyName("topic")] string? Topic,
        [property: JsonPropertyName("tech_relevance")] int TechRelevance, [property: JsonPropertyName("content_type")] string ContentType,
        [property: JsonPropertyName("is_ad")] bool IsAd, [property: JsonPropertyName("quality")] int Quality);

    public const string TrainingLabels = "labels-train.jsonl";

    /// <param name="labelsFile">The labels' file name in the folder: the training labels, or the held-out set's (<see cref="HeldOutEvaluation.LabelsFile"/>).</param>
    public static List<LabeledItem> Load(string dataDirectory, string labelsFile = TrainingLabels)
    {
        var itemsPath = Path.Combine(dataDirectory, "items.jsonl");
        var labelsPath = Path.Combine(dataDirectory, labelsFile);
        foreach (var p in new[] { itemsPath, labelsPath })
            if (!File.Exists(p)) throw new FileNotFoundException($"labelled data '{p}' is missing; the folder must hold items.jsonl and {labelsFile}");
        var items = File.ReadLines(itemsPath).Select(l => JsonSerializer.Deserialize<RawItem>(l)!).ToDictionary(i => i.Id);
        var result = new List<LabeledItem>();
        foreach (var line in File.ReadLines(labelsPath))
        {
            var label = JsonSerializer.Deserialize<RawLabel>(line)!;
            if (!items.TryGetValue(label.Id, out var item)) continue;
            var article = new Article
            {
                Id = item.Id,
                FeedUrl = $"{item.Repo}/{item.File}",
                FeedTitle = item.FeedTitle,
                Title = item.Title.Length == 0 ? "(untitled)" : Mojibake.Repair(item.Title),
                Link = item.Link,
                Text = Mojibake.Repair(item.Text),
            };
            result.Add(new LabeledItem(article, article.FeedUrl, Math.Clamp(label.TechRelevance, 0, 3),
                ContentTypes.All.Contains(label.ContentType) ? label.ContentType : ContentTypes.Other, label.IsAd, Math.Clamp(label.Quality, 1, 5), label.Lang) { Topic = label.Topic ?? "", Categories = item.CategoryList });
        }
        return result.OrderBy(r => r.Article.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The training labels of <paramref name="dataDirectory"/> and, beside them, each folder of <paramref name="moreDirectories"/>
    /// (a spent held-out set: its labels.jsonl, or labels-train.jsonl where it has one). An id in two folders is refused: the
    /// sets are built to share none (HeldOutEvaluationTests), and a repeat would count one item twice. <paramref name="moreHeads"/>:
    /// the heads the further folders' labels train (all by default).
    /// </summary>
    /// <param name="balanceRelevance">Weigh the further folders' relevance labels by class to the training labels' shares (<see cref="BalanceRelevance"/>).</param>
    public static List<LabeledItem> Load(string dataDirectory, IReadOnlyList<string> moreDirectories, HeadMask? moreHeads = null, bool balanceRelevance = false)
    {
        var all = Load(dataDirectory);
        var training = all.Count;
        foreach (var directory in moreDirectories)
        {
            var labels = File.Exists(Path.Combine(directory, TrainingLabels)) ? TrainingLabels : HeldOutEvaluation.LabelsFile;
            var more = Load(directory, labels);
            if (more.Count == 0) throw new InvalidDataException($"labelled data '{directory}' has no labelled item; the folder must hold items.jsonl and {labels}");
            var ids = all.Select(i => i.Article.Id).ToHashSet(StringComparer.Ordinal);
            if (more.FirstOrDefault(i => ids.Contains(i.Article.Id)) is { } repeated)
                throw new InvalidDataException($"labelled data '{directory}' repeats item {repeated.Article.Id} of an earlier folder; give each set once");
            all.AddRange(moreHeads is null ? more : more.Select(i => i with { Heads = moreHeads }));
        }
        if (balanceRelevance) all = [.. all[..training], .. BalanceRelevance(all[..training], all[training..])];
        return all.OrderBy(r => r.Article.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// <paramref name="more"/> with relevance weights that give each relevance class the share it has in
    /// <paramref name="training"/> (weight = training share / more's share), so that the further items' weights still sum to
    /// their count: they teach which words and kinds of feed are relevant without moving the base rate the scores and the
    /// relevance gate were set on. A class the further items lack gets no weight to give; one the training labels lack gets 0.
    /// </summary>
    public static List<LabeledItem> BalanceRelevance(IReadOnlyList<LabeledItem> training, IReadOnlyList<LabeledItem> more)
    {
        static double[] Shares(IEnumerable<LabeledItem> items)
        {
            var counts = new double[4];
            foreach (var i in items) counts[i.Relevance]++;
            var total = counts.Sum();
            return counts.Select(c => total == 0 ? 0 : c / total).ToArray();
        }
        var target = Shares(training.Where(i => i.Heads.Relevance));
        var present = Shares(more.Where(i => i.Heads.Relevance));
        // Classes present in the further items share the training labels' mass of those classes, renormalised to 1.
        var covered = Enumerable.Range(0, 4).Where(c => present[c] > 0).Sum(c => target[c]);
        return more.Select(i => i with { RelevanceWeight = present[i.Relevance] == 0 || covered == 0 ? 0f : (float)(target[i.Relevance] / covered / present[i.Relevance]) }).ToList();
    }

    /// <summary>Split by feed, never by item: validation measures sources the model has not seen.</summary>
    public static (List<LabeledItem> Train, List<LabeledItem> Validation) SplitByFeed(IReadOnlyList<LabeledItem> items, int validationPercent = 20)
    {
        bool IsValidation(string feed) => Convert.ToUInt32(Hashing.ShortHash("split:" + feed, 8), 16) % 100 < validationPercent;
        return (items.Where(i => !IsValidation(i.Feed)).ToList(), items.Where(i => IsValidation(i.Feed)).ToList());
    }
}
