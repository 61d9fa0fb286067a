namespace NewsCurator.Tests.Support;

/// <summary>
/// Files a test keeps for a person to look at (screenshots, checker reports): under
/// $NEWSCURATOR_TEST_ARTIFACTS, else out/test-artifacts in the repository (ignored by git).
/// </summary>
public static class Artifacts
{
    public static string Path(string name)
    {
        var root = Environment.GetEnvironmentVariable("NEWSCURATOR_TEST_ARTIFACTS") is { Length: > 0 } dir
            ? dir
            : Repo.Path("out", "test-artifacts");
        Directory.CreateDirectory(root);
        return System.IO.Path.Combine(root, name);
    }
}
