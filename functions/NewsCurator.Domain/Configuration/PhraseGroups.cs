namespace NewsCurator.Configuration;

/// <summary>
/// Lists of named phrase groups in the config (the profile's interests, the kinds of ad listing):
/// each is read by its section's own fields, and the problems every such list shares are reported
/// the same way: a missing name, no phrases, a name given twice.
/// </summary>
internal static class PhraseGroups
{
    public static List<T> Read<T>(YamlSection s, string key, string what, string phrasesExample, Func<YamlSection, string, IReadOnlyList<string>, T> create)
    {
        var groups = new List<T>();
        var names = new List<string>();
        foreach (var (section, i) in s.Sections(key).Select((section, i) => (section, i)))
        {
            var name = section.String("name", null) ?? "";
            var phrases = section.PhraseList("phrases", []);
            if (name.Length == 0) s.Problem($"{key}[{i}].name", $"is missing: give each {what} a name (it appears in the decision record)");
            if (phrases.Count == 0) s.Problem($"{key}[{i}].phrases", $"is empty: describe the {what} with a few phrases, e.g. {phrasesExample}");
            names.Add(name);
            groups.Add(create(section, name, phrases));
        }
        foreach (var dup in names.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            s.Problem(key, $"names '{dup.Key}' more than once; each {what} needs its own name");
        return groups;
    }
}
