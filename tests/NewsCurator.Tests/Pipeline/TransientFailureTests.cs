using System.Net;
using System.Text;
using Amazon.S3;
using NewsCurator.Functions;
using NewsCurator.Runs;
using Npgsql;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Pipeline;

/// <summary>What a handler reports for each failure: the state machine retries exactly TransientFailureException.</summary>
[Trait(Category.Name, Category.Integration)]
public sealed class TransientFailureTests
{
    private sealed record Input(string Name);

    private sealed class Throwing(Exception ex) : LambdaHandler<Input, Input>
    {
        public override Task<Input> HandleAsync(Input input, CancellationToken ct) => throw ex;
    }

    private static async Task<Exception> Reported(Exception thrown)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("""{"name":"x"}"""));
        return await Assert.ThrowsAnyAsync<Exception>(() => new Throwing(thrown).Handle(input));
    }

    public static TheoryData<string, Exception> Transient => new()
    {
        { "failover (admin shutdown)", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01") },
        { "too many connections", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "serialization failure", new PostgresException("could not serialize access", "ERROR", "ERROR", "40001") },
        { "connection dropped", new NpgsqlException("Exception while reading from stream", new IOException("connection reset")) },
        { "S3 throttling", new AmazonS3Exception("Please reduce your request rate.") { StatusCode = HttpStatusCode.ServiceUnavailable, ErrorCode = "SlowDown" } },
        { "HTTP failure", new HttpRequestException("connection refused") },
        { "HttpClient timeout", new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout") },
        { "broken stream", new IOException("unexpected end of stream") },
    };

    public static TheoryData<string, Exception> Permanent => new()
    {
        { "unique violation", new PostgresException("duplicate key value", "ERROR", "ERROR", "23505") },
        { "missing table", new PostgresException("relation does not exist", "ERROR", "ERROR", "42P01") },
        { "S3 access denied", new AmazonS3Exception("Access Denied") { StatusCode = HttpStatusCode.Forbidden, ErrorCode = "AccessDenied" } },
        { "missing file", new FileNotFoundException("config/production.yaml") },
        { "bad input", new ArgumentException("runId: must match ^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$") },
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task Handle_WhenTheFailureIsTransient_ShouldReportTheOneNameTheStateMachineRetries(string what, Exception thrown)
    {
        var reported = await Reported(thrown);

        Assert.True(reported is TransientFailureException, $"{what}: reported as {reported.GetType().Name}");
        Assert.Same(thrown, reported.InnerException);
        Assert.Contains(thrown.Message, reported.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Permanent))]
    public async Task Handle_WhenTheFailureIsPermanent_ShouldReportItAsIsSoTheStageFailsAtOnce(string what, Exception thrown)
    {
        var reported = await Reported(thrown);

        Assert.True(ReferenceEquals(thrown, reported), $"{what}: reported as {reported.GetType().Name}");
    }
}
