using System.Text.Json;
using Streams.Abstractions.Brands;
using Streams.Client.Brands;
using Streams.Silo.Brands;

namespace Streams.Silo.Demo;

/// <summary>Turns the generator's brand registrations into validated brand configurations (demo and load runs).</summary>
public static class GeneratedBrands
{
    public static BrandConfig ToConfig(BrandRegistration registration)
    {
        var request = new BrandRequest(
            registration.Id,
            registration.Name,
            registration.Handles.Select(h => JsonSerializer.SerializeToElement(h.Handle)).ToArray(),
            registration.Aliases.ToArray(),
            registration.Languages.ToArray(),
            registration.ResponseTargetMinutes,
            null);
        return BrandRequestMapper.TryMap(request, out var errors)
            ?? throw new InvalidOperationException($"Generated brand {registration.Id} is invalid: {string.Join("; ", errors)}");
    }
}
