namespace Streams.Abstractions.Brands;

/// <summary>The list of brands (singleton, key 0). Written rarely, read by every silo's catalog cache.</summary>
public interface IBrandRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a brand (validated by the caller) and returns the new catalog version.</summary>
    Task<long> UpsertAsync(BrandConfig brand);

    /// <summary>
    /// Adds or replaces many brands (validated, ids distinct) with one state write, and returns the new catalog
    /// version. One by one, n brands would write the whole growing list n times.
    /// </summary>
    Task<long> UpsertManyAsync(IReadOnlyList<BrandConfig> brands);

    Task<BrandCatalogSnapshot> GetCatalogAsync();

    /// <summary>
    /// Records that a post matched to the brand is not about it, so look-alikes are excluded from
    /// then on. Returns the context terms learned from it; null for an unknown brand.
    /// </summary>
    Task<IReadOnlyList<string>?> LearnNotAboutUsAsync(string brandId, string postText);

    Task<long> GetVersionAsync();
}
