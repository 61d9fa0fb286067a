using NewsCurator.Filter;
using NewsCurator.Ingest;

namespace NewsCurator.Configuration;

/// <summary>
/// Config values that a later stage parses, checked at load with the parser that will meet them: a value that
/// only fails there fails after the run has started (every feed, or the last stage), not at the key that is wrong.
/// </summary>
internal static class ConfigValueChecks
{
    /// <summary>
    /// fetch.user_agent: every Ingest shard adds it with HttpHeaders.UserAgent.ParseAdd, and a value that parser refuses
    /// (a comment whose ')' is missing, a CR/LF) failed every shard, so every feed, of every run.
    /// </summary>
    public static void UserAgent(YamlSection section, string key, string value)
    {
        using var probe = new HttpRequestMessage();
        // ASCII only: the parser takes any character in a comment ("(café)"), but no request can carry it, and every feed
        // read failed (audit hostile22, H2).
        if (!string.IsNullOrWhiteSpace(value) && value.All(c => c is >= ' ' and <= '~') && probe.Headers.UserAgent.TryParseAdd(value)) return;
        section.Problem(key, $"is '{value}', not a valid User-Agent header: write one line of ASCII product/version tokens and (comments), " +
                             "e.g. \"NewsCurator/1.0 (+https://example.org/bot; ops@example.org)\"");
    }

    /// <summary>
    /// fetch.timeout_seconds with fetch.retries: a feed that answers a byte at a time, or never, is tried retries + 1 times
    /// for the whole timeout, with up to <see cref="FetchConfig.MaxRetryWaitSeconds"/> between tries and the full-text budget
    /// after. Each key within its range, 300 s with 2 retries took 900 s, past the Ingest step's 600: the step ended and every
    /// feed of its shard was recorded failed, the ones already read too, so one hostile server cost ten feeds a run
    /// (hostile-input audit 48, H4). At most half the step, so one feed always fits within the shard's deadline with room for
    /// others; a host's feeds queued behind its connection slots are bounded by that deadline instead
    /// (<see cref="Ingest.IngestStage.ShardDeadline"/>: the feeds it leaves unread are recorded so, the others kept).
    /// </summary>
    public static void OneFeedsWorstCase(YamlSection section, FetchConfig fetch)
    {
        var worst = WorstCase(fetch.Retries, fetch.TimeoutSeconds);
        const int allowed = FetchConfig.IngestStepSeconds / 2;
        if (worst <= allowed) return;
        // Past some number of tries no timeout fits: then it is the retries that must come down (review of session 40, R8).
        if (WorstCase(fetch.Retries, 1) > allowed)
        {
            var most = Enumerable.Range(0, fetch.Retries).Last(r => WorstCase(r, 1) <= allowed);
            section.Problem("retries", $"is {fetch.Retries}: with {FetchConfig.MaxRetryWaitSeconds} s between tries a feed that never finishes answering holds its shard " +
                                       $"past half the Ingest step's {FetchConfig.IngestStepSeconds} s whatever fetch.timeout_seconds is; keep fetch.retries at most {most}");
            return;
        }
        section.Problem("timeout_seconds", $"is {fetch.TimeoutSeconds} with 'fetch.retries' {fetch.Retries}: a feed that never finishes answering then holds " +
                                           $"its shard up to {worst} s (tries x timeout, {FetchConfig.MaxRetryWaitSeconds} s between tries, {FullTextExtractor.Budget.TotalSeconds:0} s of full text), " +
                                           $"more than half the Ingest step's {FetchConfig.IngestStepSeconds} s, and the step's end loses every feed of the shard; " +
                                           $"lower fetch.timeout_seconds or fetch.retries to keep it within {allowed} s (e.g. timeout_seconds: 20 with retries: 2)");
    }

    /// <summary>The longest one feed may hold its shard: every try for the whole timeout, the longest wait between tries, the full-text budget.</summary>
    private static int WorstCase(int retries, int timeoutSeconds)
        => (retries + 1) * timeoutSeconds + retries * FetchConfig.MaxRetryWaitSeconds + (int)FullTextExtractor.Budget.TotalSeconds;

    /// <summary>
    /// newsletter.title starts every subject line and heads the page: one line of plain text. A line break
    /// reached the stored subject (MimeKit alone kept it out of the mail header), markup the API's readers.
    /// </summary>
    public static void Title(YamlSection section, string key, string value)
    {
        var title = value.Trim();
        if (title.Length == 0)
            section.Problem(key, "is empty: name the newsletter, e.g. \"The Tech & AI Brief\"");
        else if (HeaderText.SingleLine(title) != title)
            section.Problem(key, $"is '{value}': it must be one line of visible text, without line breaks, control or invisible formatting characters");
        else if (title.AsSpan().IndexOfAny('<', '>') >= 0)
            section.Problem(key, $"is '{value}': plain text only, no markup ('<', '>'); subject lines and the API show it as written");
        else if (title.Length > HeaderText.MaxNameLength)
            section.Problem(key, $"is {title.Length} characters; keep it under {HeaderText.MaxNameLength} (it starts every subject line)");
    }

    /// <summary>
    /// fetch.allow_private_hosts: host names or addresses ("wiki.corp.acme.com", "10.0.0.5", "[fd00::1]:8443"), or "*".
    /// An entry copied from the browser ("https://wiki.corp.acme.com/") named no host: the listed intranet looked public,
    /// and a public feed's link into it was printed (hostile-input audit 51, H5).
    /// </summary>
    public static void PrivateHosts(YamlSection section, string key, IReadOnlyList<string> hosts)
    {
        for (var i = 0; i < hosts.Count; i++)
        {
            var entry = hosts[i].Trim();
            if (entry == "*") continue;
            // An IPv6 address written bare ("fd00::1", "::1"), as the matcher reads it (PublicNetwork.HostKey): the URI test
            // below reads its last colon as a port's and stopped the run (hostile-input audit 52, H4).
            if (entry.Contains(':', StringComparison.Ordinal) && System.Net.IPAddress.TryParse(entry, out var address)
                && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6) continue;
            var url = entry.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(entry, UriKind.Absolute, out var parsed) ? parsed : null;
            if (url is not null)
                section.Problem($"{key}[{i}]", $"is '{hosts[i]}', a URL: list its host alone ('{url.Authority}')");
            else if (entry.Length == 0 || entry.IndexOfAny(['/', '?', '#', '*', ' ', '\t']) >= 0
                     || !Uri.TryCreate($"http://{entry}/", UriKind.Absolute, out var host) || host.AbsolutePath != "/")
                section.Problem($"{key}[{i}]", $"is '{hosts[i]}': list a host name or an IP address (wiki.corp.acme.com, 10.0.0.5), or \"*\" alone to trust every host");
        }
    }

    /// <summary>
    /// content.languages: codes the language detector can return. Any other ("english", "en-GB") matched no item,
    /// and every item was dropped as 'language' while the run succeeded with no stories.
    /// </summary>
    public static void Languages(YamlSection section, string key, IReadOnlyList<string> languages)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (LanguageDetector.Codes.Contains(languages[i])) continue;
            var hint = LanguageDetector.Suggest(languages[i]) is { } code ? $" (did you mean '{code}'?)" : "";
            section.Problem($"{key}[{i}]", $"is '{languages[i]}'{hint}; the language detector knows these ISO 639-1 codes: {string.Join(", ", LanguageDetector.Codes)}");
        }
    }
}
