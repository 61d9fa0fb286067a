using System.Globalization;

namespace NewsCurator.Functions;

/// <summary>
/// Cancellation from the function's own timeout. A Handle(Stream) handler gets no ILambdaContext (that
/// needs the Amazon.Lambda.Core package), so the stack passes each function its timeout
/// (NEWSCURATOR_TIMEOUT_SECONDS, from its row in the wiring table) and the token fires that long after the
/// invocation began, less a margin in which the handler still reports the failure, its log line and its
/// metrics before Lambda stops the process.
/// </summary>
public sealed class LambdaDeadline : IDisposable
{
    public const string TimeoutVariable = Wiring.FunctionWiring.TimeoutVariable;

    private readonly CancellationTokenSource? _source;

    private LambdaDeadline(TimeSpan? timeout)
    {
        Timeout = timeout;
        if (timeout is not { } t) return;
        Budget = t - Margin(t);
        _source = new CancellationTokenSource(Budget.Value);
    }

    /// <summary>The function's timeout, or null where none is known (a local run, a test).</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>How long the stage may run before its token fires.</summary>
    public TimeSpan? Budget { get; }

    public CancellationToken Token => _source?.Token ?? CancellationToken.None;

    public bool Expired => _source?.IsCancellationRequested == true;

    /// <summary>A tenth of the timeout, at least 2 s and at most 20 s: enough to write the failure, small beside the work.</summary>
    public static TimeSpan Margin(TimeSpan timeout)
        => TimeSpan.FromSeconds(Math.Clamp(timeout.TotalSeconds / 10, Math.Min(2, timeout.TotalSeconds / 2), 20));

    /// <summary>Starts the clock now; a missing or unreadable variable means no deadline (never a zero one).</summary>
    public static LambdaDeadline Start(Func<string, string?>? getVariable = null)
    {
        var text = (getVariable ?? Environment.GetEnvironmentVariable)(TimeoutVariable);
        return new LambdaDeadline(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds) : null);
    }

    public void Dispose() => _source?.Dispose();
}

/// <summary>
/// The stage ran out of its Lambda time. Not transient: the same input would run out again, so the
/// state machine does not retry it (its Catch records the run as failed with this message).
/// </summary>
public sealed class LambdaDeadlineExceededException(string message, Exception inner) : Exception(message, inner);
