using NewsCurator.Scoring;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Scoring;

/// <summary>A warm process forgets a model load that failed, so the next run reads the file again (hostile-input audit 44's note).</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class ScorerFactoryLoadTests
{
    [Fact]
    public void AHeadsFileCutShortAtTheFirstRun_ShouldLoadOnceItIsWhole()
    {
        using var folder = new TempDir();
        var path = Path.Combine(folder.Path, "heads.nceh");
        var shipped = File.ReadAllBytes(Repo.Path("batch-gpu", "model", "minilm-heads.nceh"));
        File.WriteAllBytes(path, shipped[..4096]);

        Assert.ThrowsAny<Exception>(() => ScorerFactory.HeadsFor(path));

        File.WriteAllBytes(path, shipped);
        Assert.NotNull(ScorerFactory.HeadsFor(path).Header);
    }
}
