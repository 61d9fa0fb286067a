using Amazon.Runtime;
using Npgsql;

namespace NewsCurator.Infrastructure;

/// <summary>
/// Which of the adapters' own exceptions are worth another try, for
/// <see cref="Runs.TransientFailureException.Classify"/>: the core knows only .NET's.
/// </summary>
public static class AdapterFailures
{
    /// <summary>True or false for an exception an adapter library raised; null for any other.</summary>
    public static bool? IsTransient(Exception ex) => ex switch
    {
        // Npgsql knows: network errors, timeouts and the SQLSTATEs of failover, overload and serialization.
        NpgsqlException npgsql => npgsql.IsTransient,
        AmazonServiceException aws => aws.Retryable is not null || (int)aws.StatusCode >= 500 || (int)aws.StatusCode == 429
            || aws.ErrorCode is "SlowDown" or "Throttling" or "ThrottlingException" or "RequestTimeout",
        // SMTP (Deliver): a 4xx reply is the server's "try again later"; a dropped connection may pass too.
        MailKit.Net.Smtp.SmtpCommandException smtp => (int)smtp.StatusCode is >= 400 and < 500,
        MailKit.ProtocolException or MailKit.ServiceNotConnectedException => true,
        _ => null,
    };
}
