using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace NewsCurator.Cdk;

/// <summary>
/// POST /runs: API Gateway calls StartExecution itself (no Lambda in between). The body is checked
/// against a model first; StartExecution's answers map to 202, 400, 409, 429 or 5xx with the read
/// API's error shape {"error": {"code", "message", "parameter"}}.
/// </summary>
public static class StartRoute
{
    /// <summary>The run id doubles as the execution name, so a repeated POST cannot start the same run twice (409).</summary>
    public const string RunIdPattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$";

    /// <summary>Configs packaged with the functions (StartRun checks the same prefix again).</summary>
    public const string ConfigPattern = "^config/[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\\.ya?ml$";

    /// <summary>
    /// The StartExecution request. $util.escapeJavaScript escapes ' as \' (valid JavaScript, invalid
    /// JSON), so that escape is undone; the model already restricted runId to safe characters.
    /// </summary>
    public const string RequestTemplate = """
        #set($runId = "$!input.path('$.runId')")
        {
          "stateMachineArn": "STATE_MACHINE_ARN",
        #if($runId != "")
          "name": "$runId",
        #end
          "input": "$util.escapeJavaScript($input.json('$')).replaceAll("\\'", "'")"
        }
        """;

    public const string AcceptedTemplate = """
        #set($arn = "$input.path('$.executionArn')")
        #set($nameStart = $arn.lastIndexOf(':') + 1)
        {"run_id": "$arn.substring($nameStart)", "execution_arn": "$arn", "start_date": $input.json('$.startDate')}
        """;

    /// <summary>StartExecution's 4xx, by its __type: the caller's fault (400, 409, 429) or ours (500).</summary>
    public const string ClientErrorTemplate = """
        #set($type = "$!input.path('$.__type')")
        #set($message = "$!input.path('$.message')")
        #set($parameter = "null")
        #if($type.contains("ExecutionAlreadyExists"))
        #set($context.responseOverride.status = 409)
        #set($code = "conflict")
        #set($parameter = '"runId"')
        #elseif($type.contains("ExecutionLimitExceeded") || $type.contains("Throttling"))
        #set($context.responseOverride.status = 429)
        #set($code = "throttled")
        #elseif($type.contains("InvalidName"))
        #set($code = "bad_parameter")
        #set($parameter = '"runId"')
        #elseif($type.contains("InvalidExecutionInput"))
        #set($code = "bad_parameter")
        #set($parameter = '"body"')
        #else
        #set($context.responseOverride.status = 500)
        #set($code = "internal_error")
        #set($message = "the run could not be started: the API is misconfigured ($type); see the API access logs")
        #end
        {"error": {"code": "$code", "message": "$util.escapeJavaScript($message).replaceAll("\\'", "'")", "parameter": $parameter}}
        """;

    public const string ServerErrorTemplate = """
        {"error": {"code": "upstream_unavailable", "message": "Step Functions did not accept the run; try again in a minute", "parameter": null}}
        """;

    public static void Add(Construct scope, Amazon.CDK.AWS.APIGateway.Resource runs, StateMachine stateMachine)
    {
        var role = new Role(scope, "StartRunRole", new RoleProps { AssumedBy = new ServicePrincipal("apigateway.amazonaws.com") });
        stateMachine.GrantStartExecution(role);
        var api = (RestApi)runs.Api;
        var start = new AwsIntegration(new AwsIntegrationProps
        {
            Service = "states",
            Action = "StartExecution",
            IntegrationHttpMethod = "POST",
            Options = new IntegrationOptions
            {
                CredentialsRole = role,
                PassthroughBehavior = PassthroughBehavior.NEVER,
                RequestTemplates = new Dictionary<string, string>
                {
                    ["application/json"] = RequestTemplate.Replace("STATE_MACHINE_ARN", stateMachine.StateMachineArn, StringComparison.Ordinal),
                },
                IntegrationResponses =
                [
                    new IntegrationResponse { StatusCode = "202", ResponseTemplates = new Dictionary<string, string> { ["application/json"] = AcceptedTemplate } },
                    new IntegrationResponse { StatusCode = "400", SelectionPattern = "4\\d{2}", ResponseTemplates = new Dictionary<string, string> { ["application/json"] = ClientErrorTemplate } },
                    new IntegrationResponse { StatusCode = "502", SelectionPattern = "5\\d{2}", ResponseTemplates = new Dictionary<string, string> { ["application/json"] = ServerErrorTemplate } },
                ],
            },
        });
        var model = api.AddModel("StartRunRequest", new ModelOptions
        {
            ContentType = "application/json",
            Schema = new JsonSchema
            {
                Schema = JsonSchemaVersion.DRAFT4,
                Title = "StartRunRequest",
                Type = JsonSchemaType.OBJECT,
                AdditionalProperties = false,
                Properties = new Dictionary<string, IJsonSchema>
                {
                    ["runId"] = new JsonSchema { Type = JsonSchemaType.STRING, Pattern = RunIdPattern },
                    ["config"] = new JsonSchema { Type = JsonSchemaType.STRING, Pattern = ConfigPattern },
                },
            },
        });
        runs.AddMethod("POST", start, new MethodOptions
        {
            AuthorizationType = AuthorizationType.IAM,
            RequestValidator = api.AddRequestValidator("StartRunBody", new RequestValidatorOptions { ValidateRequestBody = true }),
            RequestModels = new Dictionary<string, IModel> { ["application/json"] = model },
            MethodResponses = [.. new[] { "202", "400", "409", "429", "500", "502" }.Select(code => new MethodResponse { StatusCode = code })],
        });
    }
}
