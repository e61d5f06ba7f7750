namespace Streams.Abstractions.Brands;

/// <summary>All registered brands at one version, with what not-about-us feedback taught each brand's matcher; consumers recompile when it changes.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandCatalogSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<BrandConfig> Brands,
    [property: Id(2)] IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? LearnedExclusions = null);
