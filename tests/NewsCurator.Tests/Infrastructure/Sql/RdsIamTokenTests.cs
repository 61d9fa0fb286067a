using NewsCurator.Storage;
using NewsCurator.Tests.Support;
using NewsCurator.Infrastructure.Sql;

namespace NewsCurator.Tests.Infrastructure.Sql;

/// <summary>The SigV4 presigner behind RDS IAM tokens, against AWS's own outputs.</summary>
[Trait(Category.Name, Category.Unit)]
public sealed class RdsIamTokenTests
{
    private static readonly AwsCredentials Example = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null);

    [Fact]
    public void Presign_ShouldReproduceTheSigV4DocumentationExample()
    {
        // "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)", the GET Object example.
        var query = SigV4.PresignQuery("GET", "examplebucket.s3.amazonaws.com", "/test.txt", new Dictionary<string, string>(), "s3", "us-east-1",
            Example, new DateTimeOffset(2013, 5, 24, 0, 0, 0, TimeSpan.Zero), 86400, SigV4.UnsignedPayload);

        Assert.EndsWith("&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404", query, StringComparison.Ordinal);
        Assert.Contains("X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request", query, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_ShouldMatchWhatTheAwsSdkRdsSignerMakes()
    {
        // @aws-sdk/rds-signer 3.x getAuthToken() for these inputs at 2026-12-01T13:31:15Z.
        const string sdk = "db.cluster-abc.eu-west-1.rds.amazonaws.com:5432/?Action=connect&DBUser=newscurator_reader&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261201%2Feu-west-1%2Frds-db%2Faws4_request&X-Amz-Date=20261201T133115Z&X-Amz-Expires=900"
            + "&X-Amz-Security-Token=tok%2Fen%2B%3D&X-Amz-Signature=af8dd1ff257570a223e50582510644a9f546f9730fd92d0f7c83fea98848ff1d&X-Amz-SignedHeaders=host";

        var token = RdsIamToken.Create("db.cluster-abc.eu-west-1.rds.amazonaws.com", 5432, "newscurator_reader", "eu-west-1",
            Example with { SessionToken = "tok/en+=" }, new DateTimeOffset(2026, 12, 1, 13, 31, 15, TimeSpan.Zero));

        // The same parameters (the order of the query does not matter to RDS), the same signature.
        static (string Prefix, string[] Parameters) Split(string t) => (t[..t.IndexOf('?', StringComparison.Ordinal)], t[(t.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(Split(sdk).Prefix, Split(token).Prefix);
        Assert.Equal(Split(sdk).Parameters, Split(token).Parameters);
    }

    [Fact]
    public void Credentials_WhenLambdaDidNotSetThem_ShouldSayWhatIsMissing()
    {
        var error = Assert.Throws<NewsCurator.Configuration.ConfigurationException>(() => AwsCredentials.FromEnvironment(_ => null));
        Assert.Contains("AWS_ACCESS_KEY_ID", error.Message);
    }
}
