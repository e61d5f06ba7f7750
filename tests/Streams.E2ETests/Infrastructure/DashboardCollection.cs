namespace Streams.E2ETests.Infrastructure;

/// <summary>Every browser test shares one silo and one Chromium; each isolates itself with its own brand.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "dashboard";
}
