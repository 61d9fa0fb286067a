using System.Text.Json;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using NewsCurator.Cdk;
using NewsCurator.Tests.Support;

namespace NewsCurator.Tests.Cdk;

/// <summary>
/// The real stack synthesised in-process (jsii on node) into a throwaway cloud assembly, as a
/// <see cref="Amazon.CDK.Assertions.Template"/> and as JSON. The test classes that use it belong to
/// the <see cref="CdkSynthesis"/> collection (one synth at a time).
/// </summary>
public sealed class SynthesizedStack : IDisposable
{
    private readonly TempDir _out = new();

    /// <summary>Stands in for the published Lambda code: synth only hashes the folder, so one placeholder file will do.</summary>
    public static string PlaceholderCode { get; } = CreatePlaceholderCode();

    /// <param name="name">The stack's id.</param>
    /// <param name="props">The stack's settings (<see cref="PlaceholderCode"/> as its Lambda code); a test account and region when it names none.</param>
    public SynthesizedStack(string name, PipelineStackProps props)
    {
        props.Env ??= new Amazon.CDK.Environment { Account = "123456789012", Region = "eu-west-1" };
        var app = new App(new AppProps { Outdir = _out.Path });
        Template = Template.FromStack(new PipelineStack(app, name, props));
        Json = JsonDocument.Parse(JsonSerializer.Serialize(Template.ToJSON()));
    }

    /// <summary>The settings every synthesised stack shares: this repository and the placeholder code.</summary>
    public static PipelineStackProps Props(ReadAuth readAuth = ReadAuth.Iam, string? alarmEmail = null, string? llmApiKeySecretName = null,
        string? smtpPasswordSecretName = null) => new()
    {
        RepositoryRoot = Repo.Root,
        LambdaCodePath = PlaceholderCode,
        ReadAuth = readAuth,
        AlarmEmail = alarmEmail,
        LlmApiKeySecretName = llmApiKeySecretName,
        SmtpPasswordSecretName = smtpPasswordSecretName,
    };

    public Template Template { get; }

    public JsonDocument Json { get; }

    public IEnumerable<JsonElement> Resources(string type)
        => Json.RootElement.GetProperty("Resources").EnumerateObject().Select(p => p.Value).Where(r => r.GetProperty("Type").GetString() == type);

    public void Dispose()
    {
        Json.Dispose();
        _out.Dispose();
    }

    private static string CreatePlaceholderCode()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "cdk-placeholder-code");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "NewsCurator.Functions.dll"), "placeholder: synth only hashes the folder");
        return folder;
    }
}
