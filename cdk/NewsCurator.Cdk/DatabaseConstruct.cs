using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace NewsCurator.Cdk;

/// <summary>
/// The network and PostgreSQL, sized for a pipeline that runs once a day (docs/COSTS.md):
/// - no NAT gateway: the GPU instances sit in public subnets (no inbound rule; image pulls and S3
///   without NAT charges), the database and the functions that use it in isolated subnets;
/// - S3 through a gateway endpoint (free); one interface endpoint (SSM, one zone) so the functions
///   can read the database secret, which SSM resolves from Secrets Manager;
/// - Aurora PostgreSQL Serverless v2 that pauses at 0 ACU when idle (storage is all an idle day
///   costs), reached directly: no RDS Proxy, whose minimum bill exceeds the whole idle budget and
///   which a handful of daily connections do not need.
/// </summary>
public sealed class DatabaseConstruct : Construct
{
    public const string DatabaseName = "newscurator";

    /// <summary>Aurora pauses after this long without connections; the first connection after it waits ~15 s.</summary>
    public const int SecondsUntilAutoPause = 300;

    public const double MaxCapacityAcu = 2;

    public Vpc Vpc { get; }
    public DatabaseCluster Cluster { get; }

    public DatabaseConstruct(Construct scope, string id) : base(scope, id)
    {
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            MaxAzs = 2,
            NatGateways = 0,
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = "data", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
        });
        Vpc.AddGatewayEndpoint("S3", new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 });
        // One zone is enough for a daily batch (an outage there delays a run; Step Functions retries it).
        Vpc.AddInterfaceEndpoint("Ssm", new InterfaceVpcEndpointOptions
        {
            Service = InterfaceVpcEndpointAwsService.SSM,
            Subnets = new SubnetSelection { Subnets = [Vpc.IsolatedSubnets[0]] },
        });

        Cluster = new DatabaseCluster(this, "Postgres", new DatabaseClusterProps
        {
            Engine = DatabaseClusterEngine.AuroraPostgres(new AuroraPostgresClusterEngineProps { Version = AuroraPostgresEngineVersion.VER_16_3 }),
            Writer = ClusterInstance.ServerlessV2("Writer", new ServerlessV2ClusterInstanceProps { PubliclyAccessible = false, AutoMinorVersionUpgrade = true }),
            ServerlessV2MinCapacity = 0.5, // set to 0 below: CDK 2.160 predates scale-to-zero
            ServerlessV2MaxCapacity = MaxCapacityAcu,
            Vpc = Vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            Credentials = Credentials.FromGeneratedSecret(MasterUsername),
            DefaultDatabaseName = DatabaseName,
            StorageEncrypted = true,
            // The pipeline and the read API log in as their roles with IAM tokens (no passwords to store or rotate).
            IamAuthentication = true,
            Backup = new BackupProps { Retention = Duration.Days(7) },
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.SNAPSHOT,
        });
        var cfn = (CfnDBCluster)Cluster.Node.DefaultChild!;
        cfn.AddPropertyOverride("ServerlessV2ScalingConfiguration.MinCapacity", 0);
        cfn.AddPropertyOverride("ServerlessV2ScalingConfiguration.SecondsUntilAutoPause", SecondsUntilAutoPause);

        // The master password is RDS-managed: RDS keeps it in Secrets Manager and rotates it itself (every
        // 7 days), so no rotation Lambda has to reach Secrets Manager from the isolated subnets. The secret
        // CDK generated for FromGeneratedSecret is dropped; the cluster's MasterUserSecret replaces it.
        cfn.AddPropertyOverride("MasterUsername", MasterUsername);
        cfn.AddPropertyDeletionOverride("MasterUserPassword");
        cfn.ManageMasterUserPassword = true;
        Cluster.Node.TryRemoveChild("Secret");
        Secret = Amazon.CDK.AWS.SecretsManager.Secret.FromSecretCompleteArn(this, "MasterSecret", cfn.AttrMasterUserSecretSecretArn);
    }

    public const string MasterUsername = "newscurator";

    /// <summary>The RDS-managed master secret (username and password only; rotated by RDS).</summary>
    public Amazon.CDK.AWS.SecretsManager.ISecret Secret { get; }
}
