using Streams.Abstractions.Brands;

namespace Streams.Grains.Brands;

[GenerateSerializer]
public sealed class BrandRegistryState
{
    [Id(0)]
    public long Version { get; set; }

    [Id(1)]
    public List<BrandConfig> Brands { get; set; } = [];

    /// <summary>Per brand: context terms learned from not-about-us feedback, with how many flagged posts carried each.</summary>
    [Id(2)]
    public Dictionary<string, Dictionary<string, int>> LearnedExclusions { get; set; } = [];
}
