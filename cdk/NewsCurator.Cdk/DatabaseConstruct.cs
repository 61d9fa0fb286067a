using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Constructs;
using InstanceType = Amazon.CDK.AWS.EC2.InstanceType;

namespace NewsCurator.Cdk;

/// <summary>PostgreSQL in isolated subnets behind RDS Proxy; credentials generated into Secrets Manager.</summary>
public sealed class DatabaseConstruct : Construct
{
    public const string DatabaseName = "newscurator";

    public Vpc Vpc { get; }
    public DatabaseInstance Instance { get; }
    public DatabaseProxy Proxy { get; }

    public DatabaseConstruct(Construct scope, string id) : base(scope, id)
    {
        Vpc = new Vpc(this, "Vpc", new VpcProps
        {
            MaxAzs = 2,
            NatGateways = 1, // one NAT keeps the bill small; Ingest runs outside the VPC anyway
            SubnetConfiguration =
            [
                new SubnetConfiguration { Name = "public", SubnetType = SubnetType.PUBLIC, CidrMask = 24 },
                new SubnetConfiguration { Name = "private", SubnetType = SubnetType.PRIVATE_WITH_EGRESS, CidrMask = 22 },
                new SubnetConfiguration { Name = "data", SubnetType = SubnetType.PRIVATE_ISOLATED, CidrMask = 24 },
            ],
        });
        Vpc.AddGatewayEndpoint("S3", new GatewayVpcEndpointOptions { Service = GatewayVpcEndpointAwsService.S3 });
        // The Lambdas in the VPC read the database secret through SSM's Secrets Manager reference.
        Vpc.AddInterfaceEndpoint("Ssm", new InterfaceVpcEndpointOptions { Service = InterfaceVpcEndpointAwsService.SSM });
        Vpc.AddInterfaceEndpoint("SecretsManager", new InterfaceVpcEndpointOptions { Service = InterfaceVpcEndpointAwsService.SECRETS_MANAGER });

        Instance = new DatabaseInstance(this, "Postgres", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16 }),
            InstanceType = InstanceType.Of(InstanceClass.T4G, InstanceSize.MICRO),
            Vpc = Vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            Credentials = Credentials.FromGeneratedSecret("newscurator"),
            DatabaseName = DatabaseName,
            StorageEncrypted = true,
            AllocatedStorage = 20,
            MaxAllocatedStorage = 100,
            BackupRetention = Duration.Days(7),
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.SNAPSHOT,
        });
        Proxy = Instance.AddProxy("Proxy", new DatabaseProxyOptions
        {
            Secrets = [Instance.Secret!],
            Vpc = Vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            RequireTLS = true,
        });
    }
}
