using System.Collections;
using NewsCurator.Model;

namespace NewsCurator.Filter;

/// <summary>What dedupe left: which stream positions survive, and how many distinct items it saw.</summary>
/// <param name="Kept">The items that survive dedupe, by ordinal.</param>
/// <param name="Repeats">The later occurrences of an id already seen: not items of their own (no decision, not counted).</param>
public sealed record DedupeResult(BitArray Kept, BitArray Repeats, int Items, int Distinct);

/// <summary>
/// Finds the same story four ways, one rule after another over what the previous rule kept: the same
/// normalised title and opening, the same canonical URL, the same long body from another feed (syndicated
/// copies retitle) or from a few of one feed's items (a feed's template is shared by many: <see cref="IsTemplate"/>), and nearly the same title and opening
/// (SimHash within a few bits, found by blocking on four 16-bit bands, and titles that overlap). The best
/// copy (<see cref="DedupeKey.BestFirst"/>) is kept.
/// Memory is bounded whatever the item count: each rule partitions the keys by a hash of what it compares,
/// so every group of equal keys lies in one partition of at most <c>partitionSize</c> keys; only the
/// near-duplicate pairs found (a small fraction) and one bit per item are held across partitions.
/// </summary>
public sealed class Deduplicator(int nearDuplicateDistance, int partitionSize = Deduplicator.DefaultPartitionSize)
{
    /// <summary>How close a same-headline posting must be to the newest to be the story posted again, not a recurring column.</summary>
    private static readonly TimeSpan RepostWindow = TimeSpan.FromDays(7);

    /// <summary>Keys in memory at a time: about 35 MB with the grouping's overhead (measured by `bench streaming`).</summary>
    public const int DefaultPartitionSize = 25_000;

    private const int Bands = 4;

    /// <summary>
    /// Whether one feed's items sharing a long text word for word are its template (a show's one description under each
    /// episode) rather than one story posted under two titles: three or more, whatever the feed's size (a share of it made
    /// three episodes with one set of show notes a template in a feed of 12 and duplicates in one of 13: review of session
    /// 31, R8). Two of a feed's 22 items with one 200-character text were TechCrunch's video and podcast pages of one
    /// segment, printed twice with the same summary (thirty-seventh held-out review, F4). One story under three headlines of
    /// one feed reads as a template so (hostile-input audit 31, H8, left): losing a show's episodes would be worse. Titles
    /// the same but for their numbers are one report recurring, each its own event (<see cref="DedupeKey.TitleShape"/>).
    /// </summary>
    private static bool IsTemplate(int sharing) => sharing >= MinTemplateItems;

    private const int MinTemplateItems = 3;
    private const double MinTitleOverlap = 0.3;

    /// <summary>
    /// Whether a copy would fail content.min_length in its feed (<see cref="DekFeeds.FallsShort"/>), asked of each key once
    /// all are in: every rule then keeps another copy of its story before it (<see cref="DedupeKey.BestFirst"/>). Null: none does.
    /// </summary>
    public Func<DedupeKey, bool>? FallsShort { get; init; }

    /// <summary>The in-memory form for small inputs and tests: kept articles (input order) and decisions for the rest.</summary>
    public (List<Article> Kept, List<Decision> Dropped) Run(IEnumerable<Article> articles)
    {
        var list = articles.ToList();
        var dropped = new List<Decision>();
        var result = Run(list.Select(DedupeKey.Of), drop => dropped.Add(drop.ToDecision()));
        return (list.Where((_, i) => result.Kept[i]).ToList(), dropped);
    }

    /// <param name="keys">One key per item in stream order, <see cref="DedupeKey.Ordinal"/> counting from 0.</param>
    /// <param name="onDrop">Called once per duplicate dropped. Items repeated under the same id are dropped silently.</param>
    public DedupeResult Run(IEnumerable<DedupeKey> keys, Action<DedupeDrop> onDrop)
    {
        using var live = new KeySequence(partitionSize);
        foreach (var key in keys) live.Add(key);
        return Resolve(live, onDrop);
    }

    /// <inheritdoc cref="Run(IEnumerable{DedupeKey}, Action{DedupeDrop})"/>
    public async Task<DedupeResult> RunAsync(IAsyncEnumerable<DedupeKey> keys, Action<DedupeDrop> onDrop, CancellationToken ct = default)
    {
        using var live = new KeySequence(partitionSize);
        await foreach (var key in keys.WithCancellation(ct)) live.Add(key);
        return Resolve(live, onDrop);
    }

    private DedupeResult Resolve(KeySequence live, Action<DedupeDrop> report)
    {
        var items = live.Count;
        using var log = new DropLog();
        Action<DedupeDrop> onDrop = log.Add;

        var repeats = new BitArray(items);
        var distinct = Pass(live, k => SimHash.Hash64(k.Id), k => k.Id, (group, _) => { }, repeats, Settled);
        // Identical title and opening first: the strongest evidence. Links come second because unrelated posts can share
        // one (a sponsor's post and the review of the same product link the same page).
        // An item with too few words of its own has no content key (zero) and is known by its link (held-out review 117, F4).
        var byContent = Pass(distinct, k => k.Content == 0 ? null : k.Content, k => k.Content,
            (group, drop) => DropAllButFirst(group.Where(k => k == group[0] || !Episodes(k, group[0])).ToList(), drop,
                (copy, kept) => copy.CanonicalUrl is not null && copy.CanonicalUrl == kept.CanonicalUrl
                    ? SameLink(kept)
                    : ("duplicate_content", $"same title and text as {kept.Id}")));
        var byUrl = Pass(byContent, k => k.CanonicalUrl is null ? null : SimHash.Hash64(k.CanonicalUrl), k => k.CanonicalUrl!,
            (group, drop) =>
            {
                // Counted once per link: a hostile feed of thousands of items on one link would count them per copy.
                var perFeed = group.CountBy(k => k.FeedUrl).ToDictionary(StringComparer.Ordinal);
                // One feed's page under all of them: its newest news is the story kept.
                if (perFeed.Count == 1 && group.Count >= MinSharingItems) group.Sort(DedupeKey.NewestFirst);
                DropAllButFirst(group, drop, (copy, kept) => SharedPage(perFeed[copy.FeedUrl], copy, kept) ?? SameLink(kept));
            });
        var feedSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in byUrl.ReadAll()) feedSizes[key.FeedUrl] = feedSizes.GetValueOrDefault(key.FeedUrl) + 1;
        var byBody = Pass(byUrl, k => k.Body == 0 ? null : k.Body, k => k.Body, (group, drop) =>
        {
            var perFeed = group.CountBy(k => k.FeedUrl).ToDictionary(StringComparer.Ordinal);
            // One feed's text under two titles: its newest telling is kept, as of a shared page. Two equal texts tie on
            // length, and the lower id kept a lab's "GPT-5.6 Preview System Card" over the final card two weeks later (held-out
            // review 66, F6). Across feeds the best copy's feed stays: a syndicated copy is no update of the publisher's own.
            // Within that feed its newest telling still leads, whatever other feeds carry the text: sorted newest first only
            // where one feed had it all, an aggregator's copy put the preview's card first again (review of session 40b, R9).
            var best = group[0].FeedUrl;
            group.Sort((a, b) => (b.FeedUrl == best).CompareTo(a.FeedUrl == best) is var c && c != 0 ? c
                : (a.FeedUrl == best ? DedupeKey.NewestFirst : DedupeKey.BestFirst).Compare(a, b));
            var first = group[0];
            foreach (var other in group.Skip(1))
                if (other.FeedUrl != first.FeedUrl) drop(new DedupeDrop(other, first, "duplicate_content", $"same text as {first.Id} under another title"));
                else if (!IsTemplate(perFeed[other.FeedUrl]) && other.TitleShape != first.TitleShape)
                    drop(new DedupeDrop(other, first, "duplicate_content", $"same text as {first.Id} under another title, in the same feed ({perFeed[other.FeedUrl]} of its {feedSizes[other.FeedUrl]} items)"));
        });
        // One feed's story posted again under its headline at its slug with a suffix ("-1", "-2"): its newest posting is kept.
        // Only a posting within a week of it: a column that reuses its headline every week ("Five things we learned this week",
        // slugged "-2", "-3" by WordPress) is a new story each time (code review 49, R6).
        var byRepost = Pass(byBody, k => k.Repost == 0 ? null : k.Repost, k => k.Repost, (group, drop) =>
        {
            group.Sort(DedupeKey.NewestFirst);
            foreach (var other in group.Skip(1).Where(o => o.PublishedTicks == 0 || group[0].PublishedTicks == 0
                                                           || group[0].PublishedTicks - o.PublishedTicks < RepostWindow.Ticks))
                drop(new DedupeDrop(other, group[0], "duplicate_content",
                    $"the same headline as {group[0].Id}, of the same feed, at its link's slug with a suffix added: the story posted again"));
        });
        var distinctCount = distinct.Count;
        distinct.Dispose();
        byUrl.Dispose();
        byContent.Dispose();
        byBody.Dispose();

        var nearDrops = NearDuplicates(byRepost);
        var kept = new BitArray(items);
        foreach (var drop in nearDrops.Values) onDrop(drop);
        log.Replay(report);
        foreach (var key in byRepost.ReadAll())
            if (!nearDrops.ContainsKey(key.Ordinal)) kept[key.Ordinal] = true;
        byRepost.Dispose();
        return new DedupeResult(kept, repeats, items, distinctCount);

        KeySequence Pass<TKey>(KeySequence input, Func<DedupeKey, ulong?> hash, Func<DedupeKey, TKey> groupBy,
            Action<List<DedupeKey>, Action<DedupeDrop>> resolve, BitArray? repeatsOut = null, Func<DedupeKey, DedupeKey>? settle = null) where TKey : notnull
        {
            var output = new KeySequence(partitionSize);
            using var partitions = new KeyPartitions(PartitionCount(input.Count));
            foreach (var read in input.ReadAll())
                if ((settle is null ? read : settle(read)) is var key && hash(key) is { } h) partitions.Add(key, h);
                else output.Add(key);
            foreach (var partition in partitions.Read())
                foreach (var group in partition.GroupBy(groupBy))
                {
                    // Repeats of one id keep the first occurrence in the stream; every other rule keeps the best copy.
                    var keepSilently = repeatsOut is not null;
                    var members = keepSilently ? group.OrderBy(k => k.Ordinal).ToList() : group.Order(DedupeKey.BestFirst).ToList();
                    var dropped = new HashSet<int>();
                    if (keepSilently)
                        foreach (var repeat in members.Skip(1))
                        {
                            dropped.Add(repeat.Ordinal);
                            repeatsOut![repeat.Ordinal] = true;
                        }
                    else if (members.Count > 1)
                        resolve(members, drop =>
                        {
                            dropped.Add(drop.DroppedOrdinal);
                            onDrop(drop);
                        });
                    foreach (var member in members)
                        if (!dropped.Contains(member.Ordinal)) output.Add(member);
                }
            return output;
        }
    }

    private DedupeKey Settled(DedupeKey key) => FallsShort is { } fallsShort && fallsShort(key) ? key with { FallsShort = true } : key;

    private static void DropAllButFirst(List<DedupeKey> group, Action<DedupeDrop> drop, Func<DedupeKey, DedupeKey, (string Rule, string Reason)> why)
    {
        foreach (var other in group.Skip(1))
        {
            var (rule, reason) = why(other, group[0]);
            drop(new DedupeDrop(other, group[0], rule, reason));
        }
    }

    private static (string Rule, string Reason) SameLink(DedupeKey kept) => ("duplicate_url", $"same link as {kept.Id} ({kept.CanonicalUrl})");

    /// <summary>
    /// The reason for an item of a feed that points several differently titled stories at one page (an index of reports,
    /// a profile): not a copy of the kept story, but one the feed gives no link of its own (twentieth held-out review,
    /// F12: ten technical reports read "same link as" one another). Null where the copy is another feed's, or titled alike.
    /// </summary>
    /// <param name="sharing">How many items of the copy's feed share the link.</param>
    private static (string Rule, string Reason)? SharedPage(int sharing, DedupeKey copy, DedupeKey kept)
    {
        if (sharing < MinSharingItems || copy.FeedUrl != kept.FeedUrl || copy.TitleOverlap(kept) >= SameTitleOverlap) return null;
        return ("duplicate_url", $"same link as {kept.Id} ({kept.CanonicalUrl}), which {sharing} items of its feed share under other titles: " +
                                 "the feed gives them no link of their own (its warning says so), and one story per link is kept");
    }

    /// <summary>Two items on one link may be a story posted twice; three or more with other titles are a feed's one page.</summary>
    private const int MinSharingItems = 3;

    /// <summary>Titles sharing this much of their words are one story's (a copy), not two stories behind one page.</summary>
    private const double SameTitleOverlap = 0.5;

    private int PartitionCount(int keys) => (int)Math.Ceiling(keys / (double)partitionSize);

    /// <summary>
    /// Near duplicates: within each band's blocks (items that agree on those 16 bits; by pigeonhole two hashes
    /// within 3 bits agree on at least one of 4 bands), each item is compared with the block's earlier kept
    /// items, best first; the pairs found are then settled globally, best first, so an item is dropped only
    /// for a copy that is itself kept.
    /// </summary>
    private Dictionary<int, DedupeDrop> NearDuplicates(KeySequence input)
    {
        var pairs = new List<(DedupeKey Item, DedupeKey Copy, int Distance)>();
        for (var band = 0; band < Bands; band++)
        {
            var shift = band * 16;
            using var partitions = new KeyPartitions(PartitionCount(input.Count));
            foreach (var key in input.ReadAll())
                if (key.Nearable) partitions.Add(key, SimHash.Hash64($"{band}:{(ushort)(key.Sim >> shift)}"));
            foreach (var partition in partitions.Read())
                foreach (var block in partition.GroupBy(k => (ushort)(k.Sim >> shift)))
                {
                    var keptInBlock = new KeptBlock(block.ToList());
                    foreach (var key in keptInBlock.Members.Order(DedupeKey.BestFirst))
                    {
                        var copy = keptInBlock.FirstNear(key, IsNear);
                        if (copy is null) keptInBlock.Add(key);
                        else pairs.Add((key, copy, SimHash.Distance(key.Sim, copy.Sim)));
                    }
                }
        }

        var drops = new Dictionary<int, DedupeDrop>();
        foreach (var group in pairs.GroupBy(p => p.Item.Ordinal).Select(g => g.OrderBy(p => p.Copy, DedupeKey.BestFirst).ToList())
                     .OrderBy(g => g[0].Item, DedupeKey.BestFirst))
        {
            // Pairs come best item first, so every copy's own fate is settled before it is relied on.
            var (item, copy, distance) = group.FirstOrDefault(p => !drops.ContainsKey(p.Copy.Ordinal));
            if (item is not null)
                drops[item.Ordinal] = new DedupeDrop(item, copy, "near_duplicate", $"the same story as {copy.Id} (SimHash {distance} bits apart)");
        }
        return drops;
    }

    /// <summary>
    /// The kept items of one block, indexed so that an item is compared only with those that can be near it. Near
    /// needs a title overlap (Jaccard) of at least <see cref="MinTitleOverlap"/>, and two word sets that overlap that
    /// much share a word among the first |x| - ceil(t|x|) + 1 words of each, when both are ordered the same way
    /// (prefix filtering); ordering rare words first keeps the lists short. Scanning every kept item of the block
    /// made a block of items that share a SimHash band without being one story (a long syndication boilerplate
    /// opening many feeds' items) quadratic: 80,000 such items took 27 s. The candidates are tried in the order the
    /// scan tried them, so the copy found is the same.
    /// </summary>
    private sealed class KeptBlock(List<DedupeKey> members)
    {
        private readonly List<DedupeKey> _kept = [];
        private readonly Dictionary<uint, List<int>> _byPrefixWord = [];
        private readonly Dictionary<uint, int> _frequency = Frequencies(members);

        public List<DedupeKey> Members => members;

        public DedupeKey? FirstNear(DedupeKey key, Func<DedupeKey, DedupeKey, bool> isNear)
        {
            if (_kept.Count == 0 || key.TitleWords.Length == 0) return null; // no title word: no overlap, never near
            var candidates = new List<int>();
            foreach (var word in Prefix(key))
                if (_byPrefixWord.TryGetValue(word, out var list)) candidates.AddRange(list);
            if (candidates.Count == 0) return null;
            candidates.Sort();
            var previous = -1;
            foreach (var index in candidates)
            {
                if (index == previous) continue;
                previous = index;
                if (isNear(key, _kept[index])) return _kept[index];
            }
            return null;
        }

        public void Add(DedupeKey key)
        {
            foreach (var word in Prefix(key))
            {
                if (!_byPrefixWord.TryGetValue(word, out var list)) _byPrefixWord[word] = list = [];
                list.Add(_kept.Count);
            }
            _kept.Add(key);
        }

        /// <summary>The title's first |x| - floor(t|x|) + 1 words, rarest in the block first (one longer than needed when t|x| is whole: safe).</summary>
        private IEnumerable<uint> Prefix(DedupeKey key)
        {
            var words = key.TitleWords;
            if (words.Length == 0) return []; // no title word: never near anything, nothing to index
            var length = Math.Clamp(words.Length - (int)Math.Floor(MinTitleOverlap * words.Length) + 1, 1, words.Length);
            return words.OrderBy(w => _frequency[w]).ThenBy(w => w).Take(length);
        }

        private static Dictionary<uint, int> Frequencies(List<DedupeKey> members)
        {
            var frequency = new Dictionary<uint, int>();
            foreach (var member in members)
                foreach (var word in member.TitleWords)
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
            return frequency;
        }
    }

    /// <summary>Near in SimHash and about the same thing by title: a shared boilerplate opening must not merge two stories.</summary>
    private bool IsNear(DedupeKey a, DedupeKey b)
    {
        NearTests++;
        return SimHash.Distance(a.Sim, b.Sim) <= nearDuplicateDistance && a.TitleOverlap(b) >= MinTitleOverlap && !Episodes(a, b);
    }

    /// <summary>
    /// Whether two items alike in words are two posts a repost window or more apart (<see cref="RepostWindow"/>), as the repost rule
    /// holds a headline reused after a week to be a new story: one feed's issues of a series, whose titles differ only in their
    /// dates, numbers or ordinals ("This Month in Rust OSDev (May 2020)" and "(June 2020)", merged as near duplicates on their
    /// shared opening: held-out review 119, F2); or two posts at two links that give nothing but one headline ("Paper Accepted at
    /// ACM IMWUT (Ubicomp) 2019" for two papers, months apart: review 118, F7). Posts of one day, or of other feeds under
    /// another title, keep the rules as they were: two reports of one event are one story.
    /// </summary>
    private static bool Episodes(DedupeKey a, DedupeKey b)
    {
        if (a.PublishedTicks == 0 || b.PublishedTicks == 0 || Math.Abs(a.PublishedTicks - b.PublishedTicks) < RepostWindow.Ticks) return false;
        var issues = a.FeedUrl == b.FeedUrl && a.TitleShape == b.TitleShape && !a.TitleWords.AsSpan().SequenceEqual(b.TitleWords);
        var titlesOnly = a.TitleOnly && b.TitleOnly && a.CanonicalUrl != b.CanonicalUrl;
        return issues || titlesOnly;
    }

    /// <summary>How many pairs the near-duplicate pass has compared: its work, which tests bound (never its time).</summary>
    internal long NearTests { get; private set; }
}

/// <summary>
/// The drops of every rule, spilled to disk, replayed once all rules have run. A rule can drop an item as a copy
/// of one that a later rule drops in turn (the same link as an item whose text repeats a third): the replay points
/// each drop at the copy that is finally kept, so a story's copies always name its kept representative. Memory:
/// two small entries per dropped item.
/// </summary>
internal sealed class DropLog : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"newscurator-drops-{Guid.NewGuid():N}.bin");
    private BinaryWriter? _writer;
    private readonly Dictionary<int, int> _copyOf = [];
    private readonly Dictionary<int, string> _ids = [];
    private int _count;

    public void Add(DedupeDrop drop)
    {
        _writer ??= new BinaryWriter(new BufferedStream(File.Create(_path), 1 << 16));
        drop.Write(_writer);
        _copyOf[drop.DroppedOrdinal] = drop.KeptOrdinal;
        _ids.TryAdd(drop.KeptOrdinal, drop.KeptId);
        _count++;
    }

    public void Replay(Action<DedupeDrop> report)
    {
        if (_writer is null) return;
        _writer.Dispose();
        _writer = null;
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(_path), 1 << 16));
        for (var i = 0; i < _count; i++)
        {
            var drop = DedupeDrop.Read(reader);
            var root = drop.KeptOrdinal;
            // Each hop goes to a better copy (rules keep the best of a group), so the walk ends.
            while (_copyOf.TryGetValue(root, out var next)) root = next;
            report(root == drop.KeptOrdinal ? drop : drop with
            {
                KeptOrdinal = root, KeptId = _ids[root], Reason = $"{drop.Reason}, itself a copy of {_ids[root]}",
            });
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        if (File.Exists(_path)) File.Delete(_path);
    }
}
