namespace NewsCurator.Configuration;

/// <summary>
/// Settings a run can start with that will not do what they seem to ask: each is said once, as the run starts, naming the
/// key and what to expect. A setting that cannot work at all stops the run at load instead (<see cref="ConfigLoader"/>).
/// </summary>
public static class ConfigWarnings
{
    /// <summary>The language the scoring model reads: the encoder and its heads, and the rules scorer's lexicons.</summary>
    public const string ScoredLanguage = "en";

    public static IReadOnlyList<string> Of(PipelineConfig config)
    {
        var warnings = new List<string>();
        // Held-out review 74: with content.languages opened to German or Japanese, their stories passed the language
        // filter and were then dropped for relevance, as if judged off-profile; only each decision said why.
        var unread = config.Content.Languages.Where(l => l != ScoredLanguage).ToList();
        if (config.Content.Languages.Count == 0)
            warnings.Add("content.languages is empty, so stories in every language pass the language filter; the scoring model reads English only " +
                         "and scores the others as no judgement of them (their decisions say so): list [en] to drop them with that reason instead");
        else if (unread.Count > 0)
            warnings.Add($"content.languages lists {string.Join(", ", unread.Select(l => $"'{l}'"))}; the scoring model reads English only, so stories in " +
                         $"{(unread.Count == 1 ? "that language" : "those languages")} pass the language filter and then rarely reach scoring.min_relevance " +
                         "(their decisions say so): expect few of them in the newsletter");
        return warnings;
    }
}
