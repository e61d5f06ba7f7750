namespace Streams.Abstractions.Brands;

/// <summary>All registered brands at one version; consumers recompile their matcher when it changes.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandCatalogSnapshot(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<BrandConfig> Brands);
