using System.Text.Json;

namespace NewsCurator.Tests.Cdk;

/// <summary>The state machine's role holds what the Ingest Distributed Map needs, scoped to its own executions and prefixes.</summary>
public sealed partial class PipelineStackTests
{
    private List<(List<string> Actions, List<string> Resources)> StateMachineRoleStatements()
    {
        var resources = _s.Json.RootElement.GetProperty("Resources");
        var machine = _s.Resources("AWS::StepFunctions::StateMachine").Single().GetProperty("Properties");
        var role = machine.GetProperty("RoleArn").GetProperty("Fn::GetAtt")[0].GetString()!;
        return resources.EnumerateObject().Select(r => r.Value)
            .Where(r => r.GetProperty("Type").GetString() == "AWS::IAM::Policy"
                        && r.GetProperty("Properties").GetProperty("Roles").EnumerateArray().Any(x => x.GetProperty("Ref").GetString() == role))
            .SelectMany(p => p.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
            .Select(st => (List(st.GetProperty("Action")), List(st.GetProperty("Resource")))).ToList();

        static List<string> List(JsonElement e) => e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(Flatten).ToList() : [Flatten(e)];
    }

    /// <summary>An ARN as the template spells it: literal parts of an Fn::Join, references as {Ref}.</summary>
    private static string Flatten(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Object when e.TryGetProperty("Fn::Join", out var join) => string.Concat(join[1].EnumerateArray().Select(Flatten)),
        JsonValueKind.Object when e.TryGetProperty("Ref", out var r) => "{" + r.GetString() + "}",
        JsonValueKind.Object when e.TryGetProperty("Fn::GetAtt", out var a) => "{" + a[0].GetString() + "." + a[1].GetString() + "}",
        _ => e.ToString(),
    };

    [Fact]
    public void StateMachineRole_ShouldStartAndWatchOnlyItsOwnChildExecutions()
    {
        var machine = _s.Resources("AWS::StepFunctions::StateMachine").Single().GetProperty("Properties");
        Assert.Equal("Test-pipeline", machine.GetProperty("StateMachineName").GetString());
        var statements = StateMachineRoleStatements();

        var start = statements.Single(s => s.Actions.Contains("states:StartExecution"));
        Assert.Equal(["states:StartExecution"], start.Actions);
        Assert.Equal(["arn:{AWS::Partition}:states:eu-west-1:123456789012:stateMachine:Test-pipeline"], start.Resources);
        var watch = statements.Single(s => s.Actions.Contains("states:DescribeExecution"));
        Assert.Equal(["states:DescribeExecution", "states:StopExecution"], watch.Actions.Order());
        Assert.Equal(["arn:{AWS::Partition}:states:eu-west-1:123456789012:execution:Test-pipeline/*"], watch.Resources);
    }

    [Fact]
    public void StateMachineRole_ShouldReadOnlyShardManifests_AndWriteOnlyIngestResults()
    {
        var statements = StateMachineRoleStatements().Where(s => s.Actions.Any(a => a.StartsWith("s3:", StringComparison.Ordinal))).ToList();

        var read = statements.Single(s => s.Actions.Contains("s3:GetObject"));
        Assert.Equal(["s3:GetObject"], read.Actions);
        Assert.Single(read.Resources);
        Assert.Matches(@"^\{Artifacts[0-9A-F]+\.Arn\}/runs/\*/feeds/manifest\.json$", read.Resources[0]);
        var write = statements.Single(s => s.Actions.Contains("s3:PutObject"));
        Assert.Equal(["s3:AbortMultipartUpload", "s3:ListMultipartUploadParts", "s3:PutObject"], write.Actions.Order());
        Assert.Single(write.Resources);
        Assert.Matches(@"^\{Artifacts[0-9A-F]+\.Arn\}/runs/\*/ingest/\*$", write.Resources[0]);
        Assert.Equal(2, statements.Count); // nothing else on the bucket: no list, no delete
    }

    [Fact]
    public void GpuSpotEnvironment_ShouldRunTheDefaultMaximumOfScoringPartitionsAtOnce()
    {
        var jobVcpus = _s.Resources("AWS::Batch::JobDefinition").Single().GetProperty("Properties").GetProperty("ContainerProperties")
            .GetProperty("ResourceRequirements").EnumerateArray().Single(r => r.GetProperty("Type").GetString() == "VCPU").GetProperty("Value").GetString();
        var spot = _s.Resources("AWS::Batch::ComputeEnvironment").Select(e => e.GetProperty("Properties").GetProperty("ComputeResources"))
            .Single(c => c.GetProperty("Type").GetString() == "SPOT");

        var atOnce = spot.GetProperty("MaxvCpus").GetInt32() / int.Parse(jobVcpus!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(atOnce >= new NewsCurator.Configuration.ScoringConfig().MaxGpuPartitions,
            $"the Spot environment runs {atOnce} scoring jobs at once, fewer than scoring.max_gpu_partitions' default: the array's children would queue");
    }
}
