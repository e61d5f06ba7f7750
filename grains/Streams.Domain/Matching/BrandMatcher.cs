using System.Diagnostics.CodeAnalysis;
using Streams.Abstractions.Brands;
using Streams.Abstractions.Events;

namespace Streams.Domain.Matching;

// TEMPORARY STUB: replaced by the real matcher on merge.
public sealed class BrandMatcher
{
    private readonly IReadOnlyList<BrandConfig> brands;

    private BrandMatcher(IReadOnlyList<BrandConfig> brands) => this.brands = brands;

    public int BrandCount => brands.Count;

    public static BrandMatcher Compile(IEnumerable<BrandConfig> brands) => new(brands.ToArray());

    public void Match(ReadOnlySpan<char> text, List<string> brandIds)
    {
        var s = text.ToString();
        foreach (var b in brands)
        {
            if (b.Handles.Any(h => s.Contains("@" + h.Handle, StringComparison.OrdinalIgnoreCase))
                || s.Contains(b.Name, StringComparison.OrdinalIgnoreCase))
            {
                brandIds.Add(b.Id);
            }
        }
    }

    public bool TryGetOwner(Platform platform, string? handle, [NotNullWhen(true)] out string? brandId)
    {
        foreach (var b in brands)
        {
            if (b.Handles.Any(h => string.Equals(h.Handle, handle?.TrimStart('@'), StringComparison.OrdinalIgnoreCase)))
            {
                brandId = b.Id;
                return true;
            }
        }
        brandId = null;
        return false;
    }
}
