using System.Text;
using NewsCurator.Enhance;
using NewsCurator.Filter;
using NewsCurator.Ingest;
using NewsCurator.Model;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Enhance;

/// <summary>
/// The summary checker over every item of every fixture feed (tests/fixtures/feeds, real-world
/// feeds nobody tuned the summarizer on), read through the parser as a run reads them. Every
/// summary built from sentences must pass the checker; the stand-ins (feed description, preview)
/// are counted. The report lands in the test artifacts (summary-corpus.txt) for a person to read.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class SummaryCorpusTests
{
    [Fact]
    public void EveryFixtureItem_ShouldGetASummaryThatPassesTheChecker_OrAStandInTheRecordNames()
    {
        var root = Repo.Path("tests", "fixtures", "feeds");
        var report = new StringBuilder();
        var failures = new List<string>();
        var bySource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var items = 0;
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            ParsedFeed feed;
            try { feed = FeedParser.Parse(File.ReadAllBytes(file), new Uri(file)); }
            catch (FeedParseException) { continue; } // not a feed (INDEX.tsv, README, golden JSON, broken documents)
            var source = new FeedSource(new Uri(file).AbsoluteUri);
            foreach (var item in feed.Items)
            {
                if (ArticleNormalizer.ToArticleOrNull(item, source, feed.Title) is not { } article) continue; // nothing a reader could use
                var language = LanguageDetector.Detect(article.Title + ". " + article.Text, FeedLanguage.Of(feed.Language));
                var preview = Words.Truncate(HtmlText.WithoutQuoteMarkers(article.Text).Replace('\n', ' '), 200);
                var summary = Summarizer.Summarize(article.Title, article.Text, article.Description, preview, 3, language);
                items++;
                bySource[summary.Source] = bySource.GetValueOrDefault(summary.Source) + 1;
                var findings = SummaryChecker.Check(summary.Text, language, 3, article.Title);
                // A stand-in is named as one; only its sentence count may fall short (a preview is no sentence at all).
                if (summary.Source != SummarySources.Extractive)
                {
                    Assert.NotNull(summary.Note);
                    findings.RemoveAll(f => f.Rule == "sentence_count" || summary.Source == SummarySources.Preview);
                }
                if (findings.Count > 0)
                    failures.Add($"{Path.GetRelativePath(root, file)} '{article.Title}': {string.Join("; ", findings.Select(f => $"{f.Rule}: {f.Detail}"))}");
                report.Append(Path.GetRelativePath(root, file)).Append(" | ").Append(summary.Source).Append(" | ").Append(article.Title)
                    .Append('\n').Append("    ").Append(summary.Text).Append('\n');
            }
        }
        var counts = string.Join(", ", bySource.Select(kv => $"{kv.Key} {kv.Value}"));
        File.WriteAllText(Artifacts.Path("summary-corpus.txt"), $"items {items}: {counts}; checker failures {failures.Count}\n\n" +
            string.Join('\n', failures) + "\n\n" + report);
        Assert.True(items > 1000, $"only {items} fixture items were read: the corpus moved?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {items} summaries fail the checker:\n" + string.Join('\n', failures.Take(30)));
    }
}
