namespace Streams.IntegrationTests.Infrastructure;

/// <summary>Test classes in this collection share one cluster; each test isolates itself with its own id prefix.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<StreamsCluster>
{
    public const string Name = "cluster";
}
