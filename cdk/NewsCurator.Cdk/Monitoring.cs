using Amazon.CDK;
using Amazon.CDK.AWS.Budgets;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Amazon.CDK.AWS.StepFunctions;
using Constructs;

namespace NewsCurator.Cdk;

public sealed class MonitoringProps
{
    public required StateMachine StateMachine { get; init; }
    public required IReadOnlyList<Function> Functions { get; init; }
    public string? AlarmEmail { get; init; }
    public double MonthlyBudgetUsd { get; init; }
}

/// <summary>Alarms when a run fails, times out or a function errors; a monthly cost budget on the project tag.</summary>
public sealed class Monitoring : Construct
{
    public Topic Alarms { get; }

    public Monitoring(Construct scope, string id, MonitoringProps props) : base(scope, id)
    {
        Alarms = new Topic(this, "Alarms", new TopicProps { DisplayName = "NewsCurator alarms" });
        if (!string.IsNullOrWhiteSpace(props.AlarmEmail)) Alarms.AddSubscription(new EmailSubscription(props.AlarmEmail));
        var notify = new SnsAction(Alarms);

        Alarm Raise(string name, Metric metric, string description)
        {
            var alarm = new Alarm(this, name, new AlarmProps
            {
                Metric = metric,
                Threshold = 1,
                EvaluationPeriods = 1,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
                AlarmDescription = description,
            });
            alarm.AddAlarmAction(notify);
            return alarm;
        }

        var period = new MetricOptions { Period = Duration.Minutes(5), Statistic = "Sum" };
        Raise("RunFailed", props.StateMachine.MetricFailed(period), "A newsletter run failed: see the pipeline_runs row (error_stage) and the execution history.");
        Raise("RunTimedOut", props.StateMachine.MetricTimedOut(period), "A newsletter run exceeded its 2-hour limit.");
        Raise("RunAborted", props.StateMachine.MetricAborted(period), "A newsletter run was aborted.");
        foreach (var function in props.Functions)
            Raise($"{function.Node.Id}Errors", function.MetricErrors(period), $"{function.Node.Id} reported errors (Step Functions may have retried them).");

        // Cost visibility: a monthly budget over everything tagged project=newscurator.
        Alarms.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["sns:Publish"],
            Principals = [new ServicePrincipal("budgets.amazonaws.com")],
            Resources = [Alarms.TopicArn],
        }));
        _ = new CfnBudget(this, "MonthlyBudget", new CfnBudgetProps
        {
            Budget = new CfnBudget.BudgetDataProperty
            {
                BudgetType = "COST",
                TimeUnit = "MONTHLY",
                BudgetLimit = new CfnBudget.SpendProperty { Amount = props.MonthlyBudgetUsd, Unit = "USD" },
                CostFilters = new Dictionary<string, object> { ["TagKeyValue"] = new[] { "user:project$newscurator" } },
            },
            NotificationsWithSubscribers = new object[]
            {
                new CfnBudget.NotificationWithSubscribersProperty
                {
                    Notification = new CfnBudget.NotificationProperty { NotificationType = "ACTUAL", ComparisonOperator = "GREATER_THAN", Threshold = 80 },
                    Subscribers = new object[] { new CfnBudget.SubscriberProperty { SubscriptionType = "SNS", Address = Alarms.TopicArn } },
                },
                new CfnBudget.NotificationWithSubscribersProperty
                {
                    Notification = new CfnBudget.NotificationProperty { NotificationType = "FORECASTED", ComparisonOperator = "GREATER_THAN", Threshold = 100 },
                    Subscribers = new object[] { new CfnBudget.SubscriberProperty { SubscriptionType = "SNS", Address = Alarms.TopicArn } },
                },
            },
        });
    }
}
