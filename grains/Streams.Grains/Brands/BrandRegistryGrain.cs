using Streams.Domain.Matching.Query;
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
        Task.FromResult(new BrandCatalogSnapshot(
            state.State.Version,
            state.State.Brands.ToArray(),
            state.State.LearnedExclusions.ToDictionary(
                e => e.Key,
                e => (IReadOnlyDictionary<string, int>)new Dictionary<string, int>(e.Value, StringComparer.Ordinal),
                StringComparer.Ordinal)));

    public async Task<IReadOnlyList<string>?> LearnNotAboutUsAsync(string brandId, string postText)
    {
        var brand = state.State.Brands.Find(b => b.Id == brandId);
        if (brand is null)
        {
            return null;
        }
        // The learning rule lives in the matcher; compiling it for this one brand applies it exactly
        // as every silo's catalog will.
        var known = state.State.LearnedExclusions.GetValueOrDefault(brandId);
        var matcher = BrandQueryMatcher.Compile([new BrandQuerySource(brand, string.IsNullOrWhiteSpace(brand.Query) ? null : brand.Query, known)]);
        var learned = matcher.LearnNotAboutUs(brandId, postText);
        state.State.LearnedExclusions[brandId] = new Dictionary<string, int>(matcher.LearnedExclusionsOf(brandId), StringComparer.Ordinal);
        state.State.Version++;
        await state.WriteStateAsync();
        return learned;
    }

    public Task<long> GetVersionAsync() => Task.FromResult(state.State.Version);
}
