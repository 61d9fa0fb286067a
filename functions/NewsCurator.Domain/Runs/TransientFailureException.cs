namespace NewsCurator.Runs;

/// <summary>
/// A failure worth one more try: a dropped connection, a timeout, throttling, a database failover.
/// Step Functions matches Retry on the exact error name (the exception's type name, no inheritance),
/// so the Lambda handlers wrap every transient exception in this one type and the state machine
/// retries exactly this name (statemachine/pipeline.asl.json); everything else fails the stage at once.
/// The core knows the .NET failures; each adapter knows its own library's (the database driver's,
/// the AWS SDK's, the SMTP client's) and says so through <c>adapters</c>: true or false where it
/// recognises the exception, null where it does not
/// (functions/NewsCurator.Infrastructure/AdapterFailures.cs).
/// </summary>
public sealed class TransientFailureException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>True for the failures that can pass when the same input is tried again.</summary>
    public static bool IsTransient(Exception ex, Func<Exception, bool?>? adapters = null) => ex switch
    {
        TransientFailureException => true,
        _ when adapters?.Invoke(ex) is { } known => known,
        HttpRequestException or TimeoutException => true,
        // A dropped or refused connection (SMTP, the database) may pass too.
        System.Net.Sockets.SocketException => true,
        // HttpClient's own timeout (the handlers pass no cancellation of their own).
        TaskCanceledException => true,
        // A broken stream; a missing file is a bug or bad input, not a transient failure.
        FileNotFoundException or DirectoryNotFoundException or PathTooLongException or EndOfStreamException => false,
        IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => IsTransient(e, adapters)),
        _ => false,
    };

    /// <summary>The exception to report: transient ones wrapped (named for the Retry), others as they are.</summary>
    public static Exception Classify(Exception ex, Func<Exception, bool?>? adapters = null)
        => ex is not TransientFailureException && IsTransient(ex, adapters) ? new TransientFailureException($"{ex.GetType().Name}: {ex.Message}", ex) : ex;
}
