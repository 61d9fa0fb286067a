namespace NewsCurator.Select;

/// <summary>
/// The words most of one feed's titles repeat: its title template ("System Card" under each of a lab's model cards,
/// "Release Notes", "Weekly Update"), which says nothing of whether two of its items tell one story (held-out review 66,
/// F3). A word is a feed's template where at least <see cref="MinTitles"/> of its titles, and more than half of them, use
/// it: two titles sharing words are what a story told twice looks like, so two alone never make a template.
/// </summary>
internal sealed class FeedTitleTemplates
{
    private const int MinTitles = 3;

    /// <summary>Feed and word pairs counted at most: a run of a million items keeps its tally bounded (past it, no new template).</summary>
    private const int MaxWords = 200_000;

    private readonly Dictionary<string, int> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Feed, string Word), int> _titlesUsing = [];

    /// <summary>Counts one title of a feed by its words (<see cref="Selector.TitleWords"/>).</summary>
    public void Add(string feed, HashSet<string> words)
    {
        _titles[feed] = _titles.GetValueOrDefault(feed) + 1;
        foreach (var word in words)
            if (_titlesUsing.ContainsKey((feed, word)) || _titlesUsing.Count < MaxWords) _titlesUsing[(feed, word)] = _titlesUsing.GetValueOrDefault((feed, word)) + 1;
    }

    /// <summary>A title's words without those of its feed's template that the other title also uses.</summary>
    /// <remarks>
    /// Only a template word both titles use is no evidence: taken from one title alone it shrinks the union and not the
    /// words shared, so "Weekly Update: Kafka Connector" and "Kafka Connector Security Advisory" rose from 2/6 to 2/4 and
    /// the advisory was dropped as the weekly update's story (review of session 40b, R4).
    /// </remarks>
    public HashSet<string> Without(string feed, HashSet<string> words, HashSet<string> other)
        => words.Any(w => other.Contains(w) && IsTemplate(feed, w)) ? words.Where(w => !other.Contains(w) || !IsTemplate(feed, w)).ToHashSet(StringComparer.Ordinal) : words;

    private bool IsTemplate(string feed, string word)
        => _titlesUsing.GetValueOrDefault((feed, word)) is var titles && titles >= MinTitles && 2 * titles > _titles.GetValueOrDefault(feed);
}
