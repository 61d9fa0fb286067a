using System.Reflection;
using System.Text.Json;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using NewsCurator.Cdk;
using NewsCurator.Cli;
using NewsCurator.Functions;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>Synthesises the real stack in-process (jsii on node) once and checks what ops and security rely on.</summary>
public sealed class PipelineStackTests : IClassFixture<PipelineStackTests.Synthesized>
{
    public sealed class Synthesized : IDisposable
    {
        private readonly TempDir _code = new();
        private readonly TempDir _out = new();

        public Synthesized()
        {
            _code.File("NewsCurator.Functions.dll", "placeholder: synth only hashes the folder");
            var app = new App(new AppProps { Outdir = _out.Path });
            var stack = new PipelineStack(app, "Test", new PipelineStackProps
            {
                RepositoryRoot = Repo.Root,
                LambdaCodePath = _code.Path,
                AlarmEmail = "ops@example.org",
                Env = new Amazon.CDK.Environment { Account = "123456789012", Region = "eu-west-1" },
            });
            Template = Template.FromStack(stack);
            Json = JsonDocument.Parse(JsonSerializer.Serialize(Template.ToJSON()));
        }

        public Template Template { get; }
        public JsonDocument Json { get; }

        public IEnumerable<JsonElement> Resources(string type)
            => Json.RootElement.GetProperty("Resources").EnumerateObject().Select(p => p.Value).Where(r => r.GetProperty("Type").GetString() == type);

        public void Dispose()
        {
            Json.Dispose();
            _code.Dispose();
            _out.Dispose();
        }
    }

    private readonly Synthesized _s;

    public PipelineStackTests(Synthesized synthesized) => _s = synthesized;

    [Fact]
    public void Lambdas_ShouldRunOnDotnet10AndNameHandlersThatExist()
    {
        var functions = _s.Resources("AWS::Lambda::Function").Where(f => f.GetProperty("Properties").GetProperty("Runtime").GetString() == "dotnet10").ToList();
        Assert.Equal(10, functions.Count); // one per Task state + the read API
        var assembly = typeof(FilterHandler).Assembly;
        foreach (var handler in functions.Select(f => f.GetProperty("Properties").GetProperty("Handler").GetString()!))
        {
            var parts = handler.Split("::");
            Assert.Equal(assembly.GetName().Name, parts[0]);
            var type = assembly.GetType(parts[1]);
            Assert.True(type is not null, $"{handler}: no such class");
            var method = type!.GetMethod(parts[2], BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)]);
            Assert.True(method?.ReturnType == typeof(Task<Stream>), $"{handler}: no public Task<Stream> Handle(Stream)");
            Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
        }
    }

    [Fact]
    public void StateMachine_ShouldComeFromTheAslFileWithEveryPlaceholderFilled()
    {
        var machine = _s.Resources("AWS::StepFunctions::StateMachine").Single().GetProperty("Properties");
        var substitutions = machine.GetProperty("DefinitionSubstitutions").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(LocalPipeline.Substitutions.Keys.Order(), substitutions);
        // CDK ships the file as an S3 asset and lets CloudFormation fill the placeholders.
        Assert.True(machine.TryGetProperty("DefinitionS3Location", out _) || machine.GetProperty("DefinitionString").ToString().Contains("batch:submitJob.sync"),
            string.Join(", ", machine.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Schedule_Alarms_Budget_And_ManualStart_ShouldExist()
    {
        _s.Template.HasResourceProperties("AWS::Events::Rule", new Dictionary<string, object> { ["ScheduleExpression"] = "cron(0 5 * * ? *)" });
        // Metric-math alarms (a stage's error rate) have no single MetricName.
        var alarms = _s.Resources("AWS::CloudWatch::Alarm")
            .Select(a => a.GetProperty("Properties").TryGetProperty("MetricName", out var m) ? m.GetString() : null).ToList();
        Assert.Contains("ExecutionsFailed", alarms);
        Assert.Contains("ExecutionsTimedOut", alarms);
        Assert.Equal(10, alarms.Count(a => a == "Errors"));
        _s.Template.HasResourceProperties("AWS::ApiGateway::Method", new Dictionary<string, object> { ["HttpMethod"] = "GET", ["AuthorizationType"] = "NONE" });
        _s.Template.ResourceCountIs("AWS::Budgets::Budget", 1);
        _s.Template.ResourceCountIs("AWS::CloudWatch::Dashboard", 1);
        foreach (var description in new[] { "No newsletter run succeeded in the last 24 hours.", "The API's p99 latency is above 1 s.",
                     "The API answered more than 5 server errors in 5 minutes.", "More than 20% of Filter invocations failed in 5 minutes." })
            _s.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Match.ObjectLike(new Dictionary<string, object> { ["AlarmDescription"] = description }));
        _s.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Match.ObjectLike(new Dictionary<string, object> { ["MetricName"] = "DatabaseConnections" }));
        _s.Template.HasResourceProperties("AWS::S3::Bucket", Match.ObjectLike(new Dictionary<string, object>
        {
            ["VersioningConfiguration"] = new Dictionary<string, object> { ["Status"] = "Enabled" },
        }));
        _s.Template.HasResourceProperties("AWS::SNS::Subscription", new Dictionary<string, object> { ["Protocol"] = "email", ["Endpoint"] = "ops@example.org" });
        _s.Template.HasResourceProperties("AWS::ApiGateway::Method", new Dictionary<string, object> { ["HttpMethod"] = "POST", ["AuthorizationType"] = "AWS_IAM" });
    }

    [Fact]
    public void GpuJob_ShouldAskForAGpuAndQueueSpotBeforeOnDemand()
    {
        var job = _s.Resources("AWS::Batch::JobDefinition").Single().GetProperty("Properties").GetProperty("ContainerProperties");
        Assert.Contains(job.GetProperty("ResourceRequirements").EnumerateArray(), r => r.GetProperty("Type").GetString() == "GPU" && r.GetProperty("Value").GetString() == "1");
        var environments = _s.Resources("AWS::Batch::ComputeEnvironment").Select(e => e.GetProperty("Properties").GetProperty("ComputeResources").GetProperty("Type").GetString()).Order();
        Assert.Equal(["EC2", "SPOT"], environments);
        _s.Template.HasResourceProperties("AWS::Batch::JobQueue", Match.ObjectLike(new Dictionary<string, object> { ["Priority"] = 1 }));
    }

    [Fact]
    public void Iam_ShouldNeverGrantWildcardActionsOrBucketWideAccess()
    {
        foreach (var policy in _s.Resources("AWS::IAM::Policy"))
        {
            foreach (var statement in policy.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            {
                var actions = statement.GetProperty("Action");
                var list = actions.ValueKind == JsonValueKind.Array ? actions.EnumerateArray().Select(a => a.GetString()!).ToList() : [actions.GetString()!];
                Assert.DoesNotContain("*", list);
                Assert.DoesNotContain(list, a => a.EndsWith(":*", StringComparison.Ordinal));
                var resource = statement.GetProperty("Resource");
                if (resource.ValueKind == JsonValueKind.String && resource.GetString() == "*")
                    // The actions IAM only accepts on "*" (no resource-level permissions exist for them).
                    Assert.True(list.All(a => a is "batch:DescribeJobs" or "ecr:GetAuthorizationToken" or "xray:PutTraceSegments" or "xray:PutTelemetryRecords" or "xray:GetSamplingRules" or "xray:GetSamplingTargets"
                        or "logs:CreateLogDelivery" or "logs:GetLogDelivery" or "logs:UpdateLogDelivery" or "logs:DeleteLogDelivery"
                        or "logs:ListLogDeliveries" or "logs:PutResourcePolicy" or "logs:DescribeResourcePolicies" or "logs:DescribeLogGroups"),
                        $"Resource * for {string.Join(", ", list)}");
            }
        }
        var bucket = _s.Resources("AWS::S3::Bucket").Single().GetProperty("Properties");
        Assert.True(bucket.GetProperty("PublicAccessBlockConfiguration").GetProperty("BlockPublicAcls").GetBoolean());
    }

    [Fact]
    public void Database_ShouldBePrivateEncryptedAndReachedThroughTheProxy()
    {
        var db = _s.Resources("AWS::RDS::DBInstance").Single().GetProperty("Properties");
        Assert.True(db.GetProperty("StorageEncrypted").GetBoolean());
        Assert.False(db.TryGetProperty("PubliclyAccessible", out var isPublic) && isPublic.GetBoolean());
        _s.Template.ResourceCountIs("AWS::RDS::DBProxy", 1);
        _s.Template.ResourceCountIs("AWS::SecretsManager::Secret", 1);
    }
}
