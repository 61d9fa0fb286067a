using System.Text.Json;
using NewsCurator.Wiring;

namespace NewsCurator.Tests.Cdk;

/// <summary>The synthesised functions are exactly the wiring table's rows: handler, size, environment and artifact grants.</summary>
public sealed partial class PipelineStackTests
{
    [Fact]
    public void EveryRowOfTheWiringTable_ShouldBeAFunctionWithItsSizeEnvironmentAndExactlyItsArtifactGrants()
    {
        var functions = _s.Resources("AWS::Lambda::Function").Select(f => f.GetProperty("Properties"))
            .Where(p => p.GetProperty("Runtime").GetString() == "dotnet10").ToList();
        var rows = PipelineWiring.Functions.Append(PipelineWiring.ReadApi).ToList();
        Assert.Equal(rows.Count, functions.Count);
        foreach (var row in rows)
        {
            var function = functions.Single(f => f.GetProperty("Handler").GetString() == row.LambdaHandler);
            Assert.Equal(row.MemoryMb, function.GetProperty("MemorySize").GetInt32());
            Assert.Equal(row.TempStorageMb, function.GetProperty("EphemeralStorage").GetProperty("Size").GetInt32());
            Assert.Equal(row.TimeoutSeconds, function.GetProperty("Timeout").GetInt32());
            var variables = function.GetProperty("Environment").GetProperty("Variables");
            foreach (var (name, value) in row.Environment)
                Assert.Equal(value, variables.GetProperty(name).GetString());
            Assert.Equal(row.UsesDatabase, variables.TryGetProperty("NEWSCURATOR_DATABASE_HOST", out _));

            var role = function.GetProperty("Role").GetProperty("Fn::GetAtt")[0].GetString()!;
            var granted = _s.Resources("AWS::IAM::Policy")
                .Where(p => p.GetProperty("Properties").GetProperty("Roles").EnumerateArray().Any(r => r.GetProperty("Ref").GetString() == role))
                .SelectMany(p => p.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
                .Where(s => Actions(s).Any(a => a.StartsWith("s3:", StringComparison.Ordinal)))
                .SelectMany(ObjectPrefixes)
                .ToHashSet();
            Assert.Equal(row.Blobs.Select(g => g.Prefix).ToHashSet(), granted);
            var deletes = _s.Resources("AWS::IAM::Policy")
                .Where(p => p.GetProperty("Properties").GetProperty("Roles").EnumerateArray().Any(r => r.GetProperty("Ref").GetString() == role))
                .SelectMany(p => p.GetProperty("Properties").GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
                .Where(s => Actions(s).Contains("s3:DeleteObject*"))
                .SelectMany(ObjectPrefixes)
                .ToHashSet();
            Assert.Equal(row.Blobs.Where(g => g.Access != BlobAccess.Read).Select(g => g.Prefix).ToHashSet(), deletes);
        }
    }

    private static IEnumerable<string> Actions(JsonElement statement)
    {
        var actions = statement.GetProperty("Action");
        return actions.ValueKind == JsonValueKind.Array ? actions.EnumerateArray().Select(a => a.GetString()!) : [actions.GetString()!];
    }

    /// <summary>The key prefixes of "bucket ARN + /prefix*" resources (Fn::Join in the template).</summary>
    private static IEnumerable<string> ObjectPrefixes(JsonElement statement)
    {
        var resource = statement.GetProperty("Resource");
        var resources = resource.ValueKind == JsonValueKind.Array ? resource.EnumerateArray().ToList() : [resource];
        foreach (var r in resources)
        {
            if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("Fn::Join", out var join)) continue;
            var last = join[1].EnumerateArray().Last();
            if (last.ValueKind == JsonValueKind.String && last.GetString() is { } tail && tail.StartsWith('/') && tail.EndsWith('*'))
                yield return tail[1..^1];
        }
    }
}

/// <summary>The variable names the stack and the wiring table set are the ones the code reads (they live on both sides of the project boundary).</summary>
public sealed partial class PipelineStackTests
{
    [Fact]
    public void EveryNewsCuratorVariableTheFunctionsGet_ShouldBeOneTheCodeReads()
    {
        var read = new[] { typeof(NewsCurator.Functions.LambdaServices), typeof(NewsCurator.Infrastructure.S3.BlobStores), typeof(NewsCurator.Runs.StartRunStage), typeof(NewsCurator.Functions.LambdaDeadline) }
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral && f.Name.EndsWith("Variable", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();
        var set = _s.Resources("AWS::Lambda::Function").Select(f => f.GetProperty("Properties"))
            .Where(p => p.GetProperty("Runtime").GetString() == "dotnet10")
            .SelectMany(p => p.GetProperty("Environment").GetProperty("Variables").EnumerateObject().Select(v => v.Name))
            .Where(n => n.StartsWith("NEWSCURATOR_", StringComparison.Ordinal))
            .ToHashSet();
        Assert.Contains(PipelineWiring.ConfigVariable, set);
        Assert.Contains(PipelineWiring.ConfigPrefixVariable, set);
        Assert.Contains(FunctionWiring.TimeoutVariable, set);
        Assert.Empty(set.Except(read));
        Assert.Equal(NewsCurator.Runs.StartRunStage.ConfigVariable, PipelineWiring.ConfigVariable);
        Assert.Equal(NewsCurator.Runs.StartRunStage.ConfigPrefixVariable, PipelineWiring.ConfigPrefixVariable);
    }
}
