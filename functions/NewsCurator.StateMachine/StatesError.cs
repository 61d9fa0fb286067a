namespace NewsCurator.StateMachine;

/// <summary>An error in the Amazon States Language sense: a name that Retry/Catch match on, and a cause.</summary>
public sealed class StatesError(string error, string cause, Exception? inner = null) : Exception($"{error}: {cause}", inner)
{
    public string Error { get; } = error;
    public string Cause { get; } = cause;

    public const string All = "States.ALL";
    public const string TaskFailed = "States.TaskFailed";
    public const string Timeout = "States.Timeout";
    public const string Runtime = "States.Runtime";
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    public const string Permissions = "States.Permissions";
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    public const string ResultWriterFailed = "States.ResultWriterFailed";
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
}

/// <summary>A definition the local runner cannot run faithfully: rejected before execution starts.</summary>
public sealed class DefinitionException(string message) : Exception(message);
