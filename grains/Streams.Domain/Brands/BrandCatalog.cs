using System.Diagnostics.CodeAnalysis;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;
using Streams.Domain.Matching.Query;
using Streams.Domain.Text;

namespace Streams.Domain.Brands;

/// <summary>
/// The registered brands at one version, compiled for matching: every brand's query (or its
/// handles, name and aliases) evaluated together, with what not-about-us feedback taught each
/// brand, and each brand's issue-topic taxonomy. Immutable: swapped whole on change.
/// </summary>
public sealed class BrandCatalog
{
    private readonly Dictionary<string, BrandConfig> byId;
    private readonly Dictionary<string, TopicTaxonomy> taxonomies;
    private readonly BrandQueryMatcher matcher;

    public BrandCatalog(long version, IReadOnlyList<BrandConfig> brands, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? learnedExclusions = null)
    {
        Version = version;
        Brands = brands;
        byId = brands.ToDictionary(b => b.Id, StringComparer.Ordinal);
        matcher = BrandQueryMatcher.Compile(brands.Select(b => new BrandQuerySource(
            b,
            string.IsNullOrWhiteSpace(b.Query) ? null : b.Query,
            learnedExclusions?.GetValueOrDefault(b.Id))));
        taxonomies = brands.ToDictionary(b => b.Id, TaxonomyOf, StringComparer.Ordinal);
    }

    public static BrandCatalog Empty { get; } = new(0, []);

    public long Version { get; }

    public IReadOnlyList<BrandConfig> Brands { get; }

    public BrandConfig? Find(string brandId) => byId.GetValueOrDefault(brandId);

    public bool TryGet(string brandId, [NotNullWhen(true)] out BrandConfig? brand) => byId.TryGetValue(brandId, out brand);

    public void Match(ReadOnlySpan<char> text, in PostMetadata metadata, List<string> brandIds) => matcher.Match(text, metadata, brandIds);

    public bool TryGetOwner(Platform platform, string? handle, [NotNullWhen(true)] out string? brandId) =>
        matcher.TryGetOwner(platform, handle, out brandId);

    /// <summary>The issue topics a brand tracks: the default taxonomy, extended or replaced by its own.</summary>
    public TopicTaxonomy TopicsOf(string brandId) => taxonomies.GetValueOrDefault(brandId) ?? TopicTaxonomy.Default;

    public static TopicTaxonomy TaxonomyOf(BrandConfig brand)
    {
        if (brand.Topics is not { Count: > 0 } topics)
        {
            return TopicTaxonomy.Default;
        }
        var definitions = topics.Select(t => new TopicDefinition(t.Id, t.English, t.French));
        return brand.ReplaceTopics ? TopicTaxonomy.Compile(definitions) : TopicTaxonomy.Default.Extend(definitions);
    }
}
