using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsCurator.Tests.Cdk;

/// <summary>
/// docs/COSTS.md, computed from the synthesised template: what each resource costs while nothing runs
/// (list prices, us-east-1), and what one run adds. Every resource type must be known here, either as
/// always-on with its monthly price or as billed only when used, so a new always-on resource cannot
/// slip in without a line.
/// </summary>
public static class BillOfMaterials
{
    public const double HoursPerMonth = 730;

    // List prices (USD, us-east-1), per the AWS pricing pages.
    internal const double InterfaceEndpointPerAzHour = 0.01;
    internal const double AuroraAcuHour = 0.12;
    private const double AuroraStorageGbMonth = 0.10;
    private const double SecretMonth = 0.40;
    private const double AlarmMetricMonth = 0.10;
    private const double DashboardMonth = 3.00;
    internal const double S3StandardGbMonth = 0.023;
    private const double LogsStorageGbMonth = 0.03;
    internal const double LogsIngestGb = 0.50;
    private const double EcrGbMonth = 0.10;
    private const double NatGatewayHour = 0.045;
    private const double ProxyVcpuHour = 0.015;
    private const double KmsKeyMonth = 1.00;
    private const double PublicIpv4Hour = 0.005;
    // One source of Lambda, Step Functions and GPU prices with the per-run estimate (Runs/RunCost.cs); internal for docs/SCALE.md.
    internal const double LambdaArmGbSecond = NewsCurator.Runs.AwsPrices.LambdaArmGbSecond;
    internal const double LambdaRequest = NewsCurator.Runs.AwsPrices.LambdaRequest;
    internal const double StepTransition = NewsCurator.Runs.AwsPrices.StepTransition;
    internal const double S3Put = 0.005 / 1000;
    internal const double S3Get = 0.0004 / 1000;
    internal const double GpuSpotHour = NewsCurator.Runs.AwsPrices.GpuSpotHour;

    // Sizes the idle bill assumes (a year of daily runs stays within them).
    private const double DatabaseGb = 2;
    private const double ArtifactsGb = 5;
    private const double LogsGb = 1;
    private const double GpuImageGb = 7;

    /// <summary>Types billed only per use (requests, GB-seconds, transitions) or not at all: $0 while idle.</summary>
    private static readonly Dictionary<string, string> UsageOnly = new()
    {
        ["AWS::Lambda::Function"] = "per request and GB-second",
        ["AWS::Lambda::Permission"] = "free",
        ["AWS::StepFunctions::StateMachine"] = "per state transition",
        ["AWS::Batch::JobQueue"] = "free",
        ["AWS::Batch::JobDefinition"] = "free",
        ["AWS::ApiGateway::RestApi"] = "per request",
        ["AWS::ApiGateway::Deployment"] = "free",
        ["AWS::ApiGateway::Stage"] = "free (no cache cluster)",
        ["AWS::ApiGateway::Resource"] = "free",
        ["AWS::ApiGateway::Method"] = "free",
        ["AWS::ApiGateway::Model"] = "free",
        ["AWS::ApiGateway::RequestValidator"] = "free",
        ["AWS::ApiGateway::GatewayResponse"] = "free",
        ["AWS::ApiGateway::ApiKey"] = "free",
        ["AWS::ApiGateway::UsagePlan"] = "free",
        ["AWS::ApiGateway::UsagePlanKey"] = "free",
        ["AWS::Events::Rule"] = "free (scheduled rules)",
        ["AWS::SNS::Topic"] = "per message (alarms only)",
        ["AWS::SNS::TopicPolicy"] = "free",
        ["AWS::SNS::Subscription"] = "free",
        ["AWS::Budgets::Budget"] = "free (alerting budgets)",
        ["AWS::IAM::Role"] = "free",
        ["AWS::IAM::Policy"] = "free",
        ["AWS::IAM::InstanceProfile"] = "free",
        ["AWS::S3::BucketPolicy"] = "free",
        ["AWS::EC2::VPC"] = "free",
        ["AWS::EC2::Subnet"] = "free",
        ["AWS::EC2::RouteTable"] = "free",
        ["AWS::EC2::Route"] = "free",
        ["AWS::EC2::SubnetRouteTableAssociation"] = "free",
        ["AWS::EC2::InternetGateway"] = "free",
        ["AWS::EC2::VPCGatewayAttachment"] = "free",
        ["AWS::EC2::SecurityGroup"] = "free",
        ["AWS::EC2::SecurityGroupIngress"] = "free",
        ["AWS::EC2::SecurityGroupEgress"] = "free",
        ["AWS::RDS::DBSubnetGroup"] = "free",
        ["AWS::CDK::Metadata"] = "free",
        ["AWS::Logs::LogGroup"] = "per GB ingested and stored (storage: the line above)",
    };

    private sealed record Line(string Resource, string What, double Monthly);

    public static (string Markdown, double IdleMonthly) Render(JsonElement template)
    {
        var resources = template.GetProperty("Resources").EnumerateObject().ToList();
        var lines = new List<Line>();
        var unknown = new List<string>();
        var usage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var type = resource.Value.GetProperty("Type").GetString()!;
            var properties = resource.Value.TryGetProperty("Properties", out var p) ? p : default;
            var line = AlwaysOn(resource.Name, type, properties);
            if (line is not null) lines.AddRange(line);
            else if (UsageOnly.ContainsKey(type)) usage[type] = usage.GetValueOrDefault(type) + 1;
            else unknown.Add($"{resource.Name} ({type})");
        }
        if (unknown.Count > 0)
            throw new InvalidOperationException("resources the bill of materials does not know: " + string.Join(", ", unknown)
                + ". Add each type to tests/NewsCurator.Tests/Cdk/BillOfMaterials.cs: always-on with its monthly list price, or usage-only with how it is billed.");

        // Beside the template: the GPU image in the CDK bootstrap repository.
        lines.Add(new Line("(CDK assets repository)", $"GPU scoring image in ECR, ~{GpuImageGb} GB", GpuImageGb * EcrGbMonth));
        lines.Add(new Line("(all log groups)", $"CloudWatch Logs storage, ~{LogsGb} GB (every group expires its logs)", LogsGb * LogsStorageGbMonth));
        var idle = lines.Sum(l => l.Monthly);
        var perRun = PerRun(resources);
        return (Markdown(lines, usage, idle, perRun), idle);
    }

    /// <summary>The monthly idle cost of one resource, or null when it costs nothing while idle.</summary>
    private static IEnumerable<Line>? AlwaysOn(string name, string type, JsonElement p)
    {
        switch (type)
        {
            case "AWS::EC2::VPCEndpoint":
                if (p.GetProperty("VpcEndpointType").GetString() == "Gateway") return [];
                var zones = p.GetProperty("SubnetIds").GetArrayLength();
                return [new Line(name, $"interface endpoint ({Service(p)}), {zones} zone(s)", zones * InterfaceEndpointPerAzHour * HoursPerMonth)];
            case "AWS::RDS::DBCluster":
                var min = p.GetProperty("ServerlessV2ScalingConfiguration").GetProperty("MinCapacity").GetDouble();
                var result = new List<Line>
                {
                    new(name, $"Aurora Serverless v2 compute at its minimum, {min} ACU" + (min == 0 ? " (paused)" : ""), min * AuroraAcuHour * HoursPerMonth),
                    new(name, $"Aurora storage, ~{DatabaseGb} GB (backups within retention are free up to this size)", DatabaseGb * AuroraStorageGbMonth),
                };
                if (p.TryGetProperty("ManageMasterUserPassword", out var managed) && managed.GetBoolean())
                    result.Add(new Line(name, "RDS-managed master secret (Secrets Manager, rotated by RDS)", SecretMonth));
                return result;
            case "AWS::RDS::DBInstance":
                var instanceClass = p.GetProperty("DBInstanceClass").GetString();
                if (instanceClass != "db.serverless") throw new InvalidOperationException($"{name}: a provisioned instance ({instanceClass}) needs its hourly price here");
                return []; // billed as the cluster's ACUs
            case "AWS::SecretsManager::Secret":
                return [new Line(name, "Secrets Manager secret", SecretMonth)];
            case "AWS::CloudWatch::Alarm":
                if (p.TryGetProperty("MetricName", out var metric))
                    return [new Line(name, $"alarm on {metric.GetString()}", AlarmMetricMonth)];
                // A metric-math alarm is billed per metric it reads.
                var metrics = p.GetProperty("Metrics").EnumerateArray().Count(m => m.TryGetProperty("MetricStat", out _));
                return [new Line(name, $"metric-math alarm over {metrics} metrics", metrics * AlarmMetricMonth)];
            case "AWS::CloudWatch::Dashboard":
                return [new Line(name, "CloudWatch dashboard (the first 3 of an account are free)", DashboardMonth)];
            case "AWS::S3::Bucket":
                var versioned = p.TryGetProperty("VersioningConfiguration", out var versioning) && versioning.GetProperty("Status").GetString() == "Enabled";
                return [new Line(name, $"S3 storage, ~{ArtifactsGb} GB of run artifacts (Infrequent Access after 30 days, expired after 400"
                    + (versioned ? "; versioned, overwritten versions kept 30 days" : "") + ")", ArtifactsGb * S3StandardGbMonth)];
            case "AWS::Batch::ComputeEnvironment":
                var minVcpus = p.GetProperty("ComputeResources").TryGetProperty("MinvCpus", out var v) ? v.GetInt32() : 0;
                if (minVcpus != 0) throw new InvalidOperationException($"{name}: MinvCpus {minVcpus} keeps GPU instances running; price them here or scale to zero");
                return [];
            case "AWS::EC2::NatGateway":
                return [new Line(name, "NAT gateway (plus $0.045/GB processed)", NatGatewayHour * HoursPerMonth)];
            case "AWS::EC2::EIP":
                return [new Line(name, "public IPv4 address", PublicIpv4Hour * HoursPerMonth)];
            case "AWS::RDS::DBProxy":
                return [new Line(name, "RDS Proxy (minimum 2 vCPU billed)", 2 * ProxyVcpuHour * HoursPerMonth)];
            case "AWS::KMS::Key":
                return [new Line(name, "customer-managed KMS key", KmsKeyMonth)];
            default:
                return null;
        }
    }

    private static string Service(JsonElement endpoint)
    {
        var service = endpoint.GetProperty("ServiceName");
        var text = service.ValueKind == JsonValueKind.String ? service.GetString()! : service.ToString();
        return text[(text.LastIndexOf('.') + 1)..].TrimEnd('"', ']', '}');
    }

    private sealed record RunCost(string Item, string Assumption, double Usd);

    /// <summary>One CPU-scored run: Lambda time from the template's memory sizes and measured-order durations.</summary>
    private static List<RunCost> PerRun(List<JsonProperty> resources)
    {
        // Seconds per invocation and invocations per run, by handler (a 1,000-feed run, 10 shards, 20 stories).
        var profile = new Dictionary<string, (double Seconds, int Calls)>
        {
            ["MigrateHandler"] = (2, 1), ["StartRunHandler"] = (5, 1), ["IngestHandler"] = (60, 10), ["FilterHandler"] = (60, 1), ["ScoreHandler"] = (60, 1),
            ["SelectHandler"] = (10, 1), ["EnhanceHandler"] = (3, 20), ["NewsletterHandler"] = (5, 1), ["ExportHandler"] = (20, 1),
        };
        double gbSeconds = 0, calls = 0;
        foreach (var function in resources.Where(r => r.Value.GetProperty("Type").GetString() == "AWS::Lambda::Function"))
        {
            var p = function.Value.GetProperty("Properties");
            var handler = p.GetProperty("Handler").GetString()!.Split("::")[1].Split('.')[^1];
            if (!profile.TryGetValue(handler, out var use)) continue;
            gbSeconds += p.GetProperty("MemorySize").GetInt32() / 1024.0 * use.Seconds * use.Calls;
            calls += use.Calls;
        }
        const double transitions = 16 + 10 * 2 + 20 * 2;
        const double activeAcuHours = 1.0 * 10 / 60; // ~1 ACU for the run's writes plus the 5-minute pause delay
        return
        [
            new("Lambda", $"{gbSeconds:F0} GB-s on ARM, {calls} invocations", gbSeconds * LambdaArmGbSecond + calls * LambdaRequest),
            new("Step Functions", $"{transitions} state transitions", transitions * StepTransition),
            new("Aurora", $"{activeAcuHours:F2} ACU-hours awake", activeAcuHours * AuroraAcuHour),
            new("S3", "~300 PUT, ~1,000 GET", 300 * S3Put + 1000 * S3Get),
            new("CloudWatch Logs", "~10 MB ingested", 0.01 * LogsIngestGb),
        ];
    }

    private static string Usd(double value) => value.ToString(value < 0.1 ? "0.000" : "0.00", CultureInfo.InvariantCulture);

    private static string Markdown(List<Line> lines, SortedDictionary<string, int> usage, double idle, List<RunCost> perRun)
    {
        var runCost = perRun.Sum(r => r.Usd);
        var gpuRun = 0.25 * GpuSpotHour;
        var sb = new StringBuilder();
        sb.AppendLine("# What NewsCurator costs");
        sb.AppendLine();
        sb.AppendLine("Generated from the synthesised CDK template by `BillOfMaterialsTests` (tests/NewsCurator.Tests/Cdk);");
        sb.AppendLine("do not edit by hand: `NEWSCURATOR_WRITE_COSTS=1 dotnet test tests/NewsCurator.Tests --filter BillOfMaterials`");
        sb.AppendLine("rewrites it, and the test fails while it is stale or a resource type has no price. List prices,");
        sb.AppendLine("us-east-1, USD, before free tiers.");
        sb.AppendLine();
        sb.AppendLine("## Always on (billed while nothing runs)");
        sb.AppendLine();
        sb.AppendLine("| Resource | What | $/month |");
        sb.AppendLine("| --- | --- | ---: |");
        foreach (var line in lines.OrderByDescending(l => l.Monthly).ThenBy(l => l.Resource, StringComparer.Ordinal))
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {line.Resource} | {line.What} | {Usd(line.Monthly)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **Total** | | **{Usd(idle)}** |");
        sb.AppendLine();
        sb.AppendLine("## Billed only when used ($0 while idle)");
        sb.AppendLine();
        sb.AppendLine("| Type | Count | Billed |");
        sb.AppendLine("| --- | ---: | --- |");
        foreach (var (type, count) in usage)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {count} | {UsageOnly[type]} |");
        sb.AppendLine();
        sb.AppendLine("## One run (CPU scoring)");
        sb.AppendLine();
        sb.AppendLine("| Item | Assumption | $ |");
        sb.AppendLine("| --- | --- | ---: |");
        foreach (var item in perRun)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {item.Item} | {item.Assumption} | {Usd(item.Usd)} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **Run** | | **{Usd(runCost)}** |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| GPU scoring, when candidates exceed `scoring.gpu_threshold` | 15 min of g5.xlarge Spot | {Usd(gpuRun)} |");
        sb.AppendLine();
        sb.AppendLine("## Cost per newsletter");
        sb.AppendLine();
        sb.AppendLine("| Schedule | Newsletters/month | Idle share | Run | Per newsletter |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (schedule, runs) in new[] { ("once a day", 30.0), ("hourly", HoursPerMonth) })
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {schedule} | {runs:F0} | {Usd(idle / runs)} | {Usd(runCost)} | **{Usd(idle / runs + runCost)}** |");
        sb.AppendLine();
        sb.AppendLine("Design choices behind the idle bill (DatabaseConstruct, GpuScoring): no NAT gateway (the GPU hosts");
        sb.AppendLine("use public subnets without inbound rules; S3 through a free gateway endpoint); one interface endpoint");
        sb.AppendLine("(SSM, one zone) for the database secret; Aurora Serverless v2 pausing at 0 ACU instead of an");
        sb.AppendLine("always-on instance and RDS Proxy; GPU compute environments at 0 vCPU. Alarms (Monitoring): failed,");
        sb.AppendLine("timed-out or aborted runs and read API errors; the operations dashboard (Dashboards) adds a late run,");
        sb.AppendLine("each stage's error rate from the handlers' EMF metrics, API 5xx and p99, database connections.");
        sb.AppendLine("The first database connection after a pause waits ~15 s (resume).");
        return sb.ToString();
    }
}
