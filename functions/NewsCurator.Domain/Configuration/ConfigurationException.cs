namespace NewsCurator.Configuration;

/// <summary>A bad configuration: the run must not start. The message names every bad key and what is allowed.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>One problem; values quoted in it (a recipients-file line, a feed URL) cannot break the message's line.</summary>
    public ConfigurationException(string message) : base(Printable(message)) { }

    public ConfigurationException(string source, IReadOnlyList<string> problems)
        : base($"{source}: invalid configuration:\n  - " + string.Join("\n  - ", problems.Select(Printable)))
    {
        Problems = problems;
    }

    /// <summary>A problem on one line: a value's line breaks and control characters (CR/LF meant for a mail header) shown escaped.</summary>
    private static string Printable(string problem)
    {
        // A quoted value can be megabytes (a 3 MB config value was printed whole): the start names the key, the end the fix.
        if (problem.Length > MaxProblemLength)
            problem = $"{problem[..(MaxProblemLength / 2)]} ... ({problem.Length - MaxProblemLength} characters left out) ... {problem[^(MaxProblemLength / 2)..]}";
        if (!problem.Any(char.IsControl)) return problem;
        var text = new System.Text.StringBuilder(problem.Length + 8);
        foreach (var c in problem)
            text.Append(c switch { '\r' => "\\r", '\n' => "\\n", '\t' => "\\t", _ when char.IsControl(c) => $"\\u{(int)c:x4}", _ => c.ToString() });
        return text.ToString();
    }

    private const int MaxProblemLength = 1000;

    public IReadOnlyList<string> Problems { get; } = [];
}
