using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace NewsCurator.Configuration;

/// <summary>
/// Reads one YAML mapping strictly: every value is checked against its type and range, and
/// any key nobody asked for is reported with the list of keys that are allowed there.
/// Problems are collected (not thrown) so a user sees all of them at once.
/// </summary>
internal sealed class YamlSection
{
    private readonly string _path;
    private readonly YamlMappingNode? _node;
    private readonly List<string> _problems;
    private readonly List<string> _known = [];
    private readonly List<YamlSection> _children = [];

    public YamlSection(string path, YamlNode? node, List<string> problems)
    {
        _path = path;
        _problems = problems;
        if (node is YamlMappingNode map) _node = map;
        else if (node is not null && !IsNull(node))
            problems.Add($"'{Display}' must be a mapping of keys to values (got {Describe(node)})");
    }

    private string Display => _path.Length == 0 ? "(root)" : _path;

    private string KeyPath(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    private YamlNode? Get(string key)
    {
        _known.Add(key);
        if (_node is null) return null;
        foreach (var (k, v) in _node.Children)
            if (k is YamlScalarNode s && s.Value == key) return IsNull(v) ? null : v;
        return null;
    }

    public YamlSection Child(string key)
    {
        var child = new YamlSection(KeyPath(key), Get(key), _problems);
        _children.Add(child);
        return child;
    }

    public int Int(string key, int fallback, int min, int max)
    {
        var node = Get(key);
        if (node is null) return fallback;
        if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            if (n >= min && n <= max) return n;
            _problems.Add($"'{KeyPath(key)}' is {n}; allowed: a whole number from {min} to {max}");
            return fallback;
        }
        _problems.Add($"'{KeyPath(key)}' must be a whole number from {min} to {max} (got {Describe(node)})");
        return fallback;
    }

    public long Long(string key, long fallback, long min, long max)
    {
        var node = Get(key);
        if (node is null) return fallback;
        if (node is YamlScalarNode { Value: { } v } && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        _problems.Add($"'{KeyPath(key)}' must be a whole number from {min} to {max} (got {Describe(node)})");
        return fallback;
    }

    public double Double(string key, double fallback, double min, double max)
    {
        var node = Get(key);
        if (node is null) return fallback;
        if (node is YamlScalarNode { Value: { } v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            if (d >= min && d <= max) return d;
            _problems.Add($"'{KeyPath(key)}' is {d.ToString(CultureInfo.InvariantCulture)}; allowed: a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
            return fallback;
        }
        _problems.Add($"'{KeyPath(key)}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} (got {Describe(node)})");
        return fallback;
    }

    public bool Bool(string key, bool fallback)
    {
        var node = Get(key);
        if (node is null) return fallback;
        if (node is YamlScalarNode { Value: { } v } && bool.TryParse(v, out var b)) return b;
        _problems.Add($"'{KeyPath(key)}' must be true or false (got {Describe(node)})");
        return fallback;
    }

    public string? String(string key, string? fallback)
    {
        var node = Get(key);
        if (node is null) return fallback;
        if (node is YamlScalarNode { Value: { } v }) return v;
        _problems.Add($"'{KeyPath(key)}' must be a text value (got {Describe(node)})");
        return fallback;
    }

    /// <summary>A text value that must be one of a fixed set.</summary>
    public string Choice(string key, string fallback, IReadOnlyList<string> allowed)
    {
        var value = String(key, fallback) ?? fallback;
        if (allowed.Contains(value)) return value;
        _problems.Add($"'{KeyPath(key)}' is '{value}'; allowed: {string.Join(", ", allowed)}");
        return fallback;
    }

    public IReadOnlyList<string> StringList(string key, IReadOnlyList<string> fallback, IReadOnlyList<string>? allowed = null)
    {
        var node = Get(key);
        if (node is null) return fallback;
        if (node is not YamlSequenceNode seq)
        {
            _problems.Add($"'{KeyPath(key)}' must be a list (got {Describe(node)}); write it as [a, b] or one '- item' per line");
            return fallback;
        }
        var values = new List<string>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (seq.Children[i] is YamlScalarNode { Value: { Length: > 0 } v })
            {
                if (allowed is not null && !allowed.Contains(v))
                    _problems.Add($"'{KeyPath(key)}[{i}]' is '{v}'; allowed: {string.Join(", ", allowed)}");
                else values.Add(v);
            }
            else _problems.Add($"'{KeyPath(key)}[{i}]' must be a non-empty text value (got {Describe(seq.Children[i])})");
        }
        return values;
    }

    /// <summary>
    /// A list of phrases to find in articles: each must hold a word (a letter or a digit). A phrase of spaces or
    /// punctuation is in every item: ads.patterns [" "] dropped all 88 items of a run as ads, and its issue said "a quiet
    /// day" (audit hostile22, H5).
    /// </summary>
    public IReadOnlyList<string> PhraseList(string key, IReadOnlyList<string> fallback)
    {
        var values = StringList(key, fallback);
        if (ReferenceEquals(values, fallback)) return values;
        var words = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Any(char.IsLetterOrDigit)) words.Add(values[i]);
            else _problems.Add($"'{KeyPath(key)}[{i}]' is '{values[i]}': a phrase needs a word (letters or digits); one of spaces or punctuation is in every article");
        }
        return words;
    }

    /// <summary>A list of mappings (one '- key: value' block per entry), each read as its own section.</summary>
    public IReadOnlyList<YamlSection> Sections(string key)
    {
        var node = Get(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            _problems.Add($"'{KeyPath(key)}' must be a list of mappings (got {Describe(node)}); write one '- name: ...' block per entry");
            return [];
        }
        var sections = seq.Children.Select((child, i) => new YamlSection($"{KeyPath(key)}[{i}]", child, _problems)).ToList();
        _children.AddRange(sections);
        return sections;
    }

    /// <summary>Adds a problem found by a reader that checks values together (naming the key is the reader's job).</summary>
    public void Problem(string key, string message) => _problems.Add($"'{KeyPath(key)}' {message}");

    /// <summary>Reports keys that no reader asked for, here and in every child section.</summary>
    public void RejectUnknownKeys()
    {
        if (_node is not null)
        {
            foreach (var (k, _) in _node.Children)
            {
                if (k is not YamlScalarNode { Value: { } name })
                {
                    // Named by kind and position, never rendered: YamlDotNet's ToString expands every alias, and ten
                    // levels of nine aliases each ("? *a9") rendered 9^10 scalars (5.8 GB, then OutOfMemoryException).
                    _problems.Add($"'{Display}' has a key that is {Describe(k)} (defined at line {k.Start.Line}, column {k.Start.Column}); " +
                                  $"keys must be plain names, allowed in '{Display}': {string.Join(", ", _known)}");
                    continue;
                }
                if (!_known.Contains(name))
                {
                    var hint = Suggest(name);
                    _problems.Add($"unknown key '{KeyPath(name)}'{hint}; allowed in '{Display}': {string.Join(", ", _known)}");
                }
            }
        }
        foreach (var child in _children) child.RejectUnknownKeys();
    }

    private string Suggest(string name)
    {
        var best = _known.OrderBy(k => Distance(k, name)).FirstOrDefault();
        return best is not null && Distance(best, name) <= 2 ? $" (did you mean '{best}'?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Value: null or "" or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain;

    private static string Describe(YamlNode node) => node switch
    {
        // A URL with credentials in the wrong place (a feed URL given where a list belongs) is quoted redacted, as everywhere.
        YamlScalarNode s => $"'{(s.Value is { } value ? Ingest.UrlDisplay.Of(value) : null)}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };
}
