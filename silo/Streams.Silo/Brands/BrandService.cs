using Streams.Abstractions.Brands;
using Streams.Grains.Brands;

namespace Streams.Silo.Brands;

/// <summary>Registers brands and reads them back with their live aggregates.</summary>
public sealed class BrandService(IGrainFactory grains, BrandCatalogCache catalogs)
{
    /// <summary>Registers or replaces a brand; this silo matches with it from the next event on.</summary>
    public Task RegisterAsync(BrandConfig brand) => RegisterManyAsync([brand]);

    /// <summary>Registers or replaces many brands at once: one registry write and one catalog compilation for all of them.</summary>
    public async Task RegisterManyAsync(IReadOnlyList<BrandConfig> brands)
    {
        if (brands.Count == 0)
        {
            return;
        }
        await grains.GetGrain<IBrandRegistryGrain>(0).UpsertManyAsync(brands);
        await catalogs.RefreshAsync();
    }

    public async Task<IReadOnlyList<BrandConfig>> ListAsync() =>
        (await grains.GetGrain<IBrandRegistryGrain>(0).GetCatalogAsync()).Brands;

    public async Task<BrandConfig?> FindAsync(string brandId)
    {
        var catalog = catalogs.Current;
        if (catalog.TryGet(brandId, out var brand))
        {
            return brand;
        }
        // Registered through another silo a moment ago: ask the registry rather than answer 404.
        catalog = await catalogs.RefreshAsync();
        return catalog.Find(brandId);
    }

    /// <summary>Teaches the brand's matcher that a post is not about it; this silo matches with the lesson at once.</summary>
    public async Task<IReadOnlyList<string>?> LearnNotAboutUsAsync(string brandId, string postText)
    {
        var learned = await grains.GetGrain<IBrandRegistryGrain>(0).LearnNotAboutUsAsync(brandId, postText);
        await catalogs.RefreshAsync();
        return learned;
    }

    public Task<BrandStats> StatsAsync(string brandId) => grains.GetGrain<IBrandGrain>(brandId).GetStatsAsync();
}
