using NewsCurator.Storage;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Storage;

[Trait(Category.Name, Category.Unit)]
public sealed class SpillPartitionsTests
{
    private sealed record Item(string Key, int Value);

    [Fact]
    public void MergeSorted_WhenEveryPartitionIsSorted_ShouldYieldOneSortedSequenceOfEveryValueAndRereadTheSame()
    {
        var values = Enumerable.Range(0, 5_000).Select(i => new Item($"k{(i * 7919) % 5_000:D5}", i)).ToList();
        using var spill = new SpillPartitions<Item>(37);
        foreach (var v in values) spill.Append(spill.PartitionOf(v.Key), v);
        var byKey = Comparer<Item>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var p = 0; p < spill.Count; p++) spill.Rewrite(p, spill.Read(p).Order(byKey));

        var merged = spill.MergeSorted(byKey).ToList();
        Assert.Equal(values.OrderBy(v => v.Key, StringComparer.Ordinal), merged);
        Assert.Equal(merged, spill.MergeSorted(byKey).ToList());
    }

    [Fact]
    public void Read_ShouldKeepAppendOrderWithinAPartition_AndPartitionOfShouldNotDependOnTheProcess()
    {
        using var spill = new SpillPartitions<Item>(4);
        for (var i = 0; i < 100; i++) spill.Append(spill.PartitionOf("same key"), new Item("same key", i));
        Assert.Equal(Enumerable.Range(0, 100), spill.Read(spill.PartitionOf("same key")).Select(v => v.Value));
        // SimHash.Hash64 is FNV-style, fixed: the partition of a key is the same in every process (no randomised string hash).
        Assert.Equal(spill.PartitionOf("https://example.com/feed"), new SpillPartitions<Item>(4).PartitionOf("https://example.com/feed"));
        Assert.Empty(spill.Read((spill.PartitionOf("same key") + 1) % 4));
        Assert.Equal(1, SpillPartitions.CountFor(0, 10));
        Assert.Equal(3, SpillPartitions.CountFor(21, 10));
    }

    [Fact]
    public void Append_WithMorePartitionsThanTheOpenFileLimit_AndLinesLongerThanTheBuffer_ShouldKeepEveryValue()
    {
        // 3,000 partitions (Lambda allows 1,024 open files: none stays open between appends), some values far over 4 KB.
        using var spill = new SpillPartitions<Item>(3_000);
        for (var i = 0; i < 30_000; i++) spill.Append(i % 3_000, new Item(i % 97 == 0 ? new string('x', 10_000) : $"k{i}", i));
        Assert.Equal(Enumerable.Range(0, 10).Select(j => 1_234 + j * 3_000), spill.Read(1_234).Select(v => v.Value));
        Assert.Equal(30_000, Enumerable.Range(0, 3_000).Sum(p => spill.Read(p).Count()));
        Assert.Equal(500, SpillPartitions.CountFor(100_000_000, 2_000));

        // A partition dropped after use gives its disk back and reads as empty; the others are untouched.
        spill.Delete(1_234);
        Assert.Empty(spill.Read(1_234));
        Assert.Equal(10, spill.Read(1_235).Count());
    }
}
