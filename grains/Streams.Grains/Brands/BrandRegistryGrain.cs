using Streams.Abstractions.Brands;

namespace Streams.Grains.Brands;

/// <summary>The brand list. Written on every registration (rare); read by each silo's catalog cache.</summary>
public sealed class BrandRegistryGrain(
    [PersistentState("brand-registry", StorageNames.Default)] IPersistentState<BrandRegistryState> state)
    : Grain, IBrandRegistryGrain
{
    public async Task<long> UpsertAsync(BrandConfig brand)
    {
        var brands = state.State.Brands;
        var index = brands.FindIndex(b => b.Id == brand.Id);
        if (index >= 0)
        {
            brands[index] = brand;
        }
        else
        {
            brands.Add(brand);
        }
        state.State.Version++;
        await state.WriteStateAsync();
        return state.State.Version;
    }

    public Task<BrandCatalogSnapshot> GetCatalogAsync() =>
        Task.FromResult(new BrandCatalogSnapshot(state.State.Version, state.State.Brands.ToArray()));

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);
}
