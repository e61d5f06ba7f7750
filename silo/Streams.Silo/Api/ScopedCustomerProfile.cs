using Streams.Abstractions.Customers;
using Streams.Silo.Security;

namespace Streams.Silo.Api;

/// <summary>An author cut down to what a brand-scoped key may see.</summary>
public static class ScopedCustomerProfile
{
    /// <summary>
    /// Null when the author never posted about one of the key's brands. Otherwise the per-brand
    /// counts and open complaints of other brands are removed. The sentiment trend stays: it is
    /// per author, not per brand, and the grain keeps no brand on its points.
    /// </summary>
    public static CustomerProfile? For(CustomerProfile profile, BrandScope scope)
    {
        if (scope.EveryBrand)
        {
            return profile;
        }
        var brands = profile.Brands.Where(b => scope.Allows(b.Key)).ToDictionary(b => b.Key, b => b.Value);
        if (brands.Count == 0)
        {
            return null;
        }
        var complaints = profile.OpenComplaints
            .Where(c => c.Brands.Any(scope.Allows))
            .Select(c => c with { Brands = c.Brands.Where(scope.Allows).ToArray() })
            .ToArray();
        return profile with { Brands = brands, PostCount = brands.Values.Sum(), OpenComplaints = complaints };
    }
}
