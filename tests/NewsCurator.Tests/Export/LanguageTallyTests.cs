using System.Text.Json;
using NewsCurator.Tests.Pipeline;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Export;

/// <summary>
/// The run's "languages" tally counts a dropped item under the language Filter detected for it: dropped rows carried
/// none, so every drop counted as "und" (ninth held-out review: {"und": 33, "en": 13} while 13 drops were named zh or ja).
/// </summary>
[Trait(Category.Name, Category.Integration)]
public sealed class LanguageTallyTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private readonly LoopbackServer _server = new();

    [Fact]
    public async Task DroppedItems_ShouldCountUnderTheirDetectedLanguage_NotUnd()
    {
        _server.Serve("mixed.xml", Feeds.Rss("Mixed",
            ("Open LLM runs on one GPU", "https://example.org/llm", Feeds.AiBody),
            ("Neue Regeln", "https://example.org/de", "Die Bundesregierung hat am Montag beschlossen, dass die neuen Regeln für alle Unternehmen gelten und nicht nur für die großen Firmen im Land."),
            ("Nouvelles règles", "https://example.org/fr", "Le gouvernement a annoncé que les nouvelles règles seront appliquées dans toutes les entreprises de la région et du pays entier."),
            // An English teaser below min_length: dropped, yet its language is known.
            ("A compiler release", "https://example.org/short", "The new compiler release is out today for all of you.")));

        var result = await _harness.RunAsync("langs", _harness.ConfigForUrls(_server.Url("mixed.xml")));

        Assert.True(result.Succeeded, result.Cause);
        using var analytics = JsonDocument.Parse(_harness.ReadBlob("runs/langs/export/analytics.json"));
        var languages = analytics.RootElement.GetProperty("languages").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(1, languages.GetValueOrDefault("de"));
        Assert.Equal(1, languages.GetValueOrDefault("fr"));
        Assert.Equal(2, languages.GetValueOrDefault("en"));
        Assert.False(languages.ContainsKey("und"), string.Join(", ", languages.Select(p => $"{p.Key}={p.Value}")));
        // The dropped row itself says what it is in (articles table, exports).
        Assert.Equal("de", _harness.Query<string?>("SELECT language FROM articles WHERE run_id = 'langs' AND url = 'https://example.org/de'").Single());
    }

    public void Dispose()
    {
        _server.Dispose();
        _harness.Dispose();
    }
}
