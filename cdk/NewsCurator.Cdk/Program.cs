using Amazon.CDK;
using NewsCurator.Cdk;

// `cdk synth` / `cdk deploy` (see cdk.json): the Lambda code must be published first, which
// cdk/app.sh does. Context: alarmEmail, monthlyBudgetUsd, readAuth (iam|apiKey), createApiGatewayAccountRole, gpuAmiId, lambdaCodePath.
var app = new App();
var root = Directory.GetCurrentDirectory();
var lambdaCode = app.Node.TryGetContext("lambdaCodePath") as string ?? Path.Combine(root, ".build", "lambda");
if (!Directory.Exists(lambdaCode))
{
    Console.Error.WriteLine($"cdk: Lambda code not found at {lambdaCode}; run cdk/app.sh (it publishes functions/NewsCurator.Functions first)");
    return 2;
}
_ = new PipelineStack(app, "NewsCurator", new PipelineStackProps
{
    RepositoryRoot = root,
    LambdaCodePath = lambdaCode,
    AlarmEmail = app.Node.TryGetContext("alarmEmail") as string,
    ReadAuth = (app.Node.TryGetContext("readAuth") as string ?? "iam").ToUpperInvariant() switch
    {
        "IAM" => ReadAuth.Iam,
        "APIKEY" => ReadAuth.ApiKey,
        var other => throw new ArgumentException($"context readAuth '{other}' is not supported: use iam (signed requests) or apiKey (API key + usage plan)"),
    },
    CreateApiGatewayAccountRole = string.Equals(app.Node.TryGetContext("createApiGatewayAccountRole") as string, "true", StringComparison.OrdinalIgnoreCase),
    GpuAmiId = app.Node.TryGetContext("gpuAmiId") as string,
    MonthlyBudgetUsd = double.TryParse(app.Node.TryGetContext("monthlyBudgetUsd") as string, System.Globalization.CultureInfo.InvariantCulture, out var budget) ? budget : 100,
    Env = new Amazon.CDK.Environment
    {
        Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"),
        Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION"),
    },
});
app.Synth();
return 0;
