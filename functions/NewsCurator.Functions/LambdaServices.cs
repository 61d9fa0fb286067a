using System.Globalization;
using NewsCurator.Configuration;
using NewsCurator.Infrastructure;
using NewsCurator.Infrastructure.S3;
using NewsCurator.Infrastructure.Sql;
using NewsCurator.Runs;

namespace NewsCurator.Functions;

/// <summary>
/// The Lambdas' composition root: the adapters from the environment the stack sets
/// (cdk/NewsCurator.Cdk/PipelineFunctions.cs from the wiring table). One set per Lambda container.
/// </summary>
public static class LambdaServices
{
    public const string DatabaseVariable = "NEWSCURATOR_DATABASE";
    public const string DatabaseSecretVariable = "NEWSCURATOR_DATABASE_SECRET";
    public const string DatabaseHostVariable = "NEWSCURATOR_DATABASE_HOST";
    public const string DatabasePortVariable = "NEWSCURATOR_DATABASE_PORT";
    /// <summary>Log in as this role with IAM tokens (the deployed pipeline and read API); the secret is only the Migrate step's.</summary>
    public const string DatabaseIamUserVariable = "NEWSCURATOR_DATABASE_IAM_USER";
    public const string DatabaseNameVariable = "NEWSCURATOR_DATABASE_NAME";
    /// <summary>The CA bundle to verify the database certificate with (relative to the working directory, the package root in Lambda).</summary>
    public const string DatabaseCaVariable = "NEWSCURATOR_DATABASE_CA";

    public static PipelineServices FromEnvironment(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var blob = getVariable(BlobStores.BlobVariable) ?? "file:out";
        var database = getVariable(DatabaseIamUserVariable) is { Length: > 0 } iamUser
            ? IamDatabase.Create(
                getVariable(DatabaseHostVariable) ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs {DatabaseHostVariable}"),
                int.TryParse(getVariable(DatabasePortVariable), CultureInfo.InvariantCulture, out var iamPort) ? iamPort : 5432,
                getVariable(DatabaseNameVariable) ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs {DatabaseNameVariable}"),
                iamUser,
                getVariable("AWS_REGION") ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs AWS_REGION (Lambda sets it)"),
                Path.GetFullPath(getVariable(DatabaseCaVariable) ?? throw new ConfigurationException($"{DatabaseIamUserVariable} needs {DatabaseCaVariable}: IAM authentication requires verified TLS")))
            : getVariable(DatabaseSecretVariable) is { Length: > 0 } secret
            ? Database.FromSecret(secret, new SecretEndpoint(
                getVariable(DatabaseHostVariable),
                int.TryParse(getVariable(DatabasePortVariable), CultureInfo.InvariantCulture, out var port) ? port : null,
                getVariable(DatabaseNameVariable),
                getVariable(DatabaseCaVariable) is { Length: > 0 } ca ? Path.GetFullPath(ca) : null))
            : Database.FromConnectionString(getVariable(DatabaseVariable) ?? "sqlite:" + Path.Combine(BlobStores.FileRoot(blob) ?? "out", "newscurator.db"));
        return Adapters.Services(BlobStores.Create(blob, getVariable), new RunRepository(database));
    }
}
