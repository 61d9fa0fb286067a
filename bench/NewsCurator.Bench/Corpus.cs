namespace NewsCurator.Bench;

/// <summary>The fixture corpus: every document INDEX.tsv marks as a well-formed feed.</summary>
internal static class Corpus
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Serverless.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run the bench from inside the repository");
    }

    public static List<(string Name, byte[] Bytes)> Feeds()
    {
        var root = Path.Combine(RepoRoot, "tests", "fixtures", "feeds");
        var docs = new List<(string, byte[])>();
        foreach (var index in Directory.GetFiles(root, "INDEX.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(index).Skip(1))
            {
                var f = line.Split('\t');
                if (f[4] != "ok" || f[2] == "unknown" || f[2].StartsWith("jsonfeed-rss", StringComparison.Ordinal)) continue;
                docs.Add((f[0], File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(index)!, f[0]))));
            }
        return docs;
    }
}
