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
[Trait(Category.Name, Category.Cdk)]
[Collection(nameof(CdkSynthesis))]
public sealed partial class PipelineStackTests : IClassFixture<PipelineStackTests.Synthesized>
{
    /// <summary>The default stack (IAM read auth, an alarm email), synthesised once for the class.</summary>
    public sealed class Synthesized : IDisposable
    {
        public SynthesizedStack Stack { get; } = new("Test", SynthesizedStack.Props(alarmEmail: "ops@example.org"));

        public void Dispose() => Stack.Dispose();
    }

    private readonly SynthesizedStack _s;

    public PipelineStackTests(Synthesized synthesized) => _s = synthesized.Stack;

    /// <summary>The per-run cost estimate prices a local run's stages with the memory the stack gives them.</summary>
    [Fact]
    public void LambdaMemory_ShouldMatchTheSizesTheRunCostEstimateUses()
    {
        var sizes = _s.Resources("AWS::Lambda::Function").Select(f => f.GetProperty("Properties"))
            .Where(p => p.GetProperty("Runtime").GetString() == "dotnet10" && !p.GetProperty("Handler").GetString()!.EndsWith("ApiHandler::Handle", StringComparison.Ordinal))
            .ToDictionary(p => p.GetProperty("Handler").GetString()!.Split("::")[1].Split('.')[^1].Replace("Handler", "", StringComparison.Ordinal),
                p => p.GetProperty("MemorySize").GetInt32());
        Assert.Equal(NewsCurator.Runs.LambdaSizes.MemoryMb.OrderBy(k => k.Key, StringComparer.Ordinal), sizes.OrderBy(k => k.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Lambdas_ShouldRunOnDotnet10AndNameHandlersThatExist()
    {
        var functions = _s.Resources("AWS::Lambda::Function").Where(f => f.GetProperty("Properties").GetProperty("Runtime").GetString() == "dotnet10").ToList();
        Assert.Equal(12, functions.Count); // one per Task state + the read API
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
        Assert.Equal(1, alarms.Count(a => a == "Errors")); // the read API; pipeline errors surface as failed runs
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
    public void Database_ShouldBePrivateEncryptedScaleToZeroAndRotateItsOwnPassword()
    {
        var cluster = _s.Resources("AWS::RDS::DBCluster").Single().GetProperty("Properties");
        Assert.True(cluster.GetProperty("StorageEncrypted").GetBoolean());
        Assert.Equal(0, cluster.GetProperty("ServerlessV2ScalingConfiguration").GetProperty("MinCapacity").GetDouble());
        Assert.True(cluster.GetProperty("ManageMasterUserPassword").GetBoolean()); // RDS rotates it; no rotation Lambda
        Assert.False(cluster.TryGetProperty("MasterUserPassword", out _));
        var instance = _s.Resources("AWS::RDS::DBInstance").Single().GetProperty("Properties");
        Assert.Equal("db.serverless", instance.GetProperty("DBInstanceClass").GetString());
        Assert.False(instance.TryGetProperty("PubliclyAccessible", out var isPublic) && isPublic.GetBoolean());
        _s.Template.ResourceCountIs("AWS::RDS::DBProxy", 0);
        _s.Template.ResourceCountIs("AWS::SecretsManager::Secret", 0);
        _s.Template.ResourceCountIs("AWS::EC2::NatGateway", 0);
        Assert.True(cluster.GetProperty("EnableIAMDatabaseAuthentication").GetBoolean());
        // Every database client verifies the server certificate with the packaged RDS CAs; only Migrate
        // holds the owner's secret, the read API logs in as the read-only role, the pipeline as the writer.
        var clients = _s.Resources("AWS::Lambda::Function").Select(f => f.GetProperty("Properties"))
            .Select(f => (Handler: f.GetProperty("Handler").GetString()!.Split("::")[1].Split('.')[^1], Env: f.GetProperty("Environment").GetProperty("Variables")))
            .Where(f => f.Env.TryGetProperty("NEWSCURATOR_DATABASE_HOST", out _)).ToList();
        Assert.Equal(["ApiHandler", "ExportHandler", "MarkRunFailedHandler", "MigrateHandler", "StartRunHandler"], clients.Select(c => c.Handler).Order());
        foreach (var (handler, env) in clients)
        {
            Assert.Equal("certs/rds-ca-bundle.pem", env.GetProperty("NEWSCURATOR_DATABASE_CA").GetString());
            Assert.Equal(handler == "MigrateHandler", env.TryGetProperty("NEWSCURATOR_DATABASE_SECRET", out _));
        }
        Assert.Equal("newscurator_reader", clients.Single(c => c.Handler == "ApiHandler").Env.GetProperty("NEWSCURATOR_DATABASE_IAM_USER").GetString());
        Assert.Equal("newscurator_writer", clients.Single(c => c.Handler == "ExportHandler").Env.GetProperty("NEWSCURATOR_DATABASE_IAM_USER").GetString());
        Assert.Equal(NewsCurator.Infrastructure.Sql.DatabaseRoles.Reader, "newscurator_reader");
        Assert.Equal(NewsCurator.Infrastructure.Sql.DatabaseRoles.Writer, "newscurator_writer");
        // Exactly one policy may read a secret (Migrate's).
        var secretReaders = _s.Resources("AWS::IAM::Policy").Count(p => p.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()
            .Any(st => st.GetProperty("Action").ToString().Contains("secretsmanager:GetSecretValue", StringComparison.Ordinal)));
        Assert.Equal(1, secretReaders);
    }

    [Fact]
    public void EveryLogGroup_ShouldExpire()
    {
        foreach (var group in _s.Resources("AWS::Logs::LogGroup"))
            Assert.True(group.GetProperty("Properties").TryGetProperty("RetentionInDays", out _), "a log group keeps logs forever");
        foreach (var function in _s.Resources("AWS::Lambda::Function"))
            Assert.True(function.GetProperty("Properties").TryGetProperty("LoggingConfig", out var logging) && logging.TryGetProperty("LogGroup", out _),
                "a function logs to a group CloudFormation does not manage (no retention)");
        var container = _s.Resources("AWS::Batch::JobDefinition").Single().GetProperty("Properties").GetProperty("ContainerProperties");
        Assert.Equal("awslogs", container.GetProperty("LogConfiguration").GetProperty("LogDriver").GetString());
    }

    [Fact]
    public void TaskTimeouts_ShouldExceedTheirFunctionsTimeouts_AndTheGpuStateItsWorstCase()
    {
        var resources = _s.Json.RootElement.GetProperty("Resources");
        var substitutions = _s.Resources("AWS::StepFunctions::StateMachine").Single().GetProperty("Properties").GetProperty("DefinitionSubstitutions");
        var definition = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.Definition))!;
        var checkedStates = 0;
        foreach (var (name, state) in TaskStates(definition["States"]!.AsObject()))
        {
            var resource = (string)state["Resource"]!;
            if (!resource.StartsWith("${", StringComparison.Ordinal)) continue;
            var function = substitutions.GetProperty(resource[2..^1]).GetProperty("Fn::GetAtt")[0].GetString()!;
            var functionTimeout = resources.GetProperty(function).GetProperty("Properties").GetProperty("Timeout").GetInt32();
            // The function times out first and reports it; the state never abandons a running invocation.
            Assert.True((int)state["TimeoutSeconds"]! > functionTimeout, $"{name}: TimeoutSeconds {state["TimeoutSeconds"]} <= the function's {functionTimeout} s");
            checkedStates++;
        }
        Assert.Equal(12, checkedStates);

        var gpu = definition["States"]!["ScoreOnGpu"]!;
        var job = _s.Resources("AWS::Batch::JobDefinition").Single().GetProperty("Properties");
        var attempts = job.GetProperty("RetryStrategy").GetProperty("Attempts").GetInt32();
        var attemptSeconds = job.GetProperty("Timeout").GetProperty("AttemptDurationSeconds").GetInt32();
        var queue = _s.Resources("AWS::Batch::JobQueue").Single().GetProperty("Properties");
        var capacityWait = queue.GetProperty("JobStateTimeLimitActions").EnumerateArray().Max(a => a.GetProperty("MaxTimeSeconds").GetInt32());
        Assert.True((int)gpu["TimeoutSeconds"]! >= capacityWait + attempts * attemptSeconds, "the GPU state would time out before Batch gives up");
    }

    [Fact]
    public void GpuJob_ShouldRetryOnlyHostFailures_AndCancelCapacityWaits()
    {
        var job = _s.Resources("AWS::Batch::JobDefinition").Single().GetProperty("Properties");
        var rules = job.GetProperty("RetryStrategy").GetProperty("EvaluateOnExit").EnumerateArray()
            .Select(r => (Action: r.GetProperty("Action").GetString()!.ToUpperInvariant(), StatusReason: r.TryGetProperty("OnStatusReason", out var sr) ? sr.GetString() : null,
                Reason: r.TryGetProperty("OnReason", out var re) ? re.GetString() : null)).ToList();
        Assert.Equal(("RETRY", "Host EC2*"), (rules[0].Action, rules[0].StatusReason));
        Assert.Equal(("EXIT", "*"), (rules[^1].Action, rules[^1].Reason)); // bad config (exit 2) and every other failure: no retry
        Assert.All(rules.SkipLast(1), r => Assert.Equal("RETRY", r.Action));

        var actions = _s.Resources("AWS::Batch::JobQueue").Single().GetProperty("Properties").GetProperty("JobStateTimeLimitActions").EnumerateArray().ToList();
        Assert.Contains(actions, a => a.GetProperty("Reason").GetString() == "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"
            && a.GetProperty("State").GetString() == "RUNNABLE" && a.GetProperty("Action").GetString() == "CANCEL");
    }

    private static IEnumerable<(string Name, System.Text.Json.Nodes.JsonObject State)> TaskStates(System.Text.Json.Nodes.JsonObject states)
    {
        foreach (var (name, node) in states)
        {
            var state = node!.AsObject();
            if ((string?)state["Type"] == "Task") yield return (name, state);
            if (state["ItemProcessor"]?["States"] is System.Text.Json.Nodes.JsonObject inner)
                foreach (var nested in TaskStates(inner)) yield return nested;
        }
    }
}
