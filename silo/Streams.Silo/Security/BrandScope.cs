using System.Security.Claims;

namespace Streams.Silo.Security;

/// <summary>The brands a caller may read, from the claims the API key handler issued.</summary>
public sealed class BrandScope
{
    private readonly HashSet<string> brands;

    private BrandScope(bool everyBrand, HashSet<string> brands)
    {
        EveryBrand = everyBrand;
        this.brands = brands;
    }

    /// <summary>True for admin keys and read keys granted <c>*</c>.</summary>
    public bool EveryBrand { get; }

    public static BrandScope Of(ClaimsPrincipal user)
    {
        var canRead = user.HasClaim(ApiScopes.ScopeClaim, ApiScopes.Read) || user.HasClaim(ApiScopes.ScopeClaim, ApiScopes.Admin);
        if (!canRead)
        {
            return new BrandScope(false, []);
        }
        var brands = user.FindAll(ApiScopes.BrandClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new BrandScope(brands.Contains(ApiScopes.AllBrands), brands);
    }

    public bool Allows(string brandId) => EveryBrand || brands.Contains(brandId);

    public bool AllowsAny(IEnumerable<string> brandIds) => EveryBrand || brandIds.Any(brands.Contains);
}
