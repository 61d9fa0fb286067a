using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsCurator.Cdk;

namespace NewsCurator.Tests.Cdk;

/// <summary>The API in the synthesised template: who may call what, how often, and what errors look like.</summary>
public sealed partial class PipelineStackTests
{
    private IEnumerable<JsonElement> Methods() => _s.Resources("AWS::ApiGateway::Method").Select(m => m.GetProperty("Properties"));

    [Fact]
    public void Api_ShouldHaveNoAnonymousRoute()
    {
        var methods = Methods().ToList();
        Assert.Contains(methods, m => m.GetProperty("HttpMethod").GetString() == "POST");
        Assert.Contains(methods, m => m.GetProperty("HttpMethod").GetString() == "GET");
        foreach (var method in methods)
        {
            var auth = method.TryGetProperty("AuthorizationType", out var a) ? a.GetString() : "NONE";
            var keyed = method.TryGetProperty("ApiKeyRequired", out var k) && k.GetBoolean();
            Assert.True(auth == "AWS_IAM" || keyed, $"{method.GetProperty("HttpMethod")} is anonymous");
        }
    }

    [Fact]
    public void Api_ShouldBeRegional_LogAccess_ThrottlePerMethod_AndLeaveTheAccountAlone()
    {
        var api = _s.Resources("AWS::ApiGateway::RestApi").Single().GetProperty("Properties");
        Assert.Equal("REGIONAL", api.GetProperty("EndpointConfiguration").GetProperty("Types")[0].GetString());
        _s.Template.ResourceCountIs("AWS::ApiGateway::Account", 0);

        var stage = _s.Resources("AWS::ApiGateway::Stage").Single().GetProperty("Properties");
        Assert.True(stage.GetProperty("AccessLogSetting").TryGetProperty("DestinationArn", out _));
        Assert.Contains("$context.status", stage.GetProperty("AccessLogSetting").GetProperty("Format").GetString());
        var settings = stage.GetProperty("MethodSettings").EnumerateArray().ToList();
        var start = settings.Single(s => s.GetProperty("HttpMethod").GetString() == "POST" && s.GetProperty("ResourcePath").GetString() == "/~1runs");
        var all = settings.Single(s => s.GetProperty("HttpMethod").GetString() == "*");
        Assert.True(start.GetProperty("ThrottlingRateLimit").GetDouble() < all.GetProperty("ThrottlingRateLimit").GetDouble(), "starting runs must be throttled harder than reads");
    }

    [Fact]
    public void StartRoute_ShouldValidateTheBodyAndMapStartExecutionErrorsToTheReadApiShape()
    {
        var post = Methods().Single(m => m.GetProperty("HttpMethod").GetString() == "POST");
        Assert.True(post.TryGetProperty("RequestValidatorId", out _));
        var responses = post.GetProperty("Integration").GetProperty("IntegrationResponses").EnumerateArray().ToList();
        Assert.Equal(["202", "400", "502"], responses.Select(r => r.GetProperty("StatusCode").GetString()));
        Assert.Equal(["4\\d{2}", "5\\d{2}"], responses.Skip(1).Select(r => r.GetProperty("SelectionPattern").GetString()));
        Assert.Contains("responseOverride.status = 409", StartRoute.ClientErrorTemplate);
        Assert.Contains("responseOverride.status = 429", StartRoute.ClientErrorTemplate);
        foreach (var template in new[] { StartRoute.ClientErrorTemplate, StartRoute.ServerErrorTemplate })
            Assert.Matches("""\{"error": \{"code": .*"message": .*"parameter": .*\}\}""", template);
        var gatewayCodes = _s.Resources("AWS::ApiGateway::GatewayResponse").Select(r => r.GetProperty("Properties").GetProperty("ResponseType").GetString()).ToList();
        Assert.Contains("BAD_REQUEST_BODY", gatewayCodes);
        Assert.Contains("ACCESS_DENIED", gatewayCodes);
        Assert.Contains("THROTTLED", gatewayCodes);
    }

    [Theory]
    [InlineData("""{"runId":"manual-1","config":"config/production.yaml"}""")]
    [InlineData("""{"note":"O'Reilly's \"AI\" \\ digest","emoji":"café ☕","newline":"a\nb"}""")]
    public void StartRoute_RequestTemplate_ShouldProduceValidJsonWhateverTheBodyHolds(string body)
    {
        // API Gateway: $input.json('$') is the body as JSON; $util.escapeJavaScript is Apache Commons
        // StringEscapeUtils.escapeJavaScript (it escapes ' too, which JSON forbids); replaceAll is Java's (a regex).
        var expression = Regex.Match(StartRoute.RequestTemplate, """"input": "\$util\.escapeJavaScript\(\$input\.json\('\$'\)\)\.replaceAll\("(.+?)", "(.+?)"\)"""");
        Assert.True(expression.Success, "the input line changed shape; update this test with it");
        var escaped = EscapeJavaScript(body);
        var javaRegex = expression.Groups[1].Value; // VTL string literals keep backslashes as they are
        var input = Regex.Replace(escaped, javaRegex, expression.Groups[2].Value);

        using var request = JsonDocument.Parse($$"""{"stateMachineArn": "arn", "input": "{{input}}"}""");

        using var roundTrip = JsonDocument.Parse(request.RootElement.GetProperty("input").GetString()!);
        using var original = JsonDocument.Parse(body);
        Assert.Equal(JsonSerializer.Serialize(original.RootElement), JsonSerializer.Serialize(roundTrip.RootElement));
    }

    [Fact]
    public void StartRoute_Model_ShouldAcceptWhatStartRunAcceptsAndNothingElse()
    {
        Assert.Matches(StartRoute.RunIdPattern, "manual-2026-11-23");
        Assert.DoesNotMatch(StartRoute.RunIdPattern, "../x");
        Assert.DoesNotMatch(StartRoute.RunIdPattern, "a\"b");
        Assert.Matches(StartRoute.ConfigPattern, "config/production.yaml");
        Assert.DoesNotMatch(StartRoute.ConfigPattern, "config/../x.yaml");
        Assert.DoesNotMatch(StartRoute.ConfigPattern, "/etc/passwd");
        NewsCurator.Runs.StartRunStage.AllowedConfig("config/production.yaml", "config/");
    }

    /// <summary>Apache Commons Lang 2 StringEscapeUtils.escapeJavaScript, which API Gateway's $util.escapeJavaScript uses.</summary>
    private static string EscapeJavaScript(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\'' => "\\'", '"' => "\\\"", '\\' => "\\\\", '/' => "\\/",
                '\b' => "\\b", '\n' => "\\n", '\t' => "\\t", '\f' => "\\f", '\r' => "\\r",
                _ when c > 0x7f || c < 32 => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
