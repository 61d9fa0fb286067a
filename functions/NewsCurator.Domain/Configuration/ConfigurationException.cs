namespace NewsCurator.Configuration;

/// <summary>A bad configuration: the run must not start. The message names every bad key and what is allowed.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message) : base(message) { }

    public ConfigurationException(string source, IReadOnlyList<string> problems)
        : base($"{source}: invalid configuration:\n  - " + string.Join("\n  - ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
