using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>
/// Checks the cloud assembly that the real CDK CLI made through cdk.json (scripts/test.sh runs
/// `cdk synth` and sets NEWSCURATOR_TEST_CDK_OUT): the deploy path ops takes, dotnet publish
/// included, which the in-process synth tests never exercise.
/// </summary>
[Trait(Category.Name, Category.Cdk)]
public sealed class CdkCliSynthTests
{
    private static string CloudAssembly => Requires.CdkOut();

    private static JsonDocument Template()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(CloudAssembly, "manifest.json")));
        var stack = manifest.RootElement.GetProperty("artifacts").GetProperty("NewsCurator");
        Assert.Equal("aws:cloudformation:stack", stack.GetProperty("type").GetString());
        var templateFile = stack.GetProperty("properties").GetProperty("templateFile").GetString()!;
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(CloudAssembly, templateFile)));
    }

    [SkippableFact]
    public void EveryFunction_ShouldShipThePublishedCodeWithItsHandlerConfigAndModel()
    {
        using var template = Template();
        var functions = template.RootElement.GetProperty("Resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("Type").GetString() == "AWS::Lambda::Function"
                && r.Value.GetProperty("Properties").TryGetProperty("Runtime", out var runtime) && runtime.GetString() == "dotnet10")
            .ToList();
        Assert.NotEmpty(functions);
        foreach (var function in functions)
        {
            var asset = Path.Combine(CloudAssembly, function.Value.GetProperty("Metadata").GetProperty("aws:asset:path").GetString()!);
            var properties = function.Value.GetProperty("Properties");
            var handler = properties.GetProperty("Handler").GetString()!.Split("::");
            var dll = Path.Combine(asset, handler[0] + ".dll");
            Assert.True(File.Exists(dll), $"{function.Name}: {handler[0]}.dll is not in the published code at {asset}");
            Assert.Contains(handler[1], TypeNames(dll));
            // What the deployed function reads from its own package must be in it.
            var variables = properties.GetProperty("Environment").GetProperty("Variables");
            if (variables.TryGetProperty("NEWSCURATOR_CONFIG", out var config))
                Assert.True(File.Exists(Path.Combine(asset, config.GetString()!)), $"{function.Name}: {config} is not packaged");
            Assert.True(File.Exists(Path.Combine(asset, "model", "minilm-heads.nceh")), $"{function.Name}: the scoring heads are not packaged");
            Assert.True(File.Exists(Path.Combine(asset, "encoder", NewsCurator.Scoring.Encoder.MiniLmAssets.AssemblyFileName)), $"{function.Name}: the sentence encoder is not packaged");
            Assert.False(File.Exists(Path.Combine(asset, "libLibTorchSharp.so")), "libtorch has no place in the Lambda package");
            // Lambda refuses a package above 250 MB unzipped; only the functions' architecture's natives belong in it.
            var bytes = Directory.EnumerateFiles(asset, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Assert.True(bytes < 250L * 1024 * 1024, $"{function.Name}: the package is {bytes / 1048576} MB unzipped; Lambda's limit is 250 MB");
            Assert.Equal(properties.GetProperty("Architectures")[0].GetString() == "arm64" ? "ARM aarch64" : "x86-64", ElfMachine(Path.Combine(asset, "libonnxruntime.so")));
        }
    }

    [SkippableFact]
    public void StateMachine_ShouldHaveEveryPlaceholderFilled()
    {
        using var template = Template();
        var machine = template.RootElement.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::StepFunctions::StateMachine").Value.GetProperty("Properties");
        var definition = File.ReadAllText(Repo.Definition);
        foreach (var placeholder in System.Text.RegularExpressions.Regex.Matches(definition, @"\$\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct())
            Assert.True(machine.GetProperty("DefinitionSubstitutions").TryGetProperty(placeholder, out _), $"${{{placeholder}}} is not substituted");
    }

    [SkippableFact]
    public void DocumentedManualStartInput_ShouldResolveInsideTheStartRunPackage()
    {
        using var template = Template();
        var startRun = template.RootElement.GetProperty("Resources").EnumerateObject()
            .Single(r => r.Value.GetProperty("Type").GetString() == "AWS::Lambda::Function"
                && r.Value.GetProperty("Properties").TryGetProperty("Handler", out var h) && h.GetString()!.EndsWith(".StartRunHandler::Handle", StringComparison.Ordinal)).Value;
        var package = Path.Combine(CloudAssembly, startRun.GetProperty("Metadata").GetProperty("aws:asset:path").GetString()!);
        var prefix = startRun.GetProperty("Properties").GetProperty("Environment").GetProperty("Variables").GetProperty(NewsCurator.Runs.StartRunStage.ConfigPrefixVariable).GetString();
        using var input = JsonDocument.Parse(File.ReadAllText(Repo.Path("statemachine", "example-input.json")));
        var config = input.RootElement.GetProperty("config").GetString()!;

        // What StartRun does in Lambda, where the working directory is the package root.
        var allowed = NewsCurator.Runs.StartRunStage.AllowedConfig(config, prefix);
        var path = Path.Combine(package, allowed);
        var resolved = NewsCurator.Runs.StartRunStage.ResolveFeeds(NewsCurator.Configuration.ConfigLoader.Load(path), path);

        Assert.NotEmpty(resolved.Feeds.Resolved);
        Assert.All(resolved.Feeds.Resolved, f => Assert.StartsWith("http", f.Url, StringComparison.Ordinal));
        NewsCurator.Storage.RunPaths.ValidateRunId(input.RootElement.GetProperty("runId").GetString()!);
    }

    [SkippableFact]
    public void GpuImage_ShouldBeBuiltForTheGpuHostsPlatform()
    {
        using var template = Template();
        var manifest = Directory.GetFiles(CloudAssembly, "*.assets.json").Single();
        using var assets = JsonDocument.Parse(File.ReadAllText(manifest));
        var image = assets.RootElement.GetProperty("dockerImages").EnumerateObject().Single().Value.GetProperty("source");
        Assert.Equal("batch-gpu/Dockerfile", image.GetProperty("dockerFile").GetString());
        Assert.Equal("linux/amd64", image.GetProperty("platform").GetString());
    }

    /// <summary>The machine an ELF shared library is built for (e_machine).</summary>
    private static string ElfMachine(string path)
    {
        Assert.True(File.Exists(path), $"{path} is missing: the Lambda package needs ONNX Runtime's library for the functions' architecture");
        var header = new byte[20];
        using (var file = File.OpenRead(path)) file.ReadExactly(header);
        return BitConverter.ToUInt16(header, 18) switch { 0xB7 => "ARM aarch64", 0x3E => "x86-64", var m => $"machine {m}" };
    }

    /// <summary>The full names of the types an assembly defines, read from its metadata without loading it.</summary>
    private static HashSet<string> TypeNames(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h))
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name)).ToHashSet();
    }
}
