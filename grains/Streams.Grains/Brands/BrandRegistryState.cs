using Streams.Abstractions.Brands;

namespace Streams.Grains.Brands;

[GenerateSerializer]
public sealed class BrandRegistryState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public List<BrandConfig> Brands { get; set; } = [];
}
