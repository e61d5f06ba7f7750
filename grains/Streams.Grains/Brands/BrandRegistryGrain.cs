using Streams.Domain.Matching.Query;
using Streams.Abstractions.Brands;

namespace Streams.Grains.Brands;

/// <summary>The brand list. Written on every registration (rare); read by each silo's catalog cache.</summary>
public sealed class BrandRegistryGrain(
    [PersistentState("brand-registry", StorageNames.Default)] IPersistentState<BrandRegistryState> state)
    : Grain, IBrandRegistryGrain
{
    public Task<long> UpsertAsync(BrandConfig brand) => UpsertManyAsync([brand]);

    public async Task<long> UpsertManyAsync(IReadOnlyList<BrandConfig> brands)
    {
        ArgumentNullException.ThrowIfNull(brands);
        var registered = state.State.Brands;
        var positions = new Dictionary<string, int>(registered.Count, StringComparer.Ordinal);
        for (var i = 0; i < registered.Count; i++)
        {
            positions[registered[i].Id] = i;
        }
        foreach (var brand in brands)
        {
            if (positions.TryGetValue(brand.Id, out var index))
            {
                registered[index] = brand;
            }
            else
            {
                positions[brand.Id] = registered.Count;
                registered.Add(brand);
            }
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
