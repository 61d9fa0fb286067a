using Amazon.Runtime;
using Npgsql;

namespace NewsCurator.Runs;

/// <summary>
/// A failure worth one more try: a dropped connection, a timeout, throttling, a database failover.
/// Step Functions matches Retry on the exact error name (the exception's type name, no inheritance),
/// so the Lambda handlers wrap every transient exception in this one type and the state machine
/// retries exactly this name (statemachine/pipeline.asl.json); everything else fails the stage at once.
/// </summary>
public sealed class TransientFailureException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>True for the failures that can pass when the same input is tried again.</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        TransientFailureException => true,
        // Npgsql knows: network errors, timeouts and the SQLSTATEs of failover, overload and serialization.
        NpgsqlException npgsql => npgsql.IsTransient,
        AmazonServiceException aws => aws.Retryable is not null || (int)aws.StatusCode >= 500 || (int)aws.StatusCode == 429
            || aws.ErrorCode is "SlowDown" or "Throttling" or "ThrottlingException" or "RequestTimeout",
        HttpRequestException or TimeoutException => true,
        // HttpClient's own timeout (the handlers pass no cancellation of their own).
        TaskCanceledException => true,
        // A broken stream; a missing file is a bug or bad input, not a transient failure.
        FileNotFoundException or DirectoryNotFoundException or PathTooLongException or EndOfStreamException => false,
        IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        _ => false,
    };

    /// <summary>The exception to report: transient ones wrapped (named for the Retry), others as they are.</summary>
    public static Exception Classify(Exception ex)
        => ex is not TransientFailureException && IsTransient(ex) ? new TransientFailureException($"{ex.GetType().Name}: {ex.Message}", ex) : ex;
}
