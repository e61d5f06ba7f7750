using Streams.Abstractions.Brands;

namespace Streams.Domain.Matching;

// TEMPORARY STUB: replaced by the real validator on merge.
public static class BrandConfigValidator
{
    public static IReadOnlyList<string> Validate(BrandConfig brand) => [];
}
