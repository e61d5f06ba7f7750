using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;

namespace Streams.IntegrationTests.Infrastructure;

public static class TestBrands
{
    /// <summary>A brand whose id, name and handle are unique to one test.</summary>
    public static BrandConfig Unique(string prefix, int responseTargetMinutes = 60) => new(
        $"{prefix}-brand",
        $"Zorblax{prefix}",
        [new BrandHandle(Platform.Unknown, HandleOf(prefix))],
        [],
        ["en"],
        responseTargetMinutes,
        EscalationSettings.Default);

    public static string HandleOf(string prefix) => $"care{prefix}";

    public static string NewPrefix() => Guid.NewGuid().ToString("N")[..8];
}
