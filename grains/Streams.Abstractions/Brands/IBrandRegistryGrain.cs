namespace Streams.Abstractions.Brands;

/// <summary>The list of brands (singleton, key 0). Written rarely, read by every silo's catalog cache.</summary>
public interface IBrandRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a brand (validated by the caller) and returns the new catalog version.</summary>
    Task<long> UpsertAsync(BrandConfig brand);

    Task<BrandCatalogSnapshot> GetCatalogAsync();

    Task<long> GetVersionAsync();
}
