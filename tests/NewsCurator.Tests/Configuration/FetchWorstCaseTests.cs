using NewsCurator.Configuration;
using NewsCurator.Tests.Support;
using NewsCurator.Wiring;

namespace NewsCurator.Tests.Configuration;

/// <summary>
/// One feed's worst case (tries x timeout, the waits between them, the full-text budget) stays within half the Ingest step,
/// so one server that never finishes answering cannot end the step for its whole shard (hostile-input audit 48, H4).
/// </summary>
[Trait(Category.Name, Category.Unit)]
public sealed class FetchWorstCaseTests
{
    [Fact]
    public void TheIngestStepsTime_IsTheIngestFunctionsTimeout()
        => Assert.Equal(FetchConfig.IngestStepSeconds, PipelineWiring.ForPlaceholder("IngestFunctionArn").TimeoutSeconds);

    [Theory]
    [InlineData("")]                                                 // the defaults: 3 x 20 s + 2 x 30 s + 30 s = 150 s
    [InlineData("fetch: {timeout_seconds: 60, retries: 2}\n")]       // 180 + 60 + 30 = 270 s
    [InlineData("fetch: {timeout_seconds: 270, retries: 0}\n")]      // 270 + 30 = 300 s: half the step, exactly
    public void AConfigWithinHalfTheStep_Loads(string yaml)
        => ConfigLoader.Parse("feeds: {urls: [\"https://example.org/feed\"]}\n" + yaml, "pipeline.yaml");

    [Fact]
    public void AConfigPastHalfTheStep_IsRefused_SayingTheWorstCaseAndTheFix()
    {
        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.Parse("feeds: {urls: [\"https://example.org/feed\"]}\nfetch: {timeout_seconds: 271, retries: 0}\n", "pipeline.yaml"));
        Assert.Contains("up to 301 s", error.Message);
        Assert.Contains("within 300 s", error.Message);
    }
}
