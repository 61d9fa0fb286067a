using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace NewsCurator.Cdk;

public sealed class DashboardsProps
{
    public required StateMachine StateMachine { get; init; }
    public required RestApi Api { get; init; }
    public required Function ReadApi { get; init; }
    public required DatabaseCluster Database { get; init; }
    public required Topic Alarms { get; init; }
    /// <summary>The pipeline's stages as the handlers name them in their EMF lines (dimension Stage).</summary>
    public required IReadOnlyList<string> Stages { get; init; }
}

/// <summary>
/// One CloudWatch dashboard for the pipeline and the read API, and the alarms an operator needs
/// beyond Monitoring's: no successful run in a day (late), a stage's error rate (from the
/// handlers' Embedded Metric Format lines), API 5xx and p99 latency, database connections.
/// </summary>
public sealed class Dashboards : Construct
{
    public Dashboards(Construct scope, string id, DashboardsProps props) : base(scope, id)
    {
        var notify = new SnsAction(props.Alarms);
        var fiveMinutes = Duration.Minutes(5);

        Metric Stage(string name, string stage, string statistic = "Sum") => new(new MetricProps
        {
            Namespace = "NewsCurator",
            MetricName = name,
            DimensionsMap = new Dictionary<string, string> { ["Stage"] = stage },
            Statistic = statistic,
            Period = fiveMinutes,
        });

        void Alarm(string name, IMetric metric, double threshold, string description, TreatMissingData missing = TreatMissingData.NOT_BREACHING,
            ComparisonOperator comparison = ComparisonOperator.GREATER_THAN_THRESHOLD)
        {
            var alarm = new Alarm(this, name, new AlarmProps
            {
                Metric = metric,
                Threshold = threshold,
                EvaluationPeriods = 1,
                ComparisonOperator = comparison,
                TreatMissingData = missing,
                AlarmDescription = description,
            });
            alarm.AddAlarmAction(notify);
        }

        // Late: the schedule runs daily at 05:00 UTC, so a day without a success means no newsletter.
        Alarm("RunLate", props.StateMachine.MetricSucceeded(new MetricOptions { Period = Duration.Days(1), Statistic = "Sum" }), 1,
            "No newsletter run succeeded in the last 24 hours.", TreatMissingData.BREACHING, ComparisonOperator.LESS_THAN_THRESHOLD);
        foreach (var stage in props.Stages)
        {
            var rate = new MathExpression(new MathExpressionProps
            {
                Expression = "IF(invocations > 0, failures / invocations, 0)",
                UsingMetrics = new Dictionary<string, IMetric> { ["failures"] = Stage("Failures", stage), ["invocations"] = Stage("Invocations", stage) },
                Period = fiveMinutes,
                Label = $"{stage} error rate",
            });
            Alarm($"{stage}ErrorRate", rate, 0.2, $"More than 20% of {stage} invocations failed in 5 minutes.");
        }
        var api5xx = props.Api.MetricServerError(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" });
        var apiP99 = props.Api.MetricLatency(new MetricOptions { Period = fiveMinutes, Statistic = "p99" });
        Alarm("Api5xx", api5xx, 5, "The API answered more than 5 server errors in 5 minutes.");
        Alarm("ApiLatencyP99", apiP99, 1000, "The API's p99 latency is above 1 s.");
        var connections = props.Database.MetricDatabaseConnections(new MetricOptions { Period = fiveMinutes, Statistic = "Maximum" });
        Alarm("DatabaseConnections", connections, 60, "More than 60 database connections (connections that pile up point at a leak or a retry storm).");

        var dashboard = new Dashboard(this, "Dashboard", new DashboardProps { DashboardName = "NewsCurator" });
        dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Runs",
                Left = [props.StateMachine.MetricSucceeded(), props.StateMachine.MetricFailed(), props.StateMachine.MetricTimedOut()],
                Width = 8,
            }),
            new GraphWidget(new GraphWidgetProps { Title = "Stage seconds", Left = props.Stages.Select(s => (IMetric)Stage("Seconds", s, "Maximum")).ToArray(), Width = 8 }),
            new GraphWidget(new GraphWidgetProps { Title = "Stage failures", Left = props.Stages.Select(s => (IMetric)Stage("Failures", s)).ToArray(), Width = 8 }));
        dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps { Title = "Items in", Left = props.Stages.Select(s => (IMetric)Stage("ItemsIn", s)).ToArray(), Width = 8 }),
            new GraphWidget(new GraphWidgetProps { Title = "Items out", Left = props.Stages.Select(s => (IMetric)Stage("ItemsOut", s)).ToArray(), Width = 8 }),
            new GraphWidget(new GraphWidgetProps { Title = "Feeds failed (Ingest)", Left = [Stage("ItemsFailed", "Ingest")], Width = 8 }));
        dashboard.AddWidgets(
            new GraphWidget(new GraphWidgetProps { Title = "API 5xx and p99 latency", Left = [api5xx], Right = [apiP99], Width = 8 }),
            new GraphWidget(new GraphWidgetProps
            {
                Title = "Read API Lambda",
                Left = [props.ReadApi.MetricErrors(), props.ReadApi.MetricThrottles()],
                Right = [props.ReadApi.MetricDuration(new MetricOptions { Statistic = "p99" })],
                Width = 8,
            }),
            new GraphWidget(new GraphWidgetProps { Title = "Database connections", Left = [connections], Width = 8 }));
    }
}
