using System.Diagnostics.CodeAnalysis;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching;

namespace Streams.Domain.Brands;

/// <summary>The registered brands at one version, compiled for matching. Immutable: swapped whole on change.</summary>
public sealed class BrandCatalog
{
    private readonly Dictionary<string, BrandConfig> byId;
    private readonly BrandMatcher matcher;

    public BrandCatalog(long version, IReadOnlyList<BrandConfig> brands)
    {
        Version = version;
        Brands = brands;
        byId = brands.ToDictionary(b => b.Id, StringComparer.Ordinal);
        matcher = BrandMatcher.Compile(brands);
    }

    public static BrandCatalog Empty { get; } = new(0, []);

    public long Version { get; }

    public IReadOnlyList<BrandConfig> Brands { get; }

    public BrandConfig? Find(string brandId) => byId.GetValueOrDefault(brandId);

    public bool TryGet(string brandId, [NotNullWhen(true)] out BrandConfig? brand) => byId.TryGetValue(brandId, out brand);

    public void Match(ReadOnlySpan<char> text, List<string> brandIds) => matcher.Match(text, brandIds);

    public bool TryGetOwner(Platform platform, string? handle, [NotNullWhen(true)] out string? brandId) =>
        matcher.TryGetOwner(platform, handle, out brandId);
}
